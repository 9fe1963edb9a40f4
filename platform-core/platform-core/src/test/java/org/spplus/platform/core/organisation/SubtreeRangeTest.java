package org.spplus.platform.core.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubtreeRangeTest {

    @Test
    void theRangeHoldsExactlyTheSubtree() {
        SubtreeRange range = SubtreeRange.of("/1/12/");
        assertThat(range.to()).isEqualTo("/1/120");
        assertThat(range.contains("/1/12/")).isTrue();
        assertThat(range.contains("/1/12/345/")).isTrue();
        assertThat(range.contains("/1/12/9/99/")).isTrue();
        assertThat(range.contains("/1/120/")).isFalse();
        assertThat(range.contains("/1/123/")).isFalse();
        assertThat(range.contains("/1/11/")).isFalse();
        assertThat(range.contains("/1/")).isFalse();
    }
}
