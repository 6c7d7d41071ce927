package org.mxdr.demo.control;

import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mxdr.onboarding.boundary.NewSubscription;
import org.mxdr.onboarding.boundary.SubscriptionService;
import org.mxdr.onboarding.entity.CreditPolicy;
import org.mxdr.onboarding.entity.Tenant;
import org.mxdr.platform.Roles;
import org.mxdr.platform.Settings;

/**
 * Gives the demo's Contoso a year's subscription, transacted by the demo commercial executive
 * "sales" (its run-as principal is set in jboss-ejb3.xml) through the real boundary, so the
 * demo shows the welcome email in the outbox and a subscription on Settings > Experts.
 */
@Singleton
@Startup
@DependsOn("DemoData")
@RunAs(Roles.COMMERCIAL_EXECUTIVE)
@PermitAll
public class DemoSubscription {
    private static final Logger LOG = Logger.getLogger(DemoSubscription.class.getName());

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    SubscriptionService subscriptions;

    @Inject
    Clock clock;

    @PostConstruct
    void seed() {
        if (!Settings.flag("demo")) {
            return;
        }
        em.createQuery("SELECT t FROM Tenant t WHERE t.nameKey = 'contoso ltd'", Tenant.class).getResultStream().findFirst()
                .filter(contoso -> !subscriptions.summary(contoso.getId()).isPresent())
                .ifPresent(this::subscribe);
    }

    private void subscribe(Tenant contoso) {
        LocalDate start = LocalDate.now(clock).withDayOfMonth(1);
        try {
            subscriptions.transact(contoso.getId(), new NewSubscription(start, start.plusYears(1).minusDays(1), 250, CreditPolicy.MONTHLY));
            LOG.info(() -> "Demo: Contoso Ltd subscribed from " + start + "; the welcome email is in the outbox.");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Demo: Contoso's subscription could not be created", e);
        }
    }
}
