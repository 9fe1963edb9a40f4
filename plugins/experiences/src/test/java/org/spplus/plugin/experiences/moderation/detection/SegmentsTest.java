package org.spplus.plugin.experiences.moderation.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SegmentsTest {

    private static String joined(List<Segment> segments) {
        return segments.stream().map(Segment::text).collect(Collectors.joining());
    }

    @Test
    void cutsTheTextIntoPlainAndFlaggedSegmentsCoveringItExactly() {
        String text = "Madame Durand <b>conne</b> : 06 12 34 56 78";
        List<Segment> segments = SensitiveContentDetector.segments(text, Found.DETECTOR.detect(text));

        assertThat(joined(segments)).isEqualTo(text);
        assertThat(segments).extracting(Segment::text, Segment::kind).containsExactly(
                tuple("Madame Durand", FindingKind.PERSON_NAME),
                tuple(" <b>", null),
                tuple("conne", FindingKind.INSULT),
                tuple("</b> : ", null),
                tuple("06 12 34 56 78", FindingKind.PHONE));
        assertThat(segments).filteredOn(Segment::flagged).hasSize(3);
    }

    @Test
    void aTextWithoutFindingsIsOnePlainSegment() {
        assertThat(SensitiveContentDetector.segments("Rien à signaler.", List.of()))
                .containsExactly(new Segment("Rien à signaler.", null));
        assertThat(SensitiveContentDetector.segments("", List.of())).isEmpty();
        assertThat(SensitiveContentDetector.segments(null, null)).isEmpty();
    }

    @Test
    void ignoresFindingsThatOverlapOrFallOutsideTheText() {
        String text = "abcdef";
        List<Finding> findings = List.of(
                new Finding(FindingKind.INSULT, 2, 4, "cd"),
                new Finding(FindingKind.EMAIL, 0, 3, "abc"),
                new Finding(FindingKind.PHONE, 5, 9, "fxyz"));
        List<Segment> segments = SensitiveContentDetector.segments(text, findings);

        assertThat(joined(segments)).isEqualTo(text);
        assertThat(segments).extracting(Segment::text, Segment::kind).containsExactly(
                tuple("abc", FindingKind.EMAIL),
                tuple("def", null));
    }

    @Test
    void coversTheWholeRealisticStory() {
        String story = "Le 3 mars, M. Martin (06.12.34.56.78) m'a dit : « espèce d'abruti ». J'habite "
                + "3, avenue Jean Jaurès. Écrivez-moi : lea.martin@exemple.fr";
        List<Segment> segments = SensitiveContentDetector.segments(story, Found.DETECTOR.detect(story));

        assertThat(joined(segments)).isEqualTo(story);
        assertThat(segments).filteredOn(Segment::flagged).extracting(Segment::kind).containsExactly(
                FindingKind.PERSON_NAME, FindingKind.PHONE, FindingKind.INSULT, FindingKind.POSTAL_ADDRESS,
                FindingKind.EMAIL);
    }
}
