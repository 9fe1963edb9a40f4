package org.spplus.plugin.experiences.handling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.spplus.plugin.experiences.story.Feeling;

class QualificationTest {

    @Test
    void pairsAreWrittenAndReadBackInOrderBusinessTagsWithColonsIncluded() {
        Map<String, Feeling> tags = new LinkedHashMap<>();
        tags.put("accessibilite", Feeling.NEGATIF);
        tags.put("Prime d'activité : versement", Feeling.POSITIF);
        String stored = Qualification.write(tags);
        assertThat(stored).isEqualTo("accessibilite:NEGATIF,Prime d'activité : versement:POSITIF");
        assertThat(Qualification.read(stored)).containsExactlyEntriesOf(tags);
    }

    @Test
    void emptyOrDamagedValuesReadAsNothingRatherThanFailing() {
        assertThat(Qualification.read(null)).isEmpty();
        assertThat(Qualification.read("")).isEmpty();
        assertThat(Qualification.read("relation:HEUREUX,reactivite:NEUTRE,sans-ressenti"))
                .containsExactly(Map.entry("reactivite", Feeling.NEUTRE));
    }

    @Test
    void generalTagsHaveTheRealPlatformsFiveCodes() {
        assertThat(GeneralTag.values()).extracting(GeneralTag::code).containsExactly("accessibilite",
                "information-explication", "relation", "reactivite", "simplicite-complexite");
        assertThat(GeneralTag.fromCode(" Relation ")).contains(GeneralTag.RELATION);
        assertThat(GeneralTag.fromCode("inconnue")).isEmpty();
    }
}
