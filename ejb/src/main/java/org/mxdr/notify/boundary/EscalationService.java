package org.mxdr.notify.boundary;

import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.mxdr.access.entity.Operation;
import org.mxdr.notify.control.EscalationLadder;
import org.mxdr.platform.Callers;
import org.mxdr.platform.IncidentId;
import org.mxdr.platform.Roles;
import org.mxdr.platform.TenantId;
import org.mxdr.response.control.IncidentReach;

/** The escalation ladder's run of an incident, for whoever may see the incident. */
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
}
