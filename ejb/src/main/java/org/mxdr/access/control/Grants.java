package org.mxdr.access.control;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mxdr.access.boundary.GrantState;
import org.mxdr.access.boundary.GrantStatus;
import org.mxdr.access.entity.Contact;
import org.mxdr.access.entity.ExpertGrant;
import org.mxdr.access.entity.Permissions;
import org.mxdr.audit.control.AuditTrail;
import org.mxdr.onboarding.control.Subscriptions;
import org.mxdr.onboarding.control.Tenants;
import org.mxdr.onboarding.entity.Subscription;
import org.mxdr.onboarding.entity.SubscriptionStatus;
import org.mxdr.platform.Conflict;
import org.mxdr.platform.Edits;
import org.mxdr.webhooks.control.WebhookEvents;
import org.mxdr.webhooks.entity.EventType;

/**
 * Gives, changes and revokes a tenant's grant, auditing each change in the same transaction.
 * Changes of one tenant are serialised by locking its tenant row, so the version comparison is
 * exact and two first grants cannot both be created. Callers are boundaries that checked rights.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Grants {
    private static final String EXPIRED = "EXPIRED";

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Subscriptions subscriptions;

    @Inject
    AuditTrail audit;

    @Inject
    Tenants tenants;

    @Inject
    AccessCache accessCache;

    @Inject
    WebhookEvents webhookEvents;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public GrantState state(String tenantId) {
        tenants.find(tenantId);
        return state(em.find(ExpertGrant.class, tenantId), subscriptions.current(tenantId));
    }

    /**
     * Grants the permissions where no grant is live (never granted, revoked, expired, or given for
     * an earlier subscription), or changes the live grant when {@code expectedVersion} is the
     * version read.
     */
    public GrantState grantOrChange(String actor, String tenantId, Permissions wanted, Long expectedVersion) {
        tenants.locked(tenantId);
        accessCache.changed(tenantId);
        Subscription subscription = currentSubscription(tenantId);
        Instant now = Instant.now(clock);
        Permissions checked = wanted.checked(now, subscription.endsAt());
        ExpertGrant grant = em.find(ExpertGrant.class, tenantId);
        GrantState before = state(grant, Optional.of(subscription));
        if (grant != null && before.isLive()) {
            Edits.requireUnchanged(grant.getVersion(), expectedVersion, before.lastChange());
            String was = grant.describe();
            grant.change(checked, actor, now);
            audit.record(actor, tenantId, "permissions.changed", was, grant.describe());
            published(grant, "CHANGED");
        } else {
            if (grant != null && expectedVersion != null) {
                // a version read while revoked or expired must still be the latest: someone may have granted anew
                Edits.requireUnchanged(grant.getVersion(), expectedVersion, before.lastChange());
            }
            requireIncidentContact(tenantId);
            String was = grant == null ? null : grant.describe();
            if (grant == null) {
                grant = ExpertGrant.grant(tenantId, subscription.getId(), checked, actor, now);
                em.persist(grant);
            } else {
                grant.regrant(subscription.getId(), checked, actor, now);
            }
            audit.record(actor, tenantId, "permissions.granted", was, grant.describe());
            published(grant, "GRANTED");
        }
        Edits.flushed(em, grant);
        return state(grant, Optional.of(subscription));
    }

    /** Revokes at once; the very next expert call is denied. */
    public GrantState revoke(String actor, String tenantId) {
        tenants.locked(tenantId);
        accessCache.changed(tenantId);
        ExpertGrant grant = em.find(ExpertGrant.class, tenantId);
        Optional<Subscription> current = subscriptions.current(tenantId);
        if (grant == null || !state(grant, current).isLive()) {
            throw new Conflict("The experts have no live access to " + tenantName(tenantId) + " to revoke.");
        }
        String was = grant.describe();
        grant.revoke(actor, Instant.now(clock));
        audit.record(actor, tenantId, "permissions.revoked", was, grant.describe());
        published(grant, "REVOKED");
        Edits.flushed(em, grant);
        return state(grant, current);
    }

    /** Tells the tenant's systems (grant.changed, change EXPIRED) that the grant ran out by time: the experts have no access now. */
    public void expired(ExpertGrant grant) {
        published(grant, EXPIRED);
    }

    /** Tells the tenant's systems (grant.changed) what the experts may now do. */
    private void published(ExpertGrant grant, String change) {
        JsonObjectBuilder data = Json.createObjectBuilder().add("change", change)
                .add("serviceProviderAccess", grant.isServiceProviderAccess() && grant.getRevokedAt() == null && !EXPIRED.equals(change))
                .add("investigateAndGuide", grant.isInvestigateAndGuide()).add("respondDirectly", grant.isRespondDirectly())
                .add("allDevices", grant.isAllDevices());
        if (grant.getExpiresAt() != null) {
            data.add("expiresAt", grant.getExpiresAt().toString());
        }
        webhookEvents.publish(grant.getTenantId(), EventType.GRANT_CHANGED, data.build());
    }

    /** Refuses to give access while nobody would hear about incidents. */
    public void requireIncidentContact(String tenantId) {
        long contacts = em.createNamedQuery(Contact.COUNT_INCIDENT, Long.class).setParameter("tenantId", tenantId).getSingleResult();
        if (contacts == 0) {
            throw new Conflict("contacts", "Add at least one contact for incident notification first: the experts need someone to tell about incidents.");
        }
    }

    private GrantState state(ExpertGrant grant, Optional<Subscription> current) {
        Instant end = current.map(Subscription::endsAt).orElse(null);
        if (current.isEmpty()) {
            return grant == null ? GrantState.none(GrantStatus.NO_SUBSCRIPTION, null) : GrantState.of(grant, GrantStatus.NO_SUBSCRIPTION, null);
        }
        if (grant == null) {
            return GrantState.none(GrantStatus.NOT_GRANTED, end);
        }
        if (!grant.getSubscriptionId().equals(current.get().getId())) {
            // given for an earlier subscription: the new one starts from the defaults
            GrantState none = GrantState.none(GrantStatus.NOT_GRANTED, end);
            return new GrantState(none.permissions(), none.status(), grant.getVersion(), end, null, null, null, null, null, null);
        }
        Instant now = Instant.now(clock);
        GrantStatus status;
        if (grant.getRevokedAt() != null) {
            status = GrantStatus.REVOKED;
        } else if (!now.isBefore(grant.getExpiresAt())) {
            status = GrantStatus.EXPIRED;
        } else if (current.get().statusOn(LocalDate.now(clock)) == SubscriptionStatus.SCHEDULED) {
            status = GrantStatus.SCHEDULED;
        } else {
            status = grant.permissions().levels().isEmpty() ? GrantStatus.SERVICE_ACCESS_ONLY : GrantStatus.ACTIVE;
        }
        return GrantState.of(grant, status, end);
    }

    private Subscription currentSubscription(String tenantId) {
        return subscriptions.current(tenantId).orElseThrow(() -> new Conflict(tenantName(tenantId)
                + " has no active subscription: the experts' access can only be granted under one."));
    }

    private String tenantName(String tenantId) {
        return tenants.find(tenantId).getName();
    }
}
