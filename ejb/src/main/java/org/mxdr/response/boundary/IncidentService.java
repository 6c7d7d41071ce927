package org.mxdr.response.boundary;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import org.mxdr.access.entity.Operation;
import org.mxdr.audit.control.AuditTrail;
import org.mxdr.platform.Caller;
import org.mxdr.platform.Callers;
import org.mxdr.platform.Cursor;
import org.mxdr.platform.CursorPage;
import org.mxdr.platform.FirstRow;
import org.mxdr.platform.IncidentId;
import org.mxdr.platform.PageSize;
import org.mxdr.platform.Role;
import org.mxdr.platform.Roles;
import org.mxdr.platform.TenantId;
import org.mxdr.reports.control.ReportingOutbox;
import org.mxdr.response.control.ExpertRecords;
import org.mxdr.response.control.IncidentQueue;
import org.mxdr.response.control.IncidentReach;
import org.mxdr.response.control.Incidents;
import org.mxdr.response.control.ResponseActions;
import org.mxdr.response.control.ResponseEvents;
import org.mxdr.response.entity.ActionType;
import org.mxdr.response.entity.Classification;
import org.mxdr.response.entity.Incident;
import org.mxdr.response.entity.IncidentStatus;
import org.mxdr.response.entity.IncidentSummary;
import org.mxdr.response.entity.ResponseAction;

/**
 * The incident queue and the flow of an incident. Tenant users reach their own tenant's
 * incidents; experts only through the tenant's live grant, as the access control decides for each
 * call on the incident's devices and users. Every expert view, classification and action is audited.
 */
@Stateless
@RolesAllowed({Roles.EXPERT, Roles.TENANT_ADMIN, Roles.TENANT_OPERATOR, Roles.TENANT_READER})
public class IncidentService {
    @Inject
    Callers callers;

    @Inject
    Clock clock;

    @Inject
    Incidents incidents;

    @Inject
    IncidentQueue queue;

    @Inject
    IncidentReach reach;

    @Inject
    ResponseActions actions;

    @Inject
    ExpertRecords records;

    @Inject
    AuditTrail audit;

    @Inject
    ReportingOutbox reporting;

    @Inject
    ResponseEvents events;

    // ---- the queue

    /** A page of the queue after the cursor (null: the newest), and the cursor of the next page; nothing counted. */
    public CursorPage<Incident> queue(@TenantId String tenantId, @NotNull IncidentFilter filter, String cursor,
                           @PageSize int size) {
        Cursor after = Cursor.decode(cursor);
        return CursorPage.of(queue.after(tenantId, filter, reach.queue(tenantId), after, size + 1), size,
                filter::cursorOf);
    }

    /**
     * As {@link #queue}, each incident as what a list shows of it (the API's list): values read by the
     * page's one query, no managed entity to load or to check at the flush.
     */
    public CursorPage<IncidentSummary> summaries(@TenantId String tenantId, @NotNull IncidentFilter filter, String cursor,
                                                 @PageSize int size) {
        Cursor after = Cursor.decode(cursor);
        return CursorPage.of(queue.summariesAfter(tenantId, filter, reach.queue(tenantId), after, size + 1), size, filter::cursorOf);
    }

    /** A page of the queue from a position, for clients that page by number (every row before it is read), as what a list shows. */
    public List<IncidentSummary> summariesFrom(@TenantId String tenantId, @NotNull IncidentFilter filter, @FirstRow int first,
                                               @PageSize int size) {
        return queue.summariesFrom(tenantId, filter, reach.queue(tenantId), first, size);
    }

    /** The exact number of incidents in the caller's queue: it reads every one of them, so no list page asks for it. */
    public long count(@TenantId String tenantId, @NotNull IncidentFilter filter) {
        return queue.count(tenantId, filter, reach.queue(tenantId));
    }

    /** The caller's queue counted by status in one query: what a home page shows of it. */
    public Map<IncidentStatus, Long> countByStatus(@TenantId String tenantId) {
        return queue.countByStatus(tenantId, reach.queue(tenantId));
    }

    // ---- one incident

