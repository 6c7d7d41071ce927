package org.mxdr.notify.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mxdr.access.entity.Contact;
import org.mxdr.audit.control.AuditTrail;
import org.mxdr.notify.entity.Escalation;
import org.mxdr.notify.entity.EscalationStep;
import org.mxdr.notify.entity.NotificationSettings;
import org.mxdr.onboarding.entity.Tenant;
import org.mxdr.response.entity.Incident;
import org.mxdr.response.entity.Severity;

/**
 * Tells a tenant's incident-notification contacts of a new incident of a severity the tenant
 * chose: one mail each, through the outbox, in the intake's transaction (intake calls this only
 * when it created the incident, so a re-sent incident tells nobody again). A high-severity
 * incident starts the escalation ladder, and each of its mails carries an acknowledge link.
 */
@Stateless
@PermitAll
public class IncidentNotifications {
    static final String SYSTEM = "system";

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    NotificationPreferences preferences;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    /** Returns how many contacts were told. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public int reported(Incident incident) {
        NotificationSettings settings = preferences.of(incident.getTenantId());
        if (!settings.notifiesOf(incident.getSeverity())) {
            return 0;
        }
        List<Contact> ladder = em.createNamedQuery(Contact.LADDER, Contact.class).setParameter("tenantId", incident.getTenantId())
                .setMaxResults(Contact.MAX_PER_TENANT).getResultList();
        if (ladder.isEmpty()) {
            return 0;
        }
        Tenant tenant = em.find(Tenant.class, incident.getTenantId());
        Instant now = Instant.now(clock);
        Escalation run = null;
        if (incident.getSeverity() == Severity.HIGH) {
            run = Escalation.firstInCharge(ladder, now)
                    .map(first -> Escalation.start(incident.getId(), incident.getTenantId(), first, now,
                            Duration.ofMinutes(settings.getEscalationMinutes())))
                    .orElse(null);
        }
        if (run != null) {
            em.persist(run);
        }
        for (Contact contact : ladder) {
            String link = null;
            if (run != null) {
                boolean inCharge = run.getCurrentOrder() == Escalation.order(contact);
                EscalationStep step = EscalationStep.told(run, contact, inCharge, inCharge ? "told at intake; first in charge" : "told at intake", now);
                em.persist(step);
                link = IncidentMails.acknowledgeUrl(step);
            }
            outbox.enqueue(contact.getEmail(), IncidentMails.subject(tenant, incident, false),
                    IncidentMails.body(tenant, incident, contact, link, run == null ? null : settings.getEscalationMinutes(), null));
        }
        audit.record(SYSTEM, incident.getTenantId(), "incident.notified", null, "externalId=" + incident.getExternalId() + "; severity="
                + incident.getSeverity() + "; contacts=" + ladder.size() + (run == null ? "" : "; escalation ladder started"));
        return ladder.size();
    }
}
