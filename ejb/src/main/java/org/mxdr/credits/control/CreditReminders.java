package org.mxdr.credits.control;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mxdr.access.control.Contacts;
import org.mxdr.access.entity.Contact;
import org.mxdr.credits.entity.CreditGrant;
import org.mxdr.notify.control.Outbox;
import org.mxdr.onboarding.control.Tenants;
import org.mxdr.onboarding.entity.Tenant;
import org.mxdr.platform.Settings;
import org.mxdr.webhooks.control.WebhookEvents;
import org.mxdr.webhooks.entity.EventType;

/**
 * Tells each tenant's incident-notification contacts (its admin's address when it has none) once
 * about unused credits that expire within 14 days. One transaction per tenant: the reminder mail
 * and the mark that it went out commit together.
 */
@Stateless
@PermitAll
public class CreditReminders {
    public static final int DAYS_AHEAD = 14;
    private static final int TENANTS_PER_QUERY = 200;

    private static final String DUE = "FROM CreditGrant c JOIN Subscription s ON s.id = c.subscriptionId WHERE c.used < c.credits "
            + "AND c.remindedAt IS NULL AND c.expiresOn > :today AND c.expiresOn <= :horizon AND s.terminatedAt IS NULL";

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Contacts contacts;

    @Inject
    Tenants tenants;

    @Inject
    Outbox outbox;

    @Inject
    WebhookEvents webhookEvents;

    @Inject
    CreditReminders self;

    /** Sends every reminder due today; returns how many tenants were reminded. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sendDue(LocalDate today) {
        int reminded = 0;
        String after = "";
        while (true) {
            List<String> due = em.createQuery("SELECT DISTINCT c.tenantId " + DUE + " AND c.tenantId > :after ORDER BY c.tenantId", String.class)
                    .setParameter("today", today).setParameter("horizon", today.plusDays(DAYS_AHEAD)).setParameter("after", after)
                    .setMaxResults(TENANTS_PER_QUERY).getResultList();
            for (String tenantId : due) {
                reminded += self.remind(tenantId, today) ? 1 : 0;
            }
            if (due.size() < TENANTS_PER_QUERY) {
                return reminded;
            }
            after = due.get(due.size() - 1);
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean remind(String tenantId, LocalDate today) {
        Tenant tenant = tenants.locked(tenantId);
        List<CreditGrant> credits = em.createQuery("SELECT c " + DUE + " AND c.tenantId = :tenantId ORDER BY c.expiresOn", CreditGrant.class)
                .setParameter("today", today).setParameter("horizon", today.plusDays(DAYS_AHEAD)).setParameter("tenantId", tenantId)
                .getResultList();
        if (credits.isEmpty()) {
            return false;
        }
        Instant now = Instant.now(clock);
        credits.forEach(c -> c.reminded(now));
        // once per credit, as the reminder mail: the same mark keeps both from repeating
        JsonArrayBuilder expiring = Json.createArrayBuilder();
        credits.forEach(c -> expiring.add(Json.createObjectBuilder().add("creditGrantId", c.getId()).add("remaining", c.getCredits() - c.getUsed())
                .add("expiresOn", c.getExpiresOn().toString())));
        webhookEvents.publish(tenantId, EventType.CREDITS_EXPIRING, Json.createObjectBuilder().add("credits", expiring).build());
        Map<LocalDate, Integer> byDay = credits.stream().collect(Collectors.groupingBy(CreditGrant::getExpiresOn, TreeMap::new,
                Collectors.summingInt(g -> g.getCredits() - g.getUsed())));
        String lines = byDay.entrySet().stream()
                .map(e -> "  " + e.getValue() + (e.getValue() == 1 ? " credit" : " credits") + " can be used until " + e.getKey().minusDays(1)
                        + " (expiring " + e.getKey() + " 00:00 UTC)")
                .collect(Collectors.joining("\n"));
        List<String> to = contacts.of(tenantId).stream().filter(Contact::isIncidentNotification).map(Contact::getEmail).toList();
        for (String address : to.isEmpty() ? List.of(tenant.getAdminEmail()) : to) {
            outbox.enqueue(address, "Question credits of " + tenant.getName() + " expire soon", """
                    Hello,

                    %s has question credits for the MXDR experts that will expire unused:

                    %s

                    Ask the experts in the MXDR Console before then:
                    %s/console/credits/questions.xhtml

                    The ledger under Credits shows every credit with its dates.
                    The service is delivered in English.
                    """.formatted(tenant.getName(), lines, Settings.publicUrl()));
        }
        return true;
    }
}
