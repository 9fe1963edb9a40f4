package org.spplus.plugin.experiences.publication.api;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;

/**
 * A page of the open data, newest first.
 *
 * @param next the {@code apres} value of the next page, or null at the end
 */
@JsonbNillable
public record OpenDataPage(@JsonbProperty("resultats") List<OpenDataStory> items,
                           @JsonbProperty("suivante") @JsonbNillable String next) {
}
