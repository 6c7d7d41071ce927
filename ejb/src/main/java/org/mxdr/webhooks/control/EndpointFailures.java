package org.mxdr.webhooks.control;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.mxdr.audit.control.AuditTrail;
import org.mxdr.notify.control.Outbox;
import org.mxdr.onboarding.control.Tenants;
import org.mxdr.onboarding.entity.Tenant;
import org.mxdr.platform.Role;
import org.mxdr.platform.Settings;
import org.mxdr.webhooks.entity.WebhookEndpoint;

/**
 * An endpoint's run of failures: a success ends it; 24 hours of it disable the endpoint, which is
 * audited and told to the tenant's admins by email in the same transaction. The endpoint row is
 * locked only when its failure record changes, so the deliveries that succeed never wait.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class EndpointFailures {
    static final String SYSTEM = "webhook-sender";

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    Tenants tenants;

    public void succeeded(String endpointId) {
        WebhookEndpoint endpoint = em.find(WebhookEndpoint.class, endpointId);
        if (endpoint != null && endpoint.getFailingSince() != null) {
            em.refresh(endpoint, LockModeType.PESSIMISTIC_WRITE);
            endpoint.succeeded();
        }
    }

    public void failed(String endpointId, Instant now) {
        WebhookEndpoint endpoint = em.find(WebhookEndpoint.class, endpointId, LockModeType.PESSIMISTIC_WRITE);
        if (endpoint == null || !endpoint.failed(now)) {
            return;
        }
        audit.record(SYSTEM, endpoint.getTenantId(), "webhook.disabled", null, endpoint.describe() + "; " + endpoint.getDisabledReason());
        Tenant tenant = tenants.find(endpoint.getTenantId());
        for (String to : admins(tenant)) {
            outbox.enqueue(to, "Webhook endpoint of " + tenant.getName() + " disabled after 24 hours of failures", """
                    Hello,

                    every delivery to the webhook endpoint
                      %s
                    of %s has failed since %s, so it has been disabled and gets no new events.

                    Check that the receiver is reachable and answers 2xx, then enable it again
                    under Settings > Webhooks in the MXDR Console:
                    %s/console/webhooks/endpoints.xhtml

                    Each delivery there shows its attempts with the receiver's status codes, and can be
                    sent again once the receiver works.
                    """.formatted(endpoint.getUrl(), tenant.getName(), endpoint.getFailingSince(), Settings.publicUrl()));
        }
    }

    /** The tenant's admins' addresses; the tenant's own admin address when it has no admin user. */
    private Set<String> admins(Tenant tenant) {
        Set<String> to = new LinkedHashSet<>(em.createQuery("SELECT u.email FROM AppUser u WHERE u.tenantId = :tenantId AND u.role = :role"
                + " AND u.enabled = TRUE ORDER BY u.username", String.class).setParameter("tenantId", tenant.getId())
                .setParameter("role", Role.TENANT_ADMIN).getResultList());
        to.removeIf(e -> e == null || e.isBlank());
        if (to.isEmpty()) {
            to.add(tenant.getAdminEmail());
        }
        return to;
    }
}
