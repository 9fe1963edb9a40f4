package org.spplus.plugin.experiences.publication.api;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A published story as the open data gives it, with the real platform's column names so that existing
 * consumers keep working. No personal data: no author, no address, no postal code.
 */
@JsonbPropertyOrder({"id", "title", "body", "feeling", "state", "writtenAt", "publishedAt", "firstAnswerAt",
        "networks", "departement", "channels", "procedures", "similar", "answers"})
@JsonbNillable
public record OpenDataStory(
        @JsonbProperty("id_experience") long id,
        @JsonbProperty("titre") String title,
        @JsonbProperty("description") String body,
        @JsonbProperty("ressenti") String feeling,
        @JsonbProperty("etat_experience") String state,
        @JsonbProperty("ecrit_le") OffsetDateTime writtenAt,
        @JsonbProperty("date_de_publication") OffsetDateTime publishedAt,
        @JsonbProperty("date_de_premiere_reponse") OffsetDateTime firstAnswerAt,
        @JsonbProperty("reseaux") List<String> networks,
        @JsonbProperty("departement") String departement,
        @JsonbProperty("canaux") List<String> channels,
        @JsonbProperty("demarches") List<String> procedures,
        @JsonbProperty("nombre_experiences_similaires") int similar,
        @JsonbProperty("reponses") List<OpenDataAnswer> answers) {

    /** An answer, under its entity's name. */
    @JsonbPropertyOrder({"unit", "network", "body", "answeredAt", "useful"})
    @JsonbNillable
    public record OpenDataAnswer(
            @JsonbProperty("intitule_structure") String unit,
            @JsonbProperty("reseau") String network,
            @JsonbProperty("reponse") String body,
            @JsonbProperty("date_de_reponse") OffsetDateTime answeredAt,
            @JsonbProperty("jugee_utile") Boolean useful) {
    }
}
