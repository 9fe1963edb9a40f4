package org.spplus.plugin.experiences.moderation.detection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IbanValidatorTest {

    @Test
    void acceptsAValidFrenchIbanWithOrWithoutSpaces() {
        assertThat(IbanValidator.isValid("FR76 3000 6000 0112 3456 7890 189")).isTrue();
        assertThat(IbanValidator.isValid("FR7630006000011234567890189")).isTrue();
        assertThat(IbanValidator.isValid("fr76 3000 6000 0112 3456 7890 189")).isTrue();
    }

    @Test
    void acceptsValidIbansOfOtherCountries() {
        assertThat(IbanValidator.isValid("DE89 3704 0044 0532 0130 00")).isTrue();
        assertThat(IbanValidator.isValid("GB82 WEST 1234 5698 7654 32")).isTrue();
        assertThat(IbanValidator.isValid("BE68 5390 0754 7034")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "FR76 3000 6000 0112 3456 7890 188", // last digit changed (mod 97 gives 71, not 1)
        "FR76 3000 6000 0112 3456 7809 189", // two digits swapped
        "FR77 3000 6000 0112 3456 7890 189", // check digits changed
        "FR76 3000 6000 0112 3456 7890 18",  // one character short for France
        "DE89 3704 0044 0532 0130 000",      // one character too many for Germany
        "ZZ76 3000 6000 0112 3456 7890 189", // no such country
        "FR76-3000-6000-0112-3456-7890-189", // not an IBAN writing
        "FR76"})
    void rejectsInvalidIbans(String iban) {
        assertThat(IbanValidator.isValid(iban)).isFalse();
    }

    @Test
    void rejectsNull() {
        assertThat(IbanValidator.isValid(null)).isFalse();
    }
}
