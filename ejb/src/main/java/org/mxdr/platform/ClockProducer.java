package org.mxdr.platform;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * The one clock of the application, in UTC. Every rule about time takes "now" from it, so tests
 * replace it with a fixed clock instead of sleeping.
 */
@ApplicationScoped
public class ClockProducer {

    /** Microseconds, as both databases store them: an instant answered right after a write equals the one read back later. */
    @Produces
    public Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
