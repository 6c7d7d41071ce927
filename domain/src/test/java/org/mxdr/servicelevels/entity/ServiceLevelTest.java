package org.mxdr.servicelevels.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ServiceLevelTest {
    private static final Instant INTAKE = Instant.parse("2026-11-02T08:00:00Z");
    private static final Targets HIGH = new Targets(Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(24));

    private static Instant at(long minutes) {
        return INTAKE.plus(Duration.ofMinutes(minutes));
    }

    private static ServiceLevel level(Instant taken, Instant classified, Instant resolved, long awaitedMs, Instant awaitingSince) {
        return ServiceLevel.of(HIGH, new ServiceLevel.Facts(INTAKE, taken, classified, resolved, awaitedMs, awaitingSince));
    }

    @Test
    void aNewIncidentIsDueToBeAcknowledgedFirst() {
        ServiceLevel level = level(null, null, null, 0, null);
        assertEquals(at(15), level.dueAt());
        assertEquals(SlaState.ON_TRACK, level.state(at(5)));
        assertEquals(SlaState.AT_RISK, level.state(at(12)));
        assertEquals(List.of(ClockKind.ACKNOWLEDGE), level.breached(at(16)));
        assertEquals(at(15).plusMillis(1), level.nextBreachAt(Set.of()));
        assertEquals(at(60).plusMillis(1), level.nextBreachAt(Set.of(ClockKind.ACKNOWLEDGE)));
    }

    @Test
    void takenItIsDueToBeClassified() {
        ServiceLevel level = level(at(10), null, null, 0, null);
        assertEquals(at(60), level.dueAt());
        assertEquals(SlaState.ON_TRACK, level.state(at(20)));
        assertEquals(Duration.ofMinutes(40), level.left(at(20)));
    }

    @Test
    void awaitingTheCustomerEveryRunningClockIsPaused() {
        ServiceLevel level = level(at(5), at(30), null, 0, at(40));
        assertEquals(SlaState.PAUSED, level.state(at(60 * 30)));
        assertNull(level.dueAt());
        assertNull(level.nextBreachAt(Set.of()));
        assertEquals(Duration.ofHours(24).minusMinutes(40), level.left(at(60 * 30)));
    }

    @Test
    void answeredCardsResumeTheResolveClockLaterByTheWait() {
        long waited = Duration.ofHours(10).toMillis();
        ServiceLevel level = level(at(5), at(30), null, waited, null);
        assertEquals(at(60 * 34), level.dueAt());
        assertEquals(SlaState.ON_TRACK, level.state(at(60 * 20)));
    }

    @Test
    void resolvedInTimeEveryClockIsMet() {
        ServiceLevel level = level(at(15), at(60), at(60 * 24), 0, null);
        assertEquals(SlaState.MET, level.state(at(60 * 100)));
        assertNull(level.dueAt());
        assertNull(level.left(at(60 * 100)));
    }

    @Test
    void oneLateStepMakesTheIncidentBreachedForGood() {
        ServiceLevel level = level(at(16), at(20), at(30), 0, null);
        assertEquals(SlaState.BREACHED, level.state(at(60)));
        assertEquals(List.of(ClockKind.ACKNOWLEDGE), level.breached(at(60)));
    }

    @Test
    void aClassificationBeforeTheTakingStopsBothClocks() {
        ServiceLevel level = level(at(3), at(3), null, 0, null);
        assertEquals(at(60 * 24), level.dueAt());
    }
}
