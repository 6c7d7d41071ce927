package org.mxdr.response.boundary;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;

import org.mxdr.access.control.AccessControl;
import org.mxdr.access.control.Contacts;
import org.mxdr.access.entity.AccessDecision;
import org.mxdr.access.entity.AccessGrant;
import org.mxdr.access.entity.Operation;
import org.mxdr.audit.control.AuditTrail;
import org.mxdr.notify.control.Outbox;
import org.mxdr.onboarding.control.Tenants;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.Caller;
import org.mxdr.platform.Callers;
import org.mxdr.platform.FirstRow;
import org.mxdr.platform.IncidentId;
import org.mxdr.platform.PageSize;
import org.mxdr.platform.Role;
import org.mxdr.platform.Roles;
import org.mxdr.platform.TenantId;
import org.mxdr.reports.control.ReportingOutbox;
import org.mxdr.response.control.IncidentReach;
import org.mxdr.response.control.Incidents;
import org.mxdr.response.control.ResponseExecutor;
import org.mxdr.response.entity.ActionType;
import org.mxdr.response.entity.AnalystNote;
import org.mxdr.response.entity.CaseTicket;
import org.mxdr.response.entity.Classification;
import org.mxdr.response.entity.Incident;
import org.mxdr.response.entity.ResponseAction;

/**
 * The incident queue and the flow of product-spec section 5. Tenant users reach their own
 * tenant's incidents; experts only through the tenant's live grant, as the access control
 * decides for each call on the incident's devices and users. Every expert view, classification
 * and action is audited.
 */
@Stateless
@RolesAllowed({Roles.EXPERT, Roles.TENANT_ADMIN, Roles.TENANT_OPERATOR, Roles.TENANT_READER})
public class IncidentService {
    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AccessControl access;

    @Inject
    Clock clock;

    @Inject
    Incidents incidents;

    @Inject
    ResponseExecutor executor;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    Contacts contacts;

    @Inject
    Tenants tenants;

    @Inject
    IncidentReach reach;

    @Inject
    ReportingOutbox reporting;

    // ---- the queue

    public List<Incident> page(@TenantId String tenantId, @NotNull IncidentFilter filter,
                               @FirstRow int first,
                               @PageSize int size) {
        // the order of the queue's indexes (tenant_id, [filter,] created_at DESC, id): read in index order, no sort step
        return incidents.withAssets(query("SELECT i", tenantId, filter, Incident.class, " ORDER BY i.createdAt DESC, i.id")
                .setFirstResult(first).setMaxResults(size).getResultList());
    }

    public long count(@TenantId String tenantId, @NotNull IncidentFilter filter) {
        return query("SELECT COUNT(i)", tenantId, filter, Long.class, "").getSingleResult();
    }

    private <T> TypedQuery<T> query(String select, String tenantId, IncidentFilter filter, Class<T> type, String order) {
        boolean withholdGroups = readerOfQueue(tenantId);
        StringBuilder where = new StringBuilder(" FROM Incident i WHERE i.tenantId = :t");
        if (filter.status() != null) {
            where.append(" AND i.status = :status");
        }
        if (filter.severity() != null) {
            where.append(" AND i.severity = :severity");
        }
        if (filter.assignedTo() != null) {
            where.append(" AND i.assignedTo = :assignedTo");
        }
        if (withholdGroups) {
            // the grant withholds devices in device groups: such incidents stay out of the expert's queue
            where.append(" AND i.inDeviceGroup = false");
        }
        TypedQuery<T> q = em.createQuery(select + where + order, type).setParameter("t", tenantId);
        if (filter.status() != null) {
            q.setParameter("status", filter.status());
        }
        if (filter.severity() != null) {
            q.setParameter("severity", filter.severity());
        }
        if (filter.assignedTo() != null) {
            q.setParameter("assignedTo", filter.assignedTo());
        }
        return q;
    }

