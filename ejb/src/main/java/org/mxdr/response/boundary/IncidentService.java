package org.mxdr.response.boundary;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.mxdr.access.entity.Operation;
import org.mxdr.audit.control.AuditTrail;
import org.mxdr.platform.Caller;
import org.mxdr.platform.Callers;
import org.mxdr.platform.IncidentId;
import org.mxdr.platform.Role;
import org.mxdr.platform.Roles;
import org.mxdr.platform.TenantId;
import org.mxdr.reports.control.ReportingOutbox;
import org.mxdr.response.control.ExpertRecords;
import org.mxdr.response.control.IncidentReach;
import org.mxdr.response.control.Incidents;
import org.mxdr.response.control.ResponseEvents;
import org.mxdr.response.entity.Classification;
import org.mxdr.response.entity.Incident;

/**
 * The flow of one incident: read, taken, classified, resolved, reopened. Tenant users reach their
 * own tenant's incidents; experts only through the tenant's live grant, as the access control
 * decides for each call on the incident's devices and users. Every expert view and change is audited.
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
    IncidentReach reach;

    @Inject
    ExpertRecords records;

    @Inject
    AuditTrail audit;

    @Inject
    ReportingOutbox reporting;

    @Inject
    ResponseEvents events;

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
}
