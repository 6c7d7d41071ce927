package org.mxdr.response.entity;

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

import org.mxdr.platform.BadInput;
import org.mxdr.platform.Conflict;

/**
 * A response action on an incident: run by an expert whose grant allows it (in progress until
 * the platform reports), or recommended to the customer as a card, answered with "I've completed
 * this action" or "Skip".
 */
@Entity
@Table(name = "response_action")
@NamedQuery(name = ResponseAction.OF_INCIDENT, query = "SELECT a FROM ResponseAction a WHERE a.incidentId = :incident ORDER BY a.requestedAt, a.id")
@NamedQuery(name = ResponseAction.OPEN_OF_INCIDENT, query = "SELECT COUNT(a) FROM ResponseAction a WHERE a.incidentId = :incident "
        + "AND a.state IN (org.mxdr.response.entity.ActionState.IN_PROGRESS, org.mxdr.response.entity.ActionState.AWAITING_CUSTOMER, "
        + "org.mxdr.response.entity.ActionState.AWAITING_APPROVAL)")
@NamedQuery(name = ResponseAction.CARDS_WAITING, query = "SELECT COUNT(a) FROM ResponseAction a WHERE a.incidentId = :incident "
        + "AND a.state = org.mxdr.response.entity.ActionState.AWAITING_CUSTOMER")
public class ResponseAction {
    public static final int RATIONALE_MAX = 1000;
    public static final String OF_INCIDENT = "ResponseAction.ofIncident";
    public static final String OPEN_OF_INCIDENT = "ResponseAction.openOfIncident";
    public static final String CARDS_WAITING = "ResponseAction.cardsWaiting";

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "incident_id", nullable = false, length = 36)
    private String incidentId;

    @Column(name = "tenant_id", nullable = false, length = 36)
    private String tenantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "action_type", nullable = false, length = 24)
    private ActionType type;

    @Column(nullable = false, length = 128)
    private String target;

    @Column(length = 300)
    private String detail;

    @Column(nullable = false)
    private boolean recommended;

    @Column(length = 300)
    private String reason;

    /** Why the experts take or recommend it, in their words: what the customer's card shows. */
    @Column(length = RATIONALE_MAX)
    private String rationale;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ActionState state;

    @Column(length = 1000)
    private String result;

    @Column(name = "requested_by", nullable = false, length = 64)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "answered_by", length = 64)
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Version
    private long version;

    protected ResponseAction() {
    }

    private static ResponseAction of(Incident incident, ActionType type, String target, String detail, String rationale, String by,
                                     Instant now) {
        ResponseAction a = new ResponseAction();
        a.id = UUID.randomUUID().toString();
        a.incidentId = incident.getId();
        a.tenantId = incident.getTenantId();
        a.type = Objects.requireNonNull(type);
        a.target = Texts.required("target", target, 128, "The target");
        a.detail = Texts.optional("detail", detail, 300, "The detail");
        a.rationale = Texts.optional("rationale", rationale, RATIONALE_MAX, "The rationale");
        a.requestedBy = Objects.requireNonNull(by);
        a.requestedAt = now;
        return a;
    }

    /** Run by the experts: in progress until the detection platform reports. */
    public static ResponseAction run(Incident incident, ActionType type, String target, String detail, String rationale, String by,
                                     Instant now) {
        ResponseAction a = of(incident, type, target, detail, rationale, by, now);
        a.state = ActionState.IN_PROGRESS;
        return a;
    }

    /**
     * Recommended to the customer as a card, with the reason the experts could not act themselves
     * and, required, the experts' rationale: why the customer should act, which the card shows.
     */
    public static ResponseAction recommend(Incident incident, ActionType type, String target, String detail, String rationale, String reason,
                                           String by, Instant now) {
        if (rationale == null || rationale.isBlank()) {
            throw new BadInput("rationale", "Say why the customer should take this action: the card shows your rationale to them.");
        }
        ResponseAction a = of(incident, type, target, detail, rationale, by, now);
        a.recommended = true;
        a.reason = reason;
        a.state = ActionState.AWAITING_CUSTOMER;
        return a;
    }

    /** Under the tenant's "ask for approval": waits for an operator's or admin's answer before it runs. */
    public static ResponseAction awaitApproval(Incident incident, ActionType type, String target, String detail, String rationale,
                                               String by, Instant now) {
        ResponseAction a = of(incident, type, target, detail, rationale, by, now);
        a.state = ActionState.AWAITING_APPROVAL;
        return a;
    }

    /** Approved, and the experts' access still allows it: it runs. */
    public void approved(String by, Instant now) {
        requireAwaitingApproval();
        state = ActionState.IN_PROGRESS;
        answeredBy = Objects.requireNonNull(by);
        answeredAt = now;
    }

    /** Denied by the customer: it never runs. */
    public void denied(String by, Instant now) {
        requireAwaitingApproval();
        state = ActionState.DENIED;
        answeredBy = Objects.requireNonNull(by);
        answeredAt = now;
    }

    /**
     * Unanswered in time, or approved when the experts may no longer run it: it becomes a card
     * for the customer with the reason.
     */
    public void toGuidance(String why) {
        requireAwaitingApproval();
        recommended = true;
        reason = Texts.optional("reason", why, 300, "The reason");
        state = ActionState.AWAITING_CUSTOMER;
    }

    private void requireAwaitingApproval() {
        if (state != ActionState.AWAITING_APPROVAL) {
            throw new Conflict("The action is " + state.label().toLowerCase() + " already.");
        }
    }

    /** The platform's report of a run action. */
    public void reported(boolean succeeded, String result, Instant now) {
        if (state != ActionState.IN_PROGRESS) {
            throw new Conflict("The action is " + state.label().toLowerCase() + " already.");
        }
        state = succeeded ? ActionState.COMPLETED : ActionState.FAILED;
        this.result = Texts.optional("result", result, 1000, "The result");
        answeredAt = now;
    }

    /** The customer's answer to a card. */
    public void answer(boolean completed, String by, Instant now) {
        if (state != ActionState.AWAITING_CUSTOMER) {
            throw new Conflict("This card was answered already (" + state.label().toLowerCase() + (answeredBy == null ? "" : " by " + answeredBy) + ").");
        }
        state = completed ? ActionState.CUSTOMER_COMPLETED : ActionState.SKIPPED;
        answeredBy = Objects.requireNonNull(by);
        answeredAt = now;
    }

    /** The state for the audit trail. */
    public String describe() {
        return "action=" + type + "; target=" + target + (detail == null ? "" : "; detail=" + detail) + "; state=" + state
                + (recommended ? "; recommended" : "");
    }

    public String getId() {
        return id;
    }

    public String getIncidentId() {
        return incidentId;
    }

    public String getTenantId() {
        return tenantId;
    }

    public ActionType getType() {
        return type;
    }

    public String getTarget() {
        return target;
    }

    public String getDetail() {
        return detail;
    }

    public boolean isRecommended() {
        return recommended;
    }

    /** Waits for the customer's operators and administrators to approve or deny it. */
    public boolean isAwaitingApproval() {
        return state == ActionState.AWAITING_APPROVAL;
    }

    public String getRationale() {
        return rationale;
    }

    public String getReason() {
        return reason;
    }

    public ActionState getState() {
        return state;
    }

    public String getResult() {
        return result;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
