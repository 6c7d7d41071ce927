package org.mxdr.approvals.control;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.mxdr.access.control.AccessControl;
import org.mxdr.access.control.ResponsePolicies;
import org.mxdr.access.entity.AccessDecision;
import org.mxdr.access.entity.ResponsePolicy;
import org.mxdr.approvals.entity.ApprovalRequest;
import org.mxdr.approvals.entity.ApprovalState;
import org.mxdr.audit.control.AuditTrail;
import org.mxdr.platform.Edits;
import org.mxdr.platform.NotFound;
import org.mxdr.reports.control.ReportingOutbox;
import org.mxdr.response.control.CustomerActionMail;
import org.mxdr.response.control.Incidents;
import org.mxdr.response.control.ResponseEvents;
import org.mxdr.response.control.ResponseExecutor;
import org.mxdr.response.entity.Incident;
import org.mxdr.response.entity.ResponseAction;
import org.mxdr.webhooks.control.WebhookEvents;
import org.mxdr.webhooks.entity.EventType;

/**
 * The life of an approval request: asked (mail to the approvers, the webhook event, the audit),
 * answered once, reminded, timed out into a guidance card. On approval the access control is
 * asked again, since the grant, the exclusions or the policy may have changed meanwhile.
 * Callers checked the rights.
 */
@Stateless
@PermitAll
public class Approvals {
    public static final String SYSTEM = "system";

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    ResponseEvents responseEvents;

    @Inject
    Clock clock;

    @Inject
    AccessControl access;

    @Inject
    ResponsePolicies policies;

    @Inject
    ApprovalMail mail;

    @Inject
    AuditTrail audit;

    @Inject
    WebhookEvents events;

    @Inject
    Incidents incidents;

    @Inject
    ResponseExecutor executor;

    @Inject
    CustomerActionMail customerMail;

    @Inject
    ReportingOutbox reporting;

    /** Asks for approval of an action just created in {@code AWAITING_APPROVAL}, in the caller's transaction. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public ApprovalRequest request(Incident incident, ResponseAction action) {
        ResponsePolicy policy = policies.of(incident.getTenantId());
        ApprovalRequest request = ApprovalRequest.request(incident.getTenantId(), incident.getId(), action.getId(), action.getRequestedBy(),
                Instant.now(clock), policy.approvalTimeout(), policy.reminderEvery());
        em.persist(request);
        int mailed = mail.send(request, incident, action, 0);
        audit.record(action.getRequestedBy(), incident.getTenantId(), "approval.requested", null,
                describe(incident, action, request) + "; mailed to " + mailed + " operators and admins");
        events.publish(incident.getTenantId(), EventType.APPROVAL_REQUESTED, Json.createObjectBuilder()
                .add("approvalId", request.getId()).add("incidentId", incident.getId()).add("actionId", action.getId())
                .add("action", action.getType().name()).add("target", action.getTarget()).add("requestedBy", action.getRequestedBy())
                .add("dueAt", request.getDueAt().toString()).build());
        return request;
    }

    public List<ApprovalRequest> ofTenant(String tenantId, int max) {
        return em.createNamedQuery(ApprovalRequest.OF_TENANT, ApprovalRequest.class).setParameter("tenant", tenantId).setMaxResults(max)
                .getResultList();
    }

    /** The request of this tenant, locked when it is to be answered; another tenant's is unknown here. */
    public ApprovalRequest find(String tenantId, String approvalId, boolean lock) {
        ApprovalRequest request = approvalId == null ? null
                : em.find(ApprovalRequest.class, approvalId, lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE);
        if (request == null || !request.getTenantId().equals(tenantId)) {
            throw new NotFound("There is no approval request with the id '" + approvalId + "' in this tenant.");
        }
        return request;
    }

    public ResponseAction action(ApprovalRequest request) {
        return em.find(ResponseAction.class, request.getActionId());
    }

