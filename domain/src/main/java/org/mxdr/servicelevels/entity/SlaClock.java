package org.mxdr.servicelevels.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One target's clock, a value: it runs from {@code start} (the incident's intake) until
 * {@code stoppedAt} (the step was done), minus the time it was paused. Exactly at the target is
 * on time; 75 % used is at risk. A clock that ran past its target stays breached, also once met
 * or paused.
 *
 * @param pausedMs    the closed pauses
 * @param pausedSince the start of the pause under way, or null
 */
public record SlaClock(ClockKind kind, Instant start, Duration target, Instant stoppedAt, long pausedMs, Instant pausedSince) {
    public static final double AT_RISK_SHARE = 0.75;

    public SlaClock {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(start);
        Objects.requireNonNull(target);
        if (pausedMs < 0) {
            throw new IllegalArgumentException("pausedMs < 0");
        }
    }

    public static SlaClock started(ClockKind kind, Instant start, Duration target) {
        return new SlaClock(kind, start, target, null, 0, null);
    }

    public SlaClock pause(Instant at) {
        return running() && pausedSince == null ? new SlaClock(kind, start, target, null, pausedMs, at) : this;
    }

    public SlaClock resume(Instant at) {
        return pausedSince == null ? this : new SlaClock(kind, start, target, stoppedAt, pausedMs + between(pausedSince, at), null);
    }

    public SlaClock stop(Instant at) {
        return running() ? new SlaClock(kind, start, target, at, pausedMs, pausedSince).resume(at) : this;
    }

    /** The step is undone (a reopened incident): the clock resumes, the time it stood stopped does not count. */
    public SlaClock reopen(Instant at) {
        return running() ? this : new SlaClock(kind, start, target, null, pausedMs + between(stoppedAt, at), null);
    }

    /** With another target counted from the same start (the severity changed). */
    public SlaClock retarget(Duration newTarget) {
        return new SlaClock(kind, start, newTarget, stoppedAt, pausedMs, pausedSince);
    }

    public boolean running() {
        return stoppedAt == null;
    }

    public boolean paused() {
        return running() && pausedSince != null;
    }

    /** The time counted against the target by then. */
    public Duration used(Instant now) {
        Instant end = running() ? now : stoppedAt;
        long paused = pausedMs + (pausedSince == null ? 0 : between(pausedSince, end));
        return Duration.ofMillis(Math.max(0, between(start, end) - paused));
    }

    /** When the target falls due if the clock keeps running; null while paused (it does not fall due then). */
    public Instant dueAt() {
        return paused() ? null : start.plus(target).plusMillis(pausedMs);
    }

    /** What is left of the target by then; negative once breached. */
    public Duration left(Instant now) {
        return target.minus(used(now));
    }

    public boolean breached(Instant now) {
        return used(now).compareTo(target) > 0;
    }

    public SlaState state(Instant now) {
        if (breached(now)) {
            return SlaState.BREACHED;
        }
        if (!running()) {
            return SlaState.MET;
        }
        if (paused()) {
            return SlaState.PAUSED;
        }
        return used(now).toMillis() >= Math.ceil(target.toMillis() * AT_RISK_SHARE) ? SlaState.AT_RISK : SlaState.ON_TRACK;
    }

    private static long between(Instant from, Instant to) {
        return Math.max(0, to.toEpochMilli() - from.toEpochMilli());
    }
}
