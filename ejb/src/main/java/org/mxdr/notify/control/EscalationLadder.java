package org.mxdr.notify.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.mxdr.access.entity.Contact;
import org.mxdr.audit.control.AuditTrail;
import org.mxdr.notify.entity.Escalation;
import org.mxdr.notify.entity.EscalationStep;
import org.mxdr.onboarding.entity.Tenant;
import org.mxdr.platform.NotFound;
import org.mxdr.response.entity.Incident;

/**
 * Runs the escalation ladders: every run due is locked, so of two nodes (or a timer and a test)
 * only one escalates it; the next contact is told in the same transaction as the step is written.
 */
@Stateless
@PermitAll
public class EscalationLadder {
    /** At most this many runs per tick; the next tick takes the rest. */
    static final int BATCH = 100;

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

    /** A run and its steps, for the incident page. */
    public record Run(Escalation escalation, List<EscalationStep> steps) {
    }

    /** Escalates every run due as of the clock; returns how many contacts were told. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public int escalateDue() {
        Instant now = Instant.now(clock);
        List<Escalation> due = em.createNamedQuery(Escalation.DUE, Escalation.class).setParameter("now", now)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setMaxResults(BATCH).getResultList();
        int told = 0;
        for (Escalation run : due) {
            em.refresh(run);
            if (run.isDue(now)) {
                told += escalate(run, now) ? 1 : 0;
            }
        }
        return told;
    }

    private boolean escalate(Escalation run, Instant now) {
        List<EscalationStep> steps = steps(run.getIncidentId());
        Set<String> wereInCharge = steps.stream().filter(EscalationStep::isInCharge).map(EscalationStep::getContactEmail)
                .collect(Collectors.toSet());
        List<Contact> ladder = em.createNamedQuery(Contact.LADDER, Contact.class).setParameter("tenantId", run.getTenantId())
                .setMaxResults(Contact.MAX_PER_TENANT).getResultList();
        Optional<Contact> next = Escalation.next(ladder, run.getCurrentOrder(), wereInCharge, now);
        Incident incident = em.find(Incident.class, run.getIncidentId());
        if (next.isEmpty() || !incident.isOpen()) {
            run.exhausted();
            audit.record(IncidentNotifications.SYSTEM, run.getTenantId(), "incident.escalation-ended", null, "externalId="
                    + incident.getExternalId() + "; " + (incident.isOpen() ? "no contact left to tell" : "the incident is closed"));
            return false;
        }
        Contact contact = next.get();
        int minutes = preferences.of(run.getTenantId()).getEscalationMinutes();
        String inCharge = steps.stream().filter(EscalationStep::isInCharge).map(EscalationStep::getContactName)
                .reduce((first, last) -> last).orElse("the previous contact");
        // the next in order within working hours is chosen, so anyone between was outside them; a 24x7 contact
        // earlier in order is reached only when everyone after the one in charge was
        int chosen = Escalation.order(contact);
        boolean skipped = chosen <= run.getCurrentOrder() || ladder.stream().map(Escalation::order)
                .anyMatch(o -> o > run.getCurrentOrder() && o < chosen);
        String reason = inCharge + " did not acknowledge within " + minutes + " min" + (skipped ? "; contacts outside their working hours skipped" : "");
        run.escalatedTo(contact, now, Duration.ofMinutes(minutes));
        EscalationStep step = EscalationStep.told(run, contact, true, "escalated: " + reason, now);
        em.persist(step);
        Tenant tenant = em.find(Tenant.class, run.getTenantId());
        String why = "Nobody acknowledged this incident within " + minutes + " minutes; " + inCharge
                + " was in charge. You are next on your organisation's escalation ladder"
                + (skipped ? " (contacts outside their working hours were skipped)." : ".");
        outbox.enqueue(contact.getEmail(), IncidentMails.subject(tenant, incident, true),
                IncidentMails.body(tenant, incident, contact, IncidentMails.acknowledgeUrl(step), minutes, why));
        audit.record(IncidentNotifications.SYSTEM, run.getTenantId(), "incident.escalated", inCharge, contact.getName() + " <"
                + contact.getEmail() + ">; externalId=" + incident.getExternalId() + "; " + reason);
        return true;
    }

    /** The step a link names, verified by its signature; anything else is not known. */
    public EscalationStep step(String token) {
        String id = EscalationStep.stepId(token == null ? null : token.strip());
        EscalationStep step = id == null ? null : em.find(EscalationStep.class, id);
        if (step == null || !step.signs(token)) {
            throw new NotFound("This acknowledge link is not known. Use the link from the most recent mail about the incident.");
        }
        return step;
    }

    /** The run of the step's incident. */
    public Escalation runOf(EscalationStep step, boolean lock) {
        return em.find(Escalation.class, step.getIncidentId(), lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE);
    }

    /** Stops the ladder for the link's contact; the run is locked, so of two answers one wins and the other is a conflict. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Escalation acknowledge(String token) {
        EscalationStep step = step(token);
        Escalation run = runOf(step, true);
        run.acknowledge(step.getContactName() + " <" + step.getContactEmail() + ">", Instant.now(clock));
        Incident incident = em.find(Incident.class, step.getIncidentId());
        audit.record(step.getContactEmail(), step.getTenantId(), "incident.acknowledged", null, "externalId=" + incident.getExternalId()
                + "; by " + step.getContactName() + " through the link in the mail; the escalation ladder stopped");
        return run;
    }

    /** Stops the incident's ladder for a tenant user in the console; as with the link, one acknowledgement wins. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Escalation acknowledgeInConsole(Incident incident, String username) {
        Escalation run = em.find(Escalation.class, incident.getId(), LockModeType.PESSIMISTIC_WRITE);
        if (run == null) {
            throw new NotFound("This incident has no escalation ladder to acknowledge: only high-severity notifications have one.");
        }
        run.acknowledge(username + " (in the console)", Instant.now(clock));
        audit.record(username, incident.getTenantId(), "incident.acknowledged", null, "externalId=" + incident.getExternalId()
                + "; in the console; the escalation ladder stopped");
        return run;
    }

    /** The ladder's run of an incident, if it has one. */
    public Optional<Run> of(String incidentId) {
        Escalation run = em.find(Escalation.class, incidentId);
        return run == null ? Optional.empty() : Optional.of(new Run(run, steps(incidentId)));
    }

    private List<EscalationStep> steps(String incidentId) {
        return em.createNamedQuery(EscalationStep.OF_INCIDENT, EscalationStep.class).setParameter("incidentId", incidentId).getResultList();
    }
}
