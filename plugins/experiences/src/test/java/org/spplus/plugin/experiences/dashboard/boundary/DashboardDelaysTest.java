package org.spplus.plugin.experiences.dashboard.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Percentiles of the answer delay read from the histogram of whole days, as the dashboards show them. */
class DashboardDelaysTest {

    @Test
    void percentilesAreTheNearestRankOfTheHistogram() {
        // 100 answers: 50 the same day, 20 after 3 days, 20 after 8 days, 9 after 20 days, 1 after more than 60
        Map<String, Long> histogram = new HashMap<>(Map.of("0", 50L, "3", 20L, "8", 20L, "20", 9L, "61", 1L));
        Dashboards.Delays delays = Dashboards.delays(histogram, 7);
        assertThat(delays.median()).isEqualTo(0);
        assertThat(delays.p75()).isEqualTo(8);
        assertThat(delays.p90()).isEqualTo(8);
        assertThat(delays.p95()).isEqualTo(20);
        assertThat(delays.withinTargetShare()).isCloseTo(0.70, within(1e-9));
        assertThat(delays.targetDays()).isEqualTo(7);
    }

    @Test
    void theTargetDayItselfCountsAsWithinAndNothingAnsweredGivesNoDelay() {
        Dashboards.Delays delays = Dashboards.delays(Map.of("7", 3L, "8", 1L), 7);
        assertThat(delays.withinTargetShare()).isCloseTo(0.75, within(1e-9));
        assertThat(delays.median()).isEqualTo(7);
        assertThat(delays.p95()).isEqualTo(8);
        Dashboards.Delays none = Dashboards.delays(Map.of(), 7);
        assertThat(none.median()).isNull();
        assertThat(none.withinTargetShare()).isZero();
    }
}