    /** The incident; an expert's view is audited and his analyst notes and case tickets come with it. */
    public IncidentDetail get(@TenantId String tenantId,
                              @IncidentId String incidentId) {
        Caller caller = callers.current();
        Incident incident = reach.reach(caller, tenantId, incidentId, Operation.INVESTIGATE, false);
        if (caller.is(Role.EXPERT)) {
            audit.record(caller.username(), tenantId, "incident.viewed", null, "incident=" + incident.getExternalId());
            return new IncidentDetail(incident, incidents.actions(incident.getId()), records.notes(incident.getId()),
                    records.tickets(incident.getId()), true, incidents.deviceNames(incident), incidents.userNames(incident));
        }
        return new IncidentDetail(incident, incidents.actions(incident.getId()), List.of(), List.of(), false,
                incidents.deviceNames(incident), incidents.userNames(incident));
    }

    @RolesAllowed(Roles.EXPERT)
    public Incident take(@TenantId String tenantId,
                         @IncidentId String incidentId) {
        return change(tenantId, incidentId, "incident.taken", (incident, by, now) -> incident.take(by, now));
    }

    @RolesAllowed(Roles.EXPERT)
    public Incident classify(@TenantId String tenantId,
                             @IncidentId String incidentId, Classification verdict,
                             String determination) {
        return change(tenantId, incidentId, "incident.classified", (incident, by, now) -> incident.classify(verdict, determination, by, now));
    }

    /** Resolves a classified incident once no action is open: by the experts, or by the customer's operator or admin. */
    @RolesAllowed({Roles.EXPERT, Roles.TENANT_OPERATOR, Roles.TENANT_ADMIN})
    public Incident resolve(@TenantId String tenantId,
                            @IncidentId String incidentId) {
        return change(tenantId, incidentId, "incident.resolved",
                (incident, by, now) -> incident.resolve(by, incidents.openActions(incident.getId()), now));
    }

    /**
     * Reopens a resolved incident with a reason (a false positive that was not): by an expert whose
     * grant reaches it, or by the tenant's admin; its resolve clock resumes.
     */
    @RolesAllowed({Roles.EXPERT, Roles.TENANT_ADMIN})
    public Incident reopen(@TenantId String tenantId,
                           @IncidentId String incidentId, String reason) {
        return change(tenantId, incidentId, "incident.reopened", (incident, by, now) -> incident.reopen(by, reason, now));
    }

    private interface Change {
        void apply(Incident incident, String by, Instant now);
    }

    /** A change of the incident's own state by the caller who reaches it: audited before and after, and reported. */
    private Incident change(String tenantId, String incidentId, String what, Change change) {
        Caller caller = callers.current();
        Incident incident = reach.reach(caller, tenantId, incidentId, Operation.INVESTIGATE, true);
        String before = incident.describe();
        change.apply(incident, caller.username(), Instant.now(clock));
        audit.record(caller.username(), tenantId, what, before, incident.describe());
        reporting.changed(incident);
        if ("incident.resolved".equals(what)) {
            events.resolved(incident);
        } else {
            events.updated(incident);
        }
        return incident;
    }

    /**
     * An expert's action on one of the incident's devices or users: run when the grant lets him act
     * on it (Operator level, not excluded), otherwise a card for the customer when he may still
     * recommend it; refused when he may not even do that.
     */
    @RolesAllowed(Roles.EXPERT)
    public ResponseAction act(@TenantId String tenantId,
                              @IncidentId String incidentId, ActionType type, String target,
                              String detail, String rationale) {
        Caller caller = callers.current();
        Incident incident = reach.reach(caller, tenantId, incidentId, Operation.RECOMMEND, true);
        ResponseAction action = actions.act(caller.username(), incident, type, target, detail, rationale);
        if (!action.isAwaitingApproval()) { // a request for approval is audited as such by the approvals
            audit.record(caller.username(), tenantId, action.isRecommended() ? "action.recommended" : "action.run", null,
                    ResponseActions.describe(incident, action));
        }
        reporting.changed(incident);
        return action;
    }

    /** The customer's answer to a card: "I've completed this action" or "Skip". */
    @RolesAllowed({Roles.TENANT_OPERATOR, Roles.TENANT_ADMIN})
    public ResponseAction answer(@TenantId String tenantId,
                                 @IncidentId String incidentId,
                                 @NotNull(message = "An action id is required.") String actionId, boolean completed) {
        Caller caller = callers.requireTenant(tenantId, "answer action card");
        Incident incident = incidents.find(tenantId, incidentId, true);
        ResponseAction card = actions.of(incident, actionId);
        String before = ResponseActions.describe(incident, card);
        actions.answer(incident, card, completed, caller.username());
        audit.record(caller.username(), tenantId, completed ? "card.completed" : "card.skipped", before, ResponseActions.describe(incident, card));
        reporting.changed(incident);
        events.answered(incident, card);
        return card;
    }
}
