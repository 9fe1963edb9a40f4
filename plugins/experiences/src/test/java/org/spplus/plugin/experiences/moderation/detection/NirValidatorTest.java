package org.spplus.plugin.experiences.moderation.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NirValidatorTest {

    // Keys below were computed by hand with Python, key = 97 - (13-digit number mod 97):
    //   1850578006084 mod 97 = 6   -> key 91
    //   2690299341732 mod 97 = 12  -> key 85
    // Corsica, 2A read as 19 and 2B as 18:
    //   "2 90 03 2A 004 123" -> 2900319004123 mod 97 = 77 -> key 20
    //      (reading 2A as 20 instead, 2900320004123 mod 97 = 7, would give 90: a wrong key)
    //   "1 75 11 2B 033 045" -> 1751118033045 mod 97 = 26 -> key 71
    //      (reading 2B as 20 instead, 1751120033045 mod 97 = 80, would give 17: a wrong key)

    @Test
    void acceptsAValidNumberWithOrWithoutSpaces() {
        assertThat(NirValidator.isValid("185057800608491")).isTrue();
        assertThat(NirValidator.isValid("1 85 05 78 006 084 91")).isTrue();
        assertThat(NirValidator.isValid("2 69 02 99 341 732 85")).isTrue();
    }

    @Test
    void rejectsTheSameNumberWithAWrongKey() {
        assertThat(NirValidator.isValid("185057800608492")).isFalse();
        assertThat(NirValidator.isValid("1 85 05 78 006 084 36")).isFalse();
    }

    @Test
    void readsCorsica2aAs19() {
        assertThat(NirValidator.isValid("2 90 03 2A 004 123 20")).isTrue();
        assertThat(NirValidator.isValid("290032a00412320")).isTrue();
        assertThat(NirValidator.isValid("2 90 03 2A 004 123 90")).isFalse();
        assertThat(NirValidator.key("2900320004123")).isEqualTo(90);
        assertThat(NirValidator.key("290032A004123")).isEqualTo(20);
    }

    @Test
    void readsCorsica2bAs18() {
        assertThat(NirValidator.isValid("1 75 11 2B 033 045 71")).isTrue();
        assertThat(NirValidator.isValid("1 75 11 2B 033 045 17")).isFalse();
        assertThat(NirValidator.key("175112B033045")).isEqualTo(71);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "585057800608491", // sex digit 5 does not exist
        "185007800608491", // month 00
        "185137800608491", // month 13
        "18505780060849",  // 14 characters
        "1850578006084911", // 16 characters
        "1850578006084AB", // letters as key
        "185052C00608491", // 2C is no département
        ""})
    void rejectsMalformedNumbers(String nir) {
        assertThat(NirValidator.isValid(nir)).isFalse();
    }

    @Test
    void rejectsNull() {
        assertThat(NirValidator.isValid(null)).isFalse();
        assertThat(NirValidator.isWellFormedBody(null)).isFalse();
    }

    @Test
    void acceptsUnknownMonthsFrom20AndProvisionalSexDigits() {
        // 1 85 20 78 006 084: 1852078006084 mod 97 = 57 -> key 40
        // 7 85 05 78 006 084: 7850578006084 mod 97 = 15 -> key 82
        assertThat(NirValidator.isValid("185207800608440")).isTrue();
        assertThat(NirValidator.isValid("785057800608482")).isTrue();
    }

    @Test
    void refusesToComputeTheKeyOfAMalformedBody() {
        assertThatThrownBy(() -> NirValidator.key("12345")).isInstanceOf(IllegalArgumentException.class);
    }
}
