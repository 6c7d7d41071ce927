package org.mxdr.notify.entity;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.mxdr.access.entity.Contact;
import org.mxdr.platform.Conflict;

/**
 * The escalation ladder's run for one high-severity incident: the contact in charge now and when
 * the next one is due if nobody acknowledges. The next contact is the next in order who is within
 * working hours; when everyone after the current one is off, the first contact marked 24x7 not
 * yet told; when there is none, the run is exhausted and waits for an acknowledgement.
 */
@Entity
@Table(name = "escalation")
@NamedQuery(name = Escalation.DUE, query = "SELECT e FROM Escalation e WHERE e.nextDueAt <= :now ORDER BY e.nextDueAt")
public class Escalation {
    public static final String DUE = "Escalation.due";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final Comparator<Contact> LADDER_ORDER = Comparator.comparing(Contact::getLadderOrder,
            Comparator.nullsLast(Comparator.naturalOrder()));

    public enum State { RUNNING, ACKNOWLEDGED, EXHAUSTED }

    @Id
    @Column(name = "incident_id", length = 36)
    private String incidentId;

    @Column(name = "tenant_id", nullable = false, length = 36)
    private String tenantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private State state;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "next_due_at")
    private Instant nextDueAt;

    /** The ladder order of the contact in charge now. */
    @Column(name = "current_order", nullable = false)
    private int currentOrder;

    @Column(name = "acknowledged_by", length = 254)
    private String acknowledgedBy;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Version
    private long version;

    protected Escalation() {
    }

    /** A run that starts with the first contact in charge; the next one is due after the delay. */
    public static Escalation start(String incidentId, String tenantId, Contact first, Instant now, Duration delay) {
        Escalation e = new Escalation();
        e.incidentId = Objects.requireNonNull(incidentId);
        e.tenantId = Objects.requireNonNull(tenantId);
        e.startedAt = now;
        e.state = State.RUNNING;
        e.currentOrder = order(first);
        e.nextDueAt = now.plus(delay);
        return e;
    }

    /**
     * Who is told first, or next after the contact in charge: the next in order within working hours, else the
     * first contact marked 24x7 not yet told.
     */
    public static Optional<Contact> next(List<Contact> ladder, int afterOrder, Set<String> told, Instant at) {
        List<Contact> ordered = ladder.stream().filter(Contact::isIncidentNotification).sorted(LADDER_ORDER).toList();
        Optional<Contact> inHours = ordered.stream().filter(c -> order(c) > afterOrder && !told.contains(c.getEmail()))
                .filter(c -> c.reachableAt(at)).findFirst();
        if (inHours.isPresent()) {
            return inHours;
        }
        return ordered.stream().filter(c -> c.getHours().isAlwaysAvailable() && !told.contains(c.getEmail())).findFirst();
    }

    /** Who is in charge first: the first in order within working hours or 24x7; when nobody is, the first in order. */
    public static Optional<Contact> firstInCharge(List<Contact> ladder, Instant at) {
        return next(ladder, 0, Set.of(), at)
                .or(() -> ladder.stream().filter(Contact::isIncidentNotification).sorted(LADDER_ORDER).findFirst());
    }

    public boolean isDue(Instant now) {
        return state == State.RUNNING && nextDueAt != null && !nextDueAt.isAfter(now);
    }

    /** The next contact is in charge now; the one after is due after the delay. */
    public void escalatedTo(Contact next, Instant now, Duration delay) {
        requireRunning();
        currentOrder = order(next);
        nextDueAt = now.plus(delay);
    }

    /** Nobody is left to tell: the run waits for an acknowledgement. */
    public void exhausted() {
        requireRunning();
        state = State.EXHAUSTED;
        nextDueAt = null;
    }

    /** Stops the ladder; a second acknowledgement is refused, saying who was first. */
    public void acknowledge(String by, Instant now) {
        if (state == State.ACKNOWLEDGED) {
            throw new Conflict("This incident was acknowledged already, by " + acknowledgedBy + " on " + WHEN.format(acknowledgedAt) + ".");
        }
        state = State.ACKNOWLEDGED;
        acknowledgedBy = Objects.requireNonNull(by);
        acknowledgedAt = now;
        nextDueAt = null;
    }

    private void requireRunning() {
        if (state != State.RUNNING) {
            throw new IllegalStateException("escalation of " + incidentId + " is " + state);
        }
    }

    /** The contact's place on the ladder; a contact without one comes after everyone with one. */
    public static int order(Contact c) {
        return c.getLadderOrder() == null ? Contact.ORDER_MAX + 1 : c.getLadderOrder();
    }

    public String getIncidentId() {
        return incidentId;
    }

    public String getTenantId() {
        return tenantId;
    }

    public State getState() {
        return state;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getNextDueAt() {
        return nextDueAt;
    }

    public int getCurrentOrder() {
        return currentOrder;
    }

    public String getAcknowledgedBy() {
        return acknowledgedBy;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }
}