    /** Checks who may read the queue; true when the reader is an expert whose grant withholds device groups. */
    private boolean readerOfQueue(String tenantId) {
        Caller caller = callers.current();
        if (caller.is(Role.EXPERT)) {
            AccessGrant grant = access.require(caller.username(), tenantId, Operation.READ_INCIDENTS);
            return !grant.allDevices();
        }
        callers.requireTenant(tenantId, "read incidents");
        tenants.find(tenantId);
        return false;
    }

    // ---- one incident

    /** The incident; an expert's view is audited and his analyst notes and case tickets come with it. */
    public IncidentDetail get(@TenantId String tenantId,
                              @IncidentId String incidentId) {
        Caller caller = callers.current();
        Incident incident = reach.reach(caller, tenantId, incidentId, Operation.INVESTIGATE, false);
        if (caller.is(Role.EXPERT)) {
            audit.record(caller.username(), tenantId, "incident.viewed", null, "incident=" + incident.getExternalId());
            return new IncidentDetail(incident, incidents.actions(incidentId), notes(incidentId), tickets(incidentId), true);
        }
        return new IncidentDetail(incident, incidents.actions(incidentId), List.of(), List.of(), false);
    }

    @RolesAllowed(Roles.EXPERT)
    public Incident take(@TenantId String tenantId,
                         @IncidentId String incidentId) {
        Caller caller = callers.current();
        Incident incident = reach.reach(caller, tenantId, incidentId, Operation.INVESTIGATE, true);
        String before = incident.describe();
        incident.take(caller.username(), Instant.now(clock));
        audit.record(caller.username(), tenantId, "incident.taken", before, incident.describe());
        reporting.changed(incident);
        return incident;
    }

    @RolesAllowed(Roles.EXPERT)
    public Incident classify(@TenantId String tenantId,
                             @IncidentId String incidentId, Classification verdict,
                             String determination) {
        Caller caller = callers.current();
        Incident incident = reach.reach(caller, tenantId, incidentId, Operation.INVESTIGATE, true);
        String before = incident.describe();
        incident.classify(verdict, determination, caller.username(), Instant.now(clock));
        audit.record(caller.username(), tenantId, "incident.classified", before, incident.describe());
        reporting.changed(incident);
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
                              String detail) {
        Caller caller = callers.current();
        Incident incident = reach.reach(caller, tenantId, incidentId, Operation.RECOMMEND, true);
        if (type == null) {
            throw new BadInput("type", "The action type is required.");
        }
        String t = target == null ? "" : target.strip();
        Set<String> involved = type.onUser() ? incident.getUsers() : incident.getDevices();
        if (!involved.contains(t)) {
            throw new BadInput("target", "'" + t + "' is not a " + (type.onUser() ? "user" : "device") + " involved in this incident"
                    + (involved.isEmpty() ? "." : ": choose one of " + String.join(", ", involved) + "."));
        }
        incident.requireActionable();
        List<String> devices = type.onUser() ? List.of() : List.of(t);
        List<String> users = type.onUser() ? List.of(t) : List.of();
        AccessDecision run = access.decide(tenantId, Operation.RUN_ACTION, devices, users);
        Instant now = Instant.now(clock);
        ResponseAction action;
        if (run.allowed()) {
            action = ResponseAction.run(incident, type, t, detail, caller.username(), now);
            em.persist(action);
            executor.execute(action);
        } else {
            access.require(caller.username(), tenantId, Operation.RECOMMEND, devices, users);
            action = ResponseAction.recommend(incident, type, t, detail, run.reason().message(), caller.username(), now);
            em.persist(action);
            incident.awaitCustomer(now);
            tellCustomer(incident, action);
        }
        audit.record(caller.username(), tenantId, action.isRecommended() ? "action.recommended" : "action.run", null, describe(incident, action));
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
        ResponseAction action = em.find(ResponseAction.class, actionId);
        if (action == null || !action.getIncidentId().equals(incidentId)) {
            throw new org.mxdr.platform.NotFound("There is no action with the id '" + actionId + "' on this incident.");
        }
        String before = describe(incident, action);
        Instant now = Instant.now(clock);
        action.answer(completed, caller.username(), now);
        em.flush();
        if (incidents.cardsWaiting(incidentId) == 0) {
            incident.cardsAnswered(now);
        }
        audit.record(caller.username(), tenantId, completed ? "card.completed" : "card.skipped", before, describe(incident, action));
        reporting.changed(incident);
        return action;
    }

