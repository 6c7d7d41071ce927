package org.mxdr.onboarding.control;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mxdr.onboarding.entity.Subscription;

/** Finds a tenant's subscriptions for boundaries that checked the caller's rights already. */
@Stateless
@PermitAll
public class Subscriptions {

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    Clock clock;

    /** The tenant's most recent subscription, whatever its state. */
    public Optional<Subscription> latest(String tenantId) {
        return em.createNamedQuery(Subscription.OF_TENANT, Subscription.class).setParameter("tenantId", tenantId)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** The subscription that is active or scheduled today, if any. */
    public Optional<Subscription> current(String tenantId) {
        LocalDate today = LocalDate.now(clock);
        return latest(tenantId).filter(s -> s.isCurrentOn(today));
    }
}
