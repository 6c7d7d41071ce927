package org.mxdr.servicelevels.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.mxdr.audit.control.AuditTrail;
import org.mxdr.identity.entity.AppUser;
import org.mxdr.notify.control.Outbox;
import org.mxdr.onboarding.entity.Tenant;
import org.mxdr.platform.Settings;
import org.mxdr.response.entity.Incident;
import org.mxdr.servicelevels.entity.ClockKind;
import org.mxdr.servicelevels.entity.SlaClock;
import org.mxdr.webhooks.control.WebhookEvents;
import org.mxdr.webhooks.entity.EventType;

/**
 * Finds the incidents whose next target has passed and tells of each breach once: a mail to the
 * provider's on-call address and to the tenant's delivery manager (when one is assigned), a {@code sla.breached} webhook event and an audit record, written in
 * one transaction with the incident's note that the breach was told. The incidents are read by
 * their stored watch time (indexed) and locked, so two checks at once never tell a breach twice.
 */
@Stateless
@PermitAll
public class Breaches {
    static final int BATCH = 200;

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    WebhookEvents webhooks;

    @Inject
    AuditTrail audit;

    /** One batch in its own transaction; how many breaches it notified (0 when nothing was left to look at). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Batch notifyBatch(String actor) {
        Instant now = Instant.now(clock);
        List<Incident> due = em.createQuery("SELECT i FROM Incident i WHERE i.clocks.watchAt <= :now ORDER BY i.clocks.watchAt, i.id", Incident.class)
                .setParameter("now", now).setLockMode(LockModeType.PESSIMISTIC_WRITE).setMaxResults(BATCH).getResultList();
        List<Breach> told = new ArrayList<>();
        for (Incident incident : due) {
            List<ClockKind> breached = incident.breachesToNotify(now);
            for (ClockKind kind : breached) {
                tell(actor, incident, incident.serviceLevel().clock(kind), now);
                told.add(new Breach(incident.getSeverity().name(), kind.field()));
            }
            incident.breachesNotified(breached);
        }
        return new Batch(due.size(), told);
    }

    /** A breach told: the incident's severity and the target's field, as the meters tag it. */
    public record Breach(String severity, String target) {
    }

    /** @param looked the incidents looked at; fewer than a batch: none is left */
    public record Batch(int looked, List<Breach> told) {
        public boolean more() {
            return looked == BATCH;
        }

        public int notified() {
            return told.size();
        }
    }

    private void tell(String actor, Incident incident, SlaClock clock, Instant now) {
        Tenant tenant = em.find(Tenant.class, incident.getTenantId());
        String what = clock.kind().label().toLowerCase() + " target of " + format(clock.target()) + " for a " + incident.getSeverity().label()
                .toLowerCase() + " incident";
        String subject = "Service level breached: " + tenant.getName() + ", " + clip(incident.getTitle());
        String body = """
                The %s was breached at %s.

                Tenant:    %s
                Incident:  %s %s (%s)
                Status:    %s, taken by %s

                Open the experts' queue: %s/console/service-levels/queue.xhtml
                """.formatted(what, clock.dueAt(), tenant.getName(), incident.getKey(), incident.getTitle(), incident.getExternalId(),
                incident.getStatus().label(), incident.getTakenBy() == null ? "nobody yet" : incident.getTakenBy(), Settings.publicUrl());
        outbox.enqueue(onCall(), subject, body);
        deliveryManagerEmail(tenant).ifPresent(to -> outbox.enqueue(to, subject, body));
        webhooks.publish(incident.getTenantId(), EventType.SLA_BREACHED, Json.createObjectBuilder()
                .add("incidentId", incident.getId()).add("key", incident.getKey()).add("externalId", incident.getExternalId())
                .add("severity", incident.getSeverity().name()).add("target", clock.kind().field())
                .add("duration", clock.target().toString()).add("dueAt", clock.dueAt().toString()).add("detectedAt", now.toString()).build());
        audit.record(actor, incident.getTenantId(), "sla.breached", null, "incident=" + incident.getExternalId() + "; target="
                + clock.kind().field() + "; duration=" + clock.target() + "; dueAt=" + clock.dueAt());
    }

    /** The address of the delivery manager who looks after the tenant, when one is assigned and still is one. */
    private Optional<String> deliveryManagerEmail(Tenant tenant) {
        AppUser manager = tenant.getDeliveryManagerId() == null ? null : em.find(AppUser.class, tenant.getDeliveryManagerId());
        return manager != null && Tenant.isActiveDeliveryManager(manager) ? Optional.of(manager.getEmail()) : Optional.empty();
    }

    /** The provider's on-call address (MXDR_SLA_ONCALL_EMAIL). */
    static String onCall() {
        return Settings.get("sla.oncall.email").orElse("oncall@mxdr.example");
    }

    static String format(Duration d) {
        return d.toString().substring(2).toLowerCase().replace("h", " h ").replace("m", " min ").replace("s", " s").trim();
    }

    private static String clip(String s) {
        return s.length() <= 120 ? s : s.substring(0, 117) + "...";
    }
}
