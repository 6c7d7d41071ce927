package org.mxdr.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;

/**
 * Replaces the application's clock in test deployments (it ships in the EAR's lib, visible to
 * every module). Follows the system clock until a test fixes it; tests reset it afterwards.
 */
@Alternative
@Priority(1000)
@ApplicationScoped
public class TestClock {
    private static volatile Clock current = Clock.systemUTC();

    @Produces
    public Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return current.withZone(zone);
            }

            @Override
            public Instant instant() {
                return current.instant();
            }
        };
    }

    /**
     * Stops the clock at the instant, cut to microseconds: the databases keep microseconds and round
     * a finer instant, so a row written "now" at a standing clock could be stored just after now and
     * never be due (an outbox mail that waited for the next test to move the clock).
     */
    public static void fixAt(Instant instant) {
        current = Clock.fixed(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    public static void reset() {
        current = Clock.systemUTC();
    }
}
