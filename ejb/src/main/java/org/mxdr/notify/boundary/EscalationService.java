package org.mxdr.notify.boundary;

import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.mxdr.access.entity.Operation;
import org.mxdr.notify.control.EscalationLadder;
import org.mxdr.notify.entity.Escalation;
import org.mxdr.platform.Caller;
import org.mxdr.platform.Callers;
import org.mxdr.platform.IncidentId;
import org.mxdr.platform.Roles;
import org.mxdr.platform.TenantId;
import org.mxdr.response.control.IncidentReach;
import org.mxdr.response.entity.Incident;

/** The escalation ladder's run of an incident, for whoever may see the incident; its operators and admins acknowledge it. */
@Stateless
@RolesAllowed({Roles.EXPERT, Roles.TENANT_ADMIN, Roles.TENANT_OPERATOR, Roles.TENANT_READER})
public class EscalationService {
    @Inject
    Callers callers;

    @Inject
    IncidentReach reach;

    @Inject
    EscalationLadder ladder;

    public Optional<EscalationLadder.Run> ofIncident(@TenantId String tenantId, @IncidentId String incidentId) {
        reach.reach(callers.current(), tenantId, incidentId, Operation.INVESTIGATE, false);
        return ladder.of(incidentId);
    }

    /** The tenant's operator or admin acknowledges the incident in the console: the ladder stops. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.TENANT_OPERATOR})
    public Escalation acknowledge(@TenantId String tenantId, @IncidentId String incidentId) {
        Caller caller = callers.current();
        Incident incident = reach.reach(caller, tenantId, incidentId, Operation.INVESTIGATE, true);
        return ladder.acknowledgeInConsole(incident, caller.username());
    }
}
