package org.mxdr.response.boundary;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.mxdr.audit.control.AuditTrail;
import org.mxdr.notify.control.IncidentNotifications;
import org.mxdr.onboarding.control.Tenants;
import org.mxdr.platform.Caller;
import org.mxdr.platform.Callers;
import org.mxdr.platform.NotFound;
import org.mxdr.platform.PageRequest;
import org.mxdr.platform.Roles;
import org.mxdr.platform.TenantId;
import org.mxdr.reports.control.ReportingOutbox;
import org.mxdr.response.control.Incidents;
import org.mxdr.response.control.ResponseActions;
import org.mxdr.response.control.ResponseEvents;
import org.mxdr.response.entity.Incident;
import org.mxdr.response.entity.PlatformCommand;
import org.mxdr.response.entity.ResponseAction;
import org.mxdr.response.entity.Severity;
import org.mxdr.servicelevels.control.ServiceLevelPolicies;

/**
 * The detection platform's side: it reports incidents (idempotent by external id), picks up the
 * commands of the actions the experts run, and reports each one's outcome.
 */
@Stateless
@RolesAllowed(Roles.PLATFORM)
public class PlatformService {
    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    @Inject
    Tenants tenants;

    @Inject
    Incidents incidents;

    @Inject
    AuditTrail audit;

    @Inject
    ReportingOutbox reporting;

    @Inject
    IncidentNotifications notifications;

    @Inject
    ServiceLevelPolicies serviceLevels;

    @Inject
    ResponseEvents events;

    /**
     * Creates the incident, or, when its external id is known, applies what the platform changed.
     * Intake of one tenant is serialised on its row, so a repeat never creates a second incident.
     */
    public Intake report(@TenantId String tenantId,
                         @NotNull(message = "The incident is required.") Incident.Report report) {
        Caller caller = callers.requireTenant(tenantId, "report incident");
        tenants.locked(tenantId);
        boolean inGroup = incidents.checkAssets(tenantId, report.devices(), report.users());
        Instant now = Instant.now(clock);
        Incident known = report.externalId() == null ? null : incidents.byExternalId(tenantId, report.externalId().strip());
        if (known != null) {
            String before = known.reported();
            Severity severity = known.getSeverity();
            boolean changed = known.update(report, inGroup, now);
            if (known.getSeverity() != severity) {
                known.holdTo(serviceLevels.forIncident(tenantId, known.getSeverity()));
            }
            if (changed) {
                audit.record(caller.username(), tenantId, "incident.updated", before, known.reported());
                reporting.changed(known);
                events.updated(known);
            }
            return new Intake(known, false, changed);
        }
        Incident incident = Incident.report(tenantId, incidents.nextNumber(tenantId), report, inGroup, now);
        incident.holdTo(serviceLevels.forIncident(tenantId, incident.getSeverity()));
        em.persist(incident);
        audit.record(caller.username(), tenantId, "incident.reported", null, incident.getKey() + "; externalId=" + incident.getExternalId() + "; title="
                + incident.getTitle() + "; severity=" + incident.getSeverity());
        reporting.changed(incident);
        notifications.reported(incident);
        events.created(incident);
        return new Intake(incident, true, false);
    }

    /**
     * The commands not yet reported on and not leased to another worker, oldest first; each is
     * leased to this caller. The rows are locked, so concurrent pick-ups hand out each command once.
     */
    public List<PlatformCommand> pendingCommands(@Min(value = 1, message = "Ask for at least one command.")
                                                 @Max(value = PageRequest.MAX_PAGE, message = "At most 200 commands at once.") int max) {
        Instant now = Instant.now(clock);
        List<PlatformCommand> pending = em.createNamedQuery(PlatformCommand.PENDING, PlatformCommand.class)
                .setParameter("leaseEnded", now.minus(PlatformCommand.LEASE)).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setMaxResults(max).getResultList();
        pending.forEach(c -> c.pickedUp(now));
        return pending;
    }

    /** The outcome of a command: completes or fails its action. */
    public ResponseAction reportOutcome(@NotNull(message = "A command id is required.") String commandId, boolean succeeded, String result) {
        Caller caller = callers.current();
        PlatformCommand command = em.find(PlatformCommand.class, commandId, LockModeType.PESSIMISTIC_WRITE);
        if (command == null) {
            throw new NotFound("There is no command with the id '" + commandId + "'.");
        }
        Instant now = Instant.now(clock);
        command.reported(succeeded, now);
        ResponseAction action = em.find(ResponseAction.class, command.getActionId(), LockModeType.PESSIMISTIC_WRITE);
        Incident incident = em.find(Incident.class, action.getIncidentId());
        String before = ResponseActions.describe(incident, action);
        action.reported(succeeded, result, now);
        audit.record(caller.username(), action.getTenantId(), "action.reported", before, ResponseActions.describe(incident, action));
        reporting.changed(incident);
        events.answered(incident, action);
        return action;
    }
}
