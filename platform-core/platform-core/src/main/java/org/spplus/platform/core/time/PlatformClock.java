package org.spplus.platform.core.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The platform's clock, injected as {@link Clock} wherever time matters (deadlines, escalations, digests):
 * the system clock, which tests may move forward when {@code platform.test-clock.enabled} is set.
 */
@ApplicationScoped
public class PlatformClock {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return PARIS;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.offset(Clock.system(zone), offset.get());
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset.get());
        }
    };

    @Produces
    @ApplicationScoped
    Clock clock() {
        return clock;
    }

    /** Moves the clock forward (tests only: the servlet that calls it checks the setting). */
    public void advance(Duration duration) {
        offset.accumulateAndGet(duration, Duration::plus);
    }

    public void reset() {
        offset.set(Duration.ZERO);
    }

    public Duration offset() {
        return offset.get();
    }
}
