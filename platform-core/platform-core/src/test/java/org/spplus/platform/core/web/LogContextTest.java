package org.spplus.platform.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogContextTest {

    @Test
    void threadNameCarriesTheContextAndIsRestored() {
        String original = Thread.currentThread().getName();
        LogContext outer = LogContext.enter("req", "ab12");
        assertThat(Thread.currentThread().getName()).isEqualTo(original + " [req=ab12]");
        LogContext.enter("tenant", "caf");
        assertThat(Thread.currentThread().getName()).isEqualTo(original + " [req=ab12 tenant=caf]");
        LogContext.enter("tenant", "dgfip");
        assertThat(Thread.currentThread().getName()).isEqualTo(original + " [req=ab12 tenant=dgfip]");
        outer.restore();
        assertThat(Thread.currentThread().getName()).isEqualTo(original);
    }
}
