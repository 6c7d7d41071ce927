package org.mxdr.notify.view;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mxdr.notify.boundary.EscalationService;
import org.mxdr.notify.control.EscalationLadder;

/** The escalation ladder's run shown on the incident page, read once per request. */
@Named
@RequestScoped
public class IncidentEscalation {
    @Inject
    EscalationService escalations;

    private Optional<EscalationLadder.Run> run;

    public EscalationLadder.Run of(String tenantId, String incidentId) {
        if (run == null) {
            run = escalations.ofIncident(tenantId, incidentId);
        }
        return run.orElse(null);
    }
}
