package org.mxdr.notify.boundary;

import java.time.Instant;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mxdr.notify.control.EscalationLadder;
import org.mxdr.notify.entity.Escalation;
import org.mxdr.notify.entity.EscalationStep;
import org.mxdr.onboarding.entity.Tenant;
import org.mxdr.response.entity.Incident;

/**
 * The public side of the acknowledge link in a high-severity notification: the signed link is the
 * only credential, so looking at it says no more than the mail did, and only a confirmation
 * (never the GET that opens the page) acknowledges, once.
 */
@Stateless
@PermitAll
public class AcknowledgementService {
    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    EscalationLadder ladder;

    /** What the link's page shows before asking to confirm. */
    public record LinkInfo(String tenantName, String incidentTitle, String severity, String contactName, Escalation.State state,
                           String acknowledgedBy, Instant acknowledgedAt) {
        public boolean acknowledged() {
            return state == Escalation.State.ACKNOWLEDGED;
        }
    }

    public LinkInfo inspect(String token) {
        EscalationStep step = ladder.step(token);
        return info(step, ladder.runOf(step, false));
    }

    public LinkInfo acknowledge(String token) {
        Escalation run = ladder.acknowledge(token);
        return info(ladder.step(token), run);
    }

    private LinkInfo info(EscalationStep step, Escalation run) {
        Incident incident = em.find(Incident.class, step.getIncidentId());
        Tenant tenant = em.find(Tenant.class, step.getTenantId());
        return new LinkInfo(tenant.getName(), incident.getTitle(), incident.getSeverity().label(), step.getContactName(), run.getState(),
                run.getAcknowledgedBy(), run.getAcknowledgedAt());
    }
}
