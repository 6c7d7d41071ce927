package org.mxdr.servicelevels.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An incident's three clocks together: acknowledge stops when an expert takes it, classify when it
 * is classified, resolve when it is resolved; only the resolve clock pauses, while the incident
 * awaits the customer. The incident's state is the worst of its clocks; what is due next is the
 * nearest target of a clock still running.
 */
public record ServiceLevel(SlaClock acknowledge, SlaClock classify, SlaClock resolve) {

    /**
     * What an incident records of its flow, in the incident's own terms; {@code resolvePausedMs} is
     * the closed time the resolve clock did not run (awaiting the customer, standing resolved before a reopening).
     */
    public record Facts(Instant intake, Instant takenAt, Instant classifiedAt, Instant resolvedAt, long resolvePausedMs,
                        Instant awaitingCustomerSince) {
    }

    public static ServiceLevel of(Targets targets, Facts f) {
        Objects.requireNonNull(targets);
        SlaClock ack = stopped(SlaClock.started(ClockKind.ACKNOWLEDGE, f.intake(), targets.acknowledge()), f.takenAt());
        SlaClock cls = stopped(SlaClock.started(ClockKind.CLASSIFY, f.intake(), targets.classify()), f.classifiedAt());
        SlaClock res = new SlaClock(ClockKind.RESOLVE, f.intake(), targets.resolve(), null, f.resolvePausedMs(), f.awaitingCustomerSince());
        return new ServiceLevel(ack, cls, stopped(res, f.resolvedAt()));
    }

    private static SlaClock stopped(SlaClock clock, Instant at) {
        return at == null ? clock : clock.stop(at);
    }

    public List<SlaClock> clocks() {
        return List.of(acknowledge, classify, resolve);
    }

    public SlaClock clock(ClockKind kind) {
        return switch (kind) {
            case ACKNOWLEDGE -> acknowledge;
            case CLASSIFY -> classify;
            case RESOLVE -> resolve;
        };
    }

    /** The nearest target of the clocks still running and not paused (breached ones included: they were due first); null when none. */
    public Instant dueAt() {
        return clocks().stream().filter(SlaClock::running).map(SlaClock::dueAt).filter(Objects::nonNull).min(Comparator.naturalOrder())
                .orElse(null);
    }

    /** The clock that is due next, or null. */
    public SlaClock next() {
        return clocks().stream().filter(c -> c.running() && c.dueAt() != null).min(Comparator.comparing(SlaClock::dueAt)).orElse(null);
    }

    /**
     * The nearest instant a running clock will breach that is not in {@code known} (already
     * notified): when the scheduled check has to look at the incident next; null when never.
     */
    public Instant nextBreachAt(Set<ClockKind> known) {
        return clocks().stream().filter(c -> c.running() && !known.contains(c.kind())).map(SlaClock::dueAt).filter(Objects::nonNull)
                .map(due -> due.plusMillis(1)).min(Comparator.naturalOrder()).orElse(null);
    }

    /** The clocks past their target by then. */
    public List<ClockKind> breached(Instant now) {
        return clocks().stream().filter(c -> c.breached(now)).map(SlaClock::kind).toList();
    }

    /** Breached when any clock is; otherwise at risk when a running one is; paused when every running clock is; met when none runs. */
    public SlaState state(Instant now) {
        List<SlaState> states = clocks().stream().map(c -> c.state(now)).toList();
        if (states.contains(SlaState.BREACHED)) {
            return SlaState.BREACHED;
        }
        if (states.contains(SlaState.AT_RISK)) {
            return SlaState.AT_RISK;
        }
        if (states.contains(SlaState.ON_TRACK)) {
            return SlaState.ON_TRACK;
        }
        return states.contains(SlaState.PAUSED) ? SlaState.PAUSED : SlaState.MET;
    }

    /** What is left of the clock due next, or of the paused one; null when every clock stopped. */
    public Duration left(Instant now) {
        SlaClock next = next();
        if (next == null && resolve.paused()) {
            next = resolve;
        }
        return next == null ? null : next.left(now);
    }
}
