package org.spplus.platform.core.geo;

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
}
