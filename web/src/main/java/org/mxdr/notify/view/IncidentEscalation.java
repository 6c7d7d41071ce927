package org.mxdr.notify.view;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mxdr.notify.boundary.EscalationService;
import org.mxdr.notify.control.EscalationLadder;
import org.mxdr.platform.Conflict;
import org.mxdr.platform.NotFound;
import org.mxdr.platform.view.FieldMessages;

/** The escalation ladder's run shown on the incident page, read once per request, and its acknowledgement in the console. */
@Named
@RequestScoped
public class IncidentEscalation {
    @Inject
    EscalationService escalations;

    private Optional<EscalationLadder.Run> run;

    /** Acknowledges in the console; a refusal (acknowledged meanwhile) is shown on the page. */
    public void acknowledge(String tenantId, String incidentId) {
        try {
            escalations.acknowledge(tenantId, incidentId);
            FieldMessages.info("The incident is acknowledged; the escalation ladder stopped.");
        } catch (Conflict | NotFound refused) {
            FieldMessages.show("escalationForm", refused);
        }
        run = null;
    }

    public EscalationLadder.Run of(String tenantId, String incidentId) {
        if (run == null) {
            run = escalations.ofIncident(tenantId, incidentId);
        }
        return run.orElse(null);
    }
}
