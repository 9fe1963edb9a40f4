package org.spplus.platform.core.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ColorContrastTest {

    @Test
    void ratiosMatchTheWcagFormula() {
        assertThat(ColorContrast.ratio("#000000", "#ffffff")).isCloseTo(21.0, within(0.01));
        assertThat(ColorContrast.ratio("#ffffff", "#ffffff")).isCloseTo(1.0, within(0.01));
        assertThat(ColorContrast.ratio("#000091", "#ffffff")).isCloseTo(14.91, within(0.05)); // bleu France
        assertThat(ColorContrast.ratio("#777777", "#ffffff")).isLessThan(ColorContrast.AA_NORMAL_TEXT);
    }

    @Test
    void onlySixDigitHexColoursAreAccepted() {
        assertThat(ColorContrast.isHexColor("#0a76F6")).isTrue();
        assertThat(ColorContrast.isHexColor("#fff")).isFalse();
        assertThat(ColorContrast.isHexColor("bleu")).isFalse();
        assertThat(ColorContrast.isHexColor(null)).isFalse();
    }

    @Test
    void aBackgroundCarriesWhiteTextOnlyFromTheAaRatioOn() {
        assertThat(ColorContrast.carriesWhiteText("#6a1b9a")).isTrue();
        assertThat(ColorContrast.carriesWhiteText("#767676")).isTrue(); // 4.54:1, just enough
        assertThat(ColorContrast.carriesWhiteText("#777777")).isFalse();
        assertThat(ColorContrast.carriesWhiteText("#ffff00")).isFalse();
        assertThat(ColorContrast.carriesWhiteText("violet")).isFalse();
        assertThat(ColorContrast.carriesWhiteText(null)).isFalse();
    }
}