    /** The actions the requests ask to approve, by id, in one query. */
    public Map<String, ResponseAction> actions(Collection<ApprovalRequest> requests) {
        if (requests.isEmpty()) {
            return Map.of();
        }
        List<String> ids = requests.stream().map(ApprovalRequest::getActionId).toList();
        return em.createQuery("SELECT a FROM ResponseAction a WHERE a.id IN :ids", ResponseAction.class).setParameter("ids", ids)
                .getResultStream().collect(Collectors.toMap(ResponseAction::getId, a -> a));
    }

    /**
     * The one answer to a pending request (the row is locked, so of two answers at once the second
     * finds it answered: a conflict). An approval runs the action only if the access control still
     * allows it; otherwise the request is refused with the reason and the action becomes a card.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public ApprovalRequest answer(String by, String tenantId, String approvalId, boolean approve) {
        ApprovalRequest request = find(tenantId, approvalId, true);
        Incident incident = incidents.find(tenantId, request.getIncidentId(), true);
        ResponseAction action = action(request);
        String before = describe(incident, action, request);
        Instant now = Instant.now(clock);
        request.answer(approve, by, now);
        Edits.flushed(em, request); // an answer committed meanwhile is a conflict here, whatever the database's locking
        if (!approve) {
            action.denied(by, now);
            audit.record(by, tenantId, "approval.denied", before, describe(incident, action, request));
        } else {
            AccessDecision again = access.decideAction(tenantId, action.getType(), action.getType().onUser() ? List.of() : List.of(action.getTarget()),
                    action.getType().onUser() ? List.of(action.getTarget()) : List.of());
            if (again.allowed() || again.needsApproval()) {
                action.approved(by, now);
                executor.execute(action);
                audit.record(by, tenantId, "approval.approved", before, describe(incident, action, request));
            } else {
                String reason = again.seenByExpert().reason().message();
                request.refusedAtExecution(reason);
                action.toGuidance("Approved by " + by + ", but the experts may no longer run it: " + reason);
                incident.awaitCustomer(now);
                customerMail.actionAwaited(incident, action);
                responseEvents.awaitingCustomer(incident, action);
                audit.record(SYSTEM, tenantId, "approval.refused", before, describe(incident, action, request));
            }
        }
        reporting.changed(incident);
        return request;
    }

    /** Ids of the pending requests whose reminder or timeout is due, the oldest due first. */
    public List<String> due(int max) {
        return em.createNamedQuery(ApprovalRequest.DUE, String.class).setParameter("now", Instant.now(clock)).setMaxResults(max).getResultList();
    }

    /**
     * Sends the reminder or applies the timeout of one request, locked: of two nodes the second
     * finds nothing left to do. Returns what was done, or null.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ApprovalState remindOrTimeOut(String approvalId) {
        ApprovalRequest request = em.find(ApprovalRequest.class, approvalId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now(clock);
        if (request == null || !request.pending()) {
            return null;
        }
        Incident incident = incidents.find(request.getTenantId(), request.getIncidentId(), true);
        ResponseAction action = action(request);
        String before = describe(incident, action, request);
        if (request.dueAt(now)) {
            request.timeOut(now);
            action.toGuidance(request.getOutcome());
            incident.awaitCustomer(now);
            customerMail.actionAwaited(incident, action);
            responseEvents.awaitingCustomer(incident, action);
            audit.record(SYSTEM, request.getTenantId(), "approval.timed-out", before, describe(incident, action, request));
            reporting.changed(incident);
            return ApprovalState.TIMED_OUT;
        }
        if (request.remindAt(now)) {
            int mailed = mail.send(request, incident, action, request.getReminders());
            audit.record(SYSTEM, request.getTenantId(), "approval.reminded", before,
                    describe(incident, action, request) + "; reminder " + request.getReminders() + " mailed to " + mailed + " operators and admins");
            return ApprovalState.PENDING;
        }
        return null;
    }

    static String describe(Incident incident, ResponseAction action, ApprovalRequest request) {
        return "incident=" + incident.getExternalId() + "; actionId=" + action.getId() + "; " + action.describe() + "; " + request.describe();
    }
}
