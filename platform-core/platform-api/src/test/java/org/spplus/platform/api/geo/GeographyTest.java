package org.spplus.platform.api.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GeographyTest {

    @Test
    void allDepartementsAndRegionsAreKnown() {
        Geography france = Geography.france();
        assertThat(france.regions()).hasSize(18);
        assertThat(france.departements()).hasSize(101);
        assertThat(france.departement("2A").orElseThrow().regionCode()).isEqualTo("94");
        assertThat(france.departement("2b").orElseThrow().name()).isEqualTo("Haute-Corse");
        assertThat(france.departement("976").orElseThrow().regionCode()).isEqualTo("06");
        assertThat(france.departement("30").orElseThrow().name()).isEqualTo("Gard");
        assertThat(france.departement("20")).isEmpty();
        assertThat(france.region("76").orElseThrow().name()).isEqualTo("Occitanie");
    }

    @Test
    void aPostalCodeGivesItsDepartementCorsicaAndOverseasIncluded() {
        Geography france = Geography.france();
        assertThat(france.departementOfPostalCode("30000").orElseThrow().code()).isEqualTo("30");
        assertThat(france.departementOfPostalCode("01000").orElseThrow().code()).isEqualTo("01");
        assertThat(france.departementOfPostalCode("20000").orElseThrow().code()).isEqualTo("2A");
        assertThat(france.departementOfPostalCode("20200").orElseThrow().code()).isEqualTo("2B");
        assertThat(france.departementOfPostalCode("97411").orElseThrow().code()).isEqualTo("974");
        assertThat(france.departementOfPostalCode("3000")).isEmpty();
        assertThat(france.departementOfPostalCode("3000a")).isEmpty();
        assertThat(france.departementOfPostalCode(null)).isEmpty();
    }
}
