package org.mxdr.servicelevels.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.mxdr.response.entity.Severity;

/**
 * What an incident keeps of its service level: the targets it is held to, the time each stopped
 * clock used, what falls due next and which breaches were notified. Kept at each change of the
 * incident from its facts, so the queue orders by it and the scheduled check reads it with no clock.
 */
@Embeddable
public class ServiceClocks {
    @Column(name = "sla_acknowledge_ms")
    private Long acknowledgeTargetMs;

    @Column(name = "sla_classify_ms")
    private Long classifyTargetMs;

    @Column(name = "sla_resolve_ms")
    private Long resolveTargetMs;

    @Column(name = "acknowledged_in_ms")
    private Long acknowledgedInMs;

    @Column(name = "classified_in_ms")
    private Long classifiedInMs;

    @Column(name = "resolved_in_ms")
    private Long resolvedInMs;

    /** What is due next; the experts' queue orders by it. */
    @Column(name = "sla_due_at")
    private Instant dueAt;

    /** When a target not yet notified will be breached: the scheduled check reads those past. */
    @Column(name = "sla_watch_at")
    private Instant watchAt;

    /** The kinds whose breach was notified, comma-separated: each is notified once. */
    @Column(name = "sla_notified", nullable = false, length = 40)
    private String notified = "";

    /** No targets yet: an incident is held to its severity's targets once its tenant's service level is known. */
    public ServiceClocks() {
    }

    /** The targets of the incident's severity from now on, counted from intake (at intake, and when the severity changed). */
    public void holdTo(Targets targets, ServiceLevel.Facts facts) {
        acknowledgeTargetMs = targets.acknowledge().toMillis();
        classifyTargetMs = targets.classify().toMillis();
        resolveTargetMs = targets.resolve().toMillis();
        refresh(facts);
    }

    /** The clocks on these facts, or null when no targets are held. */
    public ServiceLevel level(ServiceLevel.Facts facts) {
        if (acknowledgeTargetMs == null) {
            return null;
        }
        Targets targets = new Targets(Duration.ofMillis(acknowledgeTargetMs), Duration.ofMillis(classifyTargetMs), Duration.ofMillis(resolveTargetMs));
        return ServiceLevel.of(targets, facts);
    }

    /** The targets breached by then whose breach was not notified yet. */
    public List<ClockKind> breachesToNotify(ServiceLevel.Facts facts, Instant now) {
        ServiceLevel level = level(facts);
        Set<ClockKind> known = notifiedKinds();
        return level == null ? List.of() : level.breached(now).stream().filter(k -> !known.contains(k)).toList();
    }

    /** These breaches were notified: never again, and the check next looks when another target falls due. */
    public void notified(Collection<ClockKind> kinds, ServiceLevel.Facts facts) {
        Set<ClockKind> known = notifiedKinds();
        known.addAll(kinds);
        notified = known.stream().map(Enum::name).collect(Collectors.joining(","));
        refresh(facts);
    }

    /** Keeps what is due next and what each stopped clock used, after the facts changed. */
    public void refresh(ServiceLevel.Facts facts) {
        ServiceLevel level = level(facts);
        if (level == null) {
            return;
        }
        dueAt = level.dueAt();
        watchAt = level.nextBreachAt(notifiedKinds());
        acknowledgedInMs = level.acknowledge().running() ? null : level.acknowledge().used(facts.takenAt()).toMillis();
        classifiedInMs = level.classify().running() ? null : level.classify().used(facts.classifiedAt()).toMillis();
        resolvedInMs = level.resolve().running() ? null : level.resolve().used(facts.resolvedAt()).toMillis();
    }

    /** What the incident counts in its tenant's service tally; {@code openSeverity} null once it is resolved. */
    public IncidentTally tally(String tenantId, Instant createdAt, Severity openSeverity) {
        return IncidentTally.of(new IncidentTally.Facts(tenantId, createdAt, openSeverity, acknowledgedInMs, acknowledgeTargetMs,
                classifiedInMs, classifyTargetMs, resolvedInMs, resolveTargetMs, notified));
    }

    private Set<ClockKind> notifiedKinds() {
        Set<ClockKind> kinds = EnumSet.noneOf(ClockKind.class);
        Arrays.stream(notified.split(",")).filter(k -> !k.isEmpty()).map(ClockKind::valueOf).forEach(kinds::add);
        return kinds;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getWatchAt() {
        return watchAt;
    }
}
