package org.mxdr.servicelevels.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mxdr.response.entity.Classification;
import org.mxdr.response.entity.Incident;
import org.mxdr.response.entity.Severity;

/** What an incident counts in its tenant's service tally, step by step, and the differences each step adds. */
class IncidentTallyTest {
    private static final Instant T0 = Instant.parse("2026-11-30T23:50:00Z");
    private static final Targets HIGH = new Targets(Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(24));

    private static Instant at(long minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    //                                      open H  M  L  I  ack m/d  cls m/d  res m/d  ackMs ack resMs res
    private static long[] counts(long... c) {
        return c;
    }

    @Test
    void eachStepCountsWhatTheReviewAddsUp() {
        Incident i = Incident.report("t-1", 1, new Incident.Report("ext-1", "Ransomware", Severity.HIGH, "Malware", "Impact", null,
                List.of("d-1"), List.of()), false, T0);
        i.holdTo(HIGH);
        IncidentTally reported = i.tally();
        assertEquals("t-1", reported.tenantId());
        assertEquals(202611, reported.month(), "the month it came in, in UTC, even when it is done in the next");
        assertArrayEquals(counts(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), reported.counts());
        assertArrayEquals(reported.counts(), reported.minus(null), "nothing counted yet: all of it is new");

        i.take("expert1", at(10));
        assertArrayEquals(counts(1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 600_000, 1, 0, 0), i.tally().counts());
        assertArrayEquals(counts(0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 600_000, 1, 0, 0), i.tally().minus(reported));

        i.breachesNotified(i.breachesToNotify(at(61)));
        assertArrayEquals(counts(1, 0, 0, 0, 1, 1, 0, 1, 0, 0, 600_000, 1, 0, 0), i.tally().counts(), "a told breach is decided, not met");

        i.classify(Classification.FALSE_POSITIVE, "A test", "expert1", at(90));
        IncidentTally resolved = i.tally();
        assertArrayEquals(counts(0, 0, 0, 0, 1, 1, 0, 1, 1, 1, 600_000, 1, 5_400_000, 1), resolved.counts());
        assertEquals(202611, resolved.month());

        i.reopen("expert1", "Not a test", at(100));
        long[] delta = i.tally().minus(resolved);
        assertArrayEquals(counts(1, 0, 0, 0, 0, 0, 0, 0, -1, -1, 0, 0, -5_400_000, -1), delta, "reopened: open again, not resolved");
        assertTrue(IncidentTally.isZero(i.tally().minus(i.tally())));
    }

    @Test
    void aDeletedIncidentTakesItsCountsAway() {
        IncidentTally t = IncidentTally.of(new IncidentTally.Facts("t-1", T0, Severity.LOW, 5L, 10L, 20L, 10L, null, 100L, "CLASSIFY"));
        assertArrayEquals(counts(0, 0, 1, 0, 1, 1, 0, 1, 0, 0, 5, 1, 0, 0), t.counts());
        assertArrayEquals(counts(0, 0, -1, 0, -1, -1, 0, -1, 0, 0, -5, -1, 0, 0), t.negated());
    }
}
