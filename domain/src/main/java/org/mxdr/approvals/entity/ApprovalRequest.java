package org.mxdr.approvals.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.mxdr.platform.Conflict;

/**
 * The customer's approval of one response action: pending until an operator or admin approves or
 * denies it, reminding every {@code reminderEvery} until it is due, then timed out. Exactly one
 * answer is accepted; a second is a conflict naming the first.
 */
@Entity
@Table(name = "approval_request")
@NamedQuery(name = ApprovalRequest.OF_TENANT, query = "SELECT r FROM ApprovalRequest r WHERE r.tenantId = :tenant "
        + "ORDER BY r.requestedAt DESC, r.id")
@NamedQuery(name = ApprovalRequest.DUE, query = "SELECT r.id FROM ApprovalRequest r WHERE r.state = org.mxdr.approvals.entity.ApprovalState.PENDING "
        + "AND (r.nextReminderAt <= :now OR r.dueAt <= :now) ORDER BY r.dueAt, r.id")
public class ApprovalRequest {
    public static final String OF_TENANT = "ApprovalRequest.ofTenant";
    public static final String DUE = "ApprovalRequest.due";

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "tenant_id", nullable = false, length = 36)
    private String tenantId;

    @Column(name = "incident_id", nullable = false, length = 36)
    private String incidentId;

    @Column(name = "action_id", nullable = false, length = 36)
    private String actionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ApprovalState state;

    @Column(name = "requested_by", nullable = false, length = 64)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "reminder_every_seconds", nullable = false)
    private long reminderEverySeconds;

    @Column(name = "next_reminder_at", nullable = false)
    private Instant nextReminderAt;

    @Column(nullable = false)
    private int reminders;

    @Column(name = "answered_by", length = 64)
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(length = 400)
    private String outcome;

    @Version
    private long version;

    protected ApprovalRequest() {
    }

    public static ApprovalRequest request(String tenantId, String incidentId, String actionId, String by, Instant now, Duration timeout,
                                          Duration reminderEvery) {
        ApprovalRequest r = new ApprovalRequest();
        r.id = UUID.randomUUID().toString();
        r.tenantId = Objects.requireNonNull(tenantId);
        r.incidentId = Objects.requireNonNull(incidentId);
        r.actionId = Objects.requireNonNull(actionId);
        r.state = ApprovalState.PENDING;
        r.requestedBy = Objects.requireNonNull(by);
        r.requestedAt = now;
        r.dueAt = now.plus(timeout);
        r.reminderEverySeconds = reminderEvery.toSeconds();
        r.nextReminderAt = now.plus(reminderEvery);
        return r;
    }

    public boolean pending() {
        return state == ApprovalState.PENDING;
    }

    /** Unanswered past its due time: it times out rather than reminds. */
    public boolean dueAt(Instant now) {
        return pending() && !now.isBefore(dueAt);
    }

    /**
     * A reminder is due (and not the timeout): counts it and moves the next one past now, so a
     * server that was down sends one reminder, not every missed one.
     */
    public boolean remindAt(Instant now) {
        if (!pending() || dueAt(now) || now.isBefore(nextReminderAt)) {
            return false;
        }
        reminders++;
        Duration every = Duration.ofSeconds(reminderEverySeconds);
        while (!nextReminderAt.isAfter(now)) {
            nextReminderAt = nextReminderAt.plus(every);
        }
        return true;
    }

    /** The answer of an operator or admin; refused once answered (or timed out). */
    public void answer(boolean approve, String by, Instant now) {
        requirePending();
        state = approve ? ApprovalState.APPROVED : ApprovalState.DENIED;
        answeredBy = Objects.requireNonNull(by);
        answeredAt = now;
    }

    /** Approved, but the access control refused the action at execution: the reason stays with the request. */
    public void refusedAtExecution(String reason) {
        if (state != ApprovalState.APPROVED) {
            throw new IllegalStateException("only an approved request is refused at execution");
        }
        state = ApprovalState.REFUSED;
        outcome = reason;
    }

    public void timeOut(Instant now) {
        requirePending();
        state = ApprovalState.TIMED_OUT;
        answeredAt = now;
        outcome = "No answer within " + Duration.between(requestedAt, dueAt) + ": it became a guidance card.";
    }

    private void requirePending() {
        if (!pending()) {
            throw new Conflict("This approval request was answered already: " + state.label().toLowerCase()
                    + (answeredBy == null ? "" : " by " + answeredBy) + ".");
        }
    }

    /** The state for the audit trail. */
    public String describe() {
        return "approval=" + id + "; approvalState=" + state + "; requestedBy=" + requestedBy + "; dueAt=" + dueAt + "; reminders=" + reminders
                + (answeredBy == null ? "" : "; answeredBy=" + answeredBy) + (outcome == null ? "" : "; " + outcome);
    }

    public String getId() {
        return id;
    }

    public String getTenantId() {
        return tenantId;
    }

    public String getIncidentId() {
        return incidentId;
    }

    public String getActionId() {
        return actionId;
    }

    public ApprovalState getState() {
        return state;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getNextReminderAt() {
        return nextReminderAt;
    }

    public int getReminders() {
        return reminders;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getOutcome() {
        return outcome;
    }
}
