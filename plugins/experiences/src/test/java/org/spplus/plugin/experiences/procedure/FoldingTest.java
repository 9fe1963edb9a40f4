package org.spplus.plugin.experiences.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The forms of a story's words that the suggestion of procedures looks terms up in. */
class FoldingTest {

    @Test
    void aWordIsAmongTheFormsOfAStoryExactlyWhenItIsTheSameAsOneOfItsWords() {
        Random random = new Random(42);
        String letters = "aeioustx";
        for (int round = 0; round < 2_000; round++) {
            List<String> story = java.util.stream.IntStream.range(0, 1 + random.nextInt(6))
                    .mapToObj(i -> word(random, letters)).toList();
            Set<String> forms = Folding.formsOf(story);
            for (int probe = 0; probe < 20; probe++) {
                String word = word(random, letters);
                assertThat(forms.contains(word)).as("%s in %s", word, story)
                        .isEqualTo(story.stream().anyMatch(w -> Folding.sameWord(w, word)));
            }
        }
    }

    @Test
    void singularAndPluralFindEachOther() {
        assertThat(Folding.formsOf(List.of("impots"))).contains("impot", "impots");
        assertThat(Folding.formsOf(List.of("impot"))).contains("impots", "impotx");
        assertThat(Folding.formsOf(List.of("as"))).doesNotContain("a");
    }

    private static String word(Random random, String letters) {
        StringBuilder word = new StringBuilder();
        for (int i = 0, n = 1 + random.nextInt(5); i < n; i++) {
            word.append(letters.charAt(random.nextInt(letters.length())));
        }
        return word.toString();
    }
}
