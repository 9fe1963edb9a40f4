package org.spplus.plugin.experiences.moderation.detection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IbanDetectionTest {

    @Test
    void findsAValidFrenchIbanWithOrWithoutSpaces() {
        assertThat(Found.in("Mon RIB : FR76 3000 6000 0112 3456 7890 189 et voilà"))
                .containsExactly("IBAN:FR76 3000 6000 0112 3456 7890 189");
        assertThat(Found.in("IBAN FR7630006000011234567890189."))
                .containsExactly("IBAN:FR7630006000011234567890189");
    }

    @Test
    void ignoresATamperedIban() {
        assertThat(Found.in("Mon RIB : FR76 3000 6000 0112 3456 7890 188 et voilà")).isEmpty();
    }

    @Test
    void findsIbansOfOtherCountries() {
        assertThat(Found.in("DE89 3704 0044 0532 0130 00 ou GB82 WEST 1234 5698 7654 32"))
                .containsExactly("IBAN:DE89 3704 0044 0532 0130 00", "IBAN:GB82 WEST 1234 5698 7654 32");
    }

    @Test
    void anIbanStuckToMoreCharactersIsNotOne() {
        assertThat(Found.in("FR76300060000112345678901890")).isEmpty();
    }

    @Test
    void theDigitsOfAnIbanAreNotAlsoAPhoneNumber() {
        // Account number 00612345678 holds the phone-shaped 0612345678; check digits 40 computed with Python
        // (98 - mod97 of the national part followed by "FR00").
        assertThat(Found.in("RIB FR4030006000010061234567812 merci"))
                .containsExactly("IBAN:FR4030006000010061234567812");
    }
}
