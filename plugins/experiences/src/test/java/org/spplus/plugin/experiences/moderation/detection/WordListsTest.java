package org.spplus.plugin.experiences.moderation.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordListsTest {

    @Test
    void theFirstNameListIsLargeAndHasNoDuplicate() {
        List<String> names = WordList.load("prenoms.txt");
        assertThat(names).hasSizeGreaterThanOrEqualTo(600)
                .contains("Jean-Pierre", "Marie-Claire", "Hélène", "Mohamed", "Nolwenn", "Fatoumata", "Monique");
        assertThat(WordList.loadFolded("prenoms.txt")).hasSameSizeAs(names);
    }

    @Test
    void firstNamesThatAreCommonWordsAreFirstNames() {
        Set<String> names = WordList.loadFolded("prenoms.txt");
        assertThat(WordList.loadFolded("prenoms-mots-courants.txt")).isNotEmpty().isSubsetOf(names)
                .contains("pierre", "rose", "claire", "france", "aime");
    }

    @Test
    void theInsultListIsLargeAndHasNoDuplicate() {
        List<String> insults = WordList.load("injures.txt");
        assertThat(insults).hasSizeGreaterThanOrEqualTo(150).contains("connard", "fils de pute");
        assertThat(WordList.loadFolded("injures.txt")).hasSameSizeAs(insults);
    }

    @Test
    void wordsNeverSurnamesAreNotFirstNames() {
        Set<String> names = WordList.loadFolded("prenoms.txt");
        assertThat(WordList.loadFolded("mots-exclus-noms.txt")).doesNotContainAnyElementsOf(names);
    }

    @Test
    void aMissingListIsAnError() {
        assertThatThrownBy(() -> WordList.load("absente.txt")).isInstanceOf(IllegalStateException.class);
    }
}
