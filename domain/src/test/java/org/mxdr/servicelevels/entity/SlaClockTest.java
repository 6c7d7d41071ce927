package org.mxdr.servicelevels.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.mxdr.platform.BadInput;

class SlaClockTest {
    private static final Instant INTAKE = Instant.parse("2026-11-02T08:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);

    private static Instant at(long minutes) {
        return INTAKE.plus(Duration.ofMinutes(minutes));
    }

    private static SlaClock running() {
        return SlaClock.started(ClockKind.RESOLVE, INTAKE, HOUR);
    }

    /** A running one-hour clock at each edge of its states. */
    @TestFactory
    Stream<DynamicTest> runningClockAtEachEdge() {
        record Row(Instant now, SlaState state, Duration left) {
        }
        return Stream.of(
                new Row(INTAKE, SlaState.ON_TRACK, HOUR),
                new Row(at(44).plusSeconds(59).plusMillis(999), SlaState.ON_TRACK, Duration.ofMinutes(15).plusMillis(1)),
                new Row(at(45), SlaState.AT_RISK, Duration.ofMinutes(15)),
                new Row(at(60), SlaState.AT_RISK, Duration.ZERO),
                new Row(at(60).plusMillis(1), SlaState.BREACHED, Duration.ofMillis(-1)),
                new Row(at(90), SlaState.BREACHED, Duration.ofMinutes(-30))
        ).map(r -> dynamicTest(r.now() + " -> " + r.state(), () -> {
            assertEquals(r.state(), running().state(r.now()));
            assertEquals(r.left(), running().left(r.now()));
            assertEquals(at(60), running().dueAt());
        }));
    }

    @Test
    void stoppedExactlyAtTheTargetIsMet() {
        SlaClock met = running().stop(at(60));
        assertEquals(SlaState.MET, met.state(at(500)));
        assertEquals(HOUR, met.used(at(500)));
    }

    @Test
    void stoppedOneMillisecondLateStaysBreached() {
        assertEquals(SlaState.BREACHED, running().stop(at(60).plusMillis(1)).state(at(500)));
    }

    @Test
    void pauseAndResumeAtTheSameInstantChangeNothing() {
        SlaClock clock = running().pause(at(30)).resume(at(30));
        assertEquals(0, clock.pausedMs());
        assertEquals(at(60), clock.dueAt());
        assertEquals(SlaState.AT_RISK, clock.state(at(45)));
    }

    @Test
    void aPausedClockIsPausedAndNotDue() {
        SlaClock paused = running().pause(at(50));
        assertEquals(SlaState.PAUSED, paused.state(at(200)));
        assertNull(paused.dueAt());
        assertEquals(Duration.ofMinutes(10), paused.left(at(200)));
    }

    @Test
    void aPauseSpanningTheTargetMovesItsDueTime() {
        SlaClock resumed = running().pause(at(40)).resume(at(100));
        assertEquals(at(120), resumed.dueAt());
        assertEquals(SlaState.ON_TRACK, resumed.state(at(100)));
        assertEquals(SlaState.AT_RISK, resumed.state(at(105)));
        assertEquals(SlaState.AT_RISK, resumed.state(at(120)));
        assertEquals(SlaState.BREACHED, resumed.state(at(120).plusMillis(1)));
        assertEquals(SlaState.MET, resumed.stop(at(110)).state(at(500)));
    }

    @Test
    void breachedBeforeThePauseStaysBreached() {
        assertEquals(SlaState.BREACHED, running().pause(at(70)).state(at(80)));
    }

    @Test
    void stoppedWhilePausedCountsUpToThePauseOnly() {
        SlaClock clock = running().pause(at(50)).stop(at(200));
        assertEquals(Duration.ofMinutes(50), clock.used(at(300)));
        assertEquals(SlaState.MET, clock.state(at(300)));
    }

    @Test
    void aReopenedClockResumesWithoutCountingTheTimeItStoodResolved() {
        SlaClock reopened = running().stop(at(30)).reopen(at(500));
        assertEquals(Duration.ofMinutes(30), reopened.used(at(500)));
        assertEquals(at(530), reopened.dueAt());
        assertEquals(SlaState.AT_RISK, reopened.state(at(515)));
        assertEquals(SlaState.BREACHED, reopened.state(at(531)));
    }

    @Test
    void aRaisedSeverityCountsItsShorterTargetFromIntake() {
        SlaClock raised = SlaClock.started(ClockKind.ACKNOWLEDGE, INTAKE, Duration.ofHours(4)).retarget(Duration.ofMinutes(15));
        assertEquals(at(15), raised.dueAt());
        assertEquals(SlaState.BREACHED, raised.state(at(20)));
        SlaClock lowered = SlaClock.started(ClockKind.ACKNOWLEDGE, INTAKE, Duration.ofMinutes(15)).retarget(Duration.ofHours(4));
        assertEquals(SlaState.ON_TRACK, lowered.state(at(20)));
    }

    @Test
    void targetsRefuseNamedFields() {
        assertEquals("acknowledge", assertThrows(BadInput.class, () -> new Targets(Duration.ofSeconds(30), HOUR, HOUR)).field());
        assertEquals("classify", assertThrows(BadInput.class, () -> new Targets(HOUR, Duration.ofMinutes(30), HOUR)).field());
        assertEquals("resolve", assertThrows(BadInput.class, () -> new Targets(HOUR, HOUR, null)).field());
        assertEquals("resolve", assertThrows(BadInput.class, () -> new Targets(HOUR, HOUR, Duration.ofDays(91))).field());
    }
}
