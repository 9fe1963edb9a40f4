package org.spplus.plugin.experiences.moderation.detection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneDetectionTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "0612345678", "06 12 34 56 78", "06.12.34.56.78", "06-12-34-56-78", "07 11 22 33 44",
        "+33 6 12 34 56 78", "+33 (0)6 12 34 56 78", "+33612345678", "0033 6 12 34 56 78",
        "01 23 45 67 89", "04 66 12 34 56", "05.61.00.00.00", "09 87 65 43 21",
        "08 00 12 34 56", "0800 12 34 56", "0 800 123 456"})
    void findsFrenchNumbersInTheirUsualWritings(String number) {
        assertThat(Found.in("Appelez-moi au " + number + ", merci.")).containsExactly("PHONE:" + number);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Une aide de 1 200 000 euros a été votée.",
        "C'était en 2023.",
        "J'habite à 30000 Nîmes.",
        "Le rendez-vous du 01.02.2023 10:30 a été annulé.",
        "Dossier n° 0612345678901 en cours.",
        "Référence 06 12 34 56 78 90 du courrier.",
        "Appelez le 3949.",
        "Référence A0612345678.",
        "Pour 06 12 34 5 euros."})
    void ignoresNumbersThatAreNotShapedLikePhoneNumbers(String text) {
        assertThat(Found.in(text)).isEmpty();
    }

    @Test
    void findsSeveralNumbersInOneText() {
        assertThat(Found.in("Tél. 04 66 12 34 56 / portable 06.12.34.56.78"))
                .containsExactly("PHONE:04 66 12 34 56", "PHONE:06.12.34.56.78");
    }
}