    /** Resolves a classified incident once no action is open: by the experts, or by the customer's operator or admin. */
    @RolesAllowed({Roles.EXPERT, Roles.TENANT_OPERATOR, Roles.TENANT_ADMIN})
    public Incident resolve(@TenantId String tenantId,
                            @IncidentId String incidentId) {
        Caller caller = callers.current();
        Incident incident = reach.reach(caller, tenantId, incidentId, Operation.INVESTIGATE, true);
        String before = incident.describe();
        incident.resolve(caller.username(), incidents.openActions(incidentId), Instant.now(clock));
        audit.record(caller.username(), tenantId, "incident.resolved", before, incident.describe());
        reporting.changed(incident);
        return incident;
    }

    // ---- the experts' own records: analyst notes and case tickets

    @RolesAllowed(Roles.EXPERT)
    public AnalystNote addNote(@TenantId String tenantId,
                               @IncidentId String incidentId, String body) {
        Caller caller = callers.current();
        Incident incident = reach.reach(caller, tenantId, incidentId, Operation.INVESTIGATE, false);
        AnalystNote note = AnalystNote.of(incident, caller.username(), body, Instant.now(clock));
        em.persist(note);
        return note;
    }

    @RolesAllowed(Roles.EXPERT)
    public CaseTicket openTicket(@TenantId String tenantId,
                                 @IncidentId String incidentId, String title, String body) {
        Caller caller = callers.current();
        Incident incident = reach.reach(caller, tenantId, incidentId, Operation.INVESTIGATE, false);
        CaseTicket ticket = CaseTicket.open(incident, title, body, caller.username(), Instant.now(clock));
        em.persist(ticket);
        return ticket;
    }

    @RolesAllowed(Roles.EXPERT)
    public CaseTicket closeTicket(@TenantId String tenantId,
                                  @IncidentId String incidentId,
                                  @NotNull(message = "A ticket id is required.") String ticketId) {
        Caller caller = callers.current();
        reach.reach(caller, tenantId, incidentId, Operation.INVESTIGATE, false);
        CaseTicket ticket = em.find(CaseTicket.class, ticketId);
        if (ticket == null || !incidentId.equals(ticket.getIncidentId())) {
            throw new org.mxdr.platform.NotFound("There is no ticket with the id '" + ticketId + "' on this incident.");
        }
        ticket.close(caller.username(), Instant.now(clock));
        return ticket;
    }

    private List<AnalystNote> notes(String incidentId) {
        return em.createNamedQuery(AnalystNote.OF_INCIDENT, AnalystNote.class).setParameter("incident", incidentId).getResultList();
    }

    private List<CaseTicket> tickets(String incidentId) {
        return em.createNamedQuery(CaseTicket.OF_INCIDENT, CaseTicket.class).setParameter("incident", incidentId).getResultList();
    }

    /** Section 10: the incident-notification contacts hear that an action awaits them. */
    private void tellCustomer(Incident incident, ResponseAction card) {
        List<String> to = new ArrayList<>();
        contacts.of(incident.getTenantId()).stream().filter(c -> c.isIncidentNotification()).forEach(c -> to.add(c.getEmail()));
        for (String address : to) {
            outbox.enqueue(address, "Action needed on incident: " + clip(incident.getTitle()), """
                    Hello,

                    The provider's security experts recommend an action on the incident
                    "%s" (severity %s):

                        %s on %s

                    They could not take it themselves: %s

                    Open the incident in the MXDR Console to answer: "I've completed this action"
                    or "Skip".
                    """.formatted(incident.getTitle(), incident.getSeverity(), card.getType().label(), card.getTarget(), card.getReason()));
        }
    }

    /** An action's state for the audit trail, naming its incident. */
    static String describe(Incident incident, ResponseAction action) {
        return "incident=" + incident.getExternalId() + "; " + action.describe();
    }

    private static String clip(String s) {
        return s.length() <= 200 ? s : s.substring(0, 197) + "...";
    }
}
