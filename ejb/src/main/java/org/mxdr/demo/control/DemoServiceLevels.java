package org.mxdr.demo.control;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
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

import org.mxdr.access.control.Contacts;
import org.mxdr.access.control.Grants;
import org.mxdr.access.entity.ExpertGrant;
import org.mxdr.access.entity.Permissions;
import org.mxdr.onboarding.boundary.NewSubscription;
import org.mxdr.onboarding.boundary.SubscriptionService;
import org.mxdr.onboarding.control.Subscriptions;
import org.mxdr.onboarding.entity.CreditPolicy;
import org.mxdr.onboarding.entity.Tenant;
import org.mxdr.platform.Roles;
import org.mxdr.platform.Settings;

/**
 * The demo's experts' access: Tailspin Toys subscribes (as the demo commercial executive "sales",
 * jboss-ejb3.xml), and Contoso and Tailspin grant the experts the Reader level with an incident
 * contact, so expert1's Queue spans both tenants, ordered by what is due.
 */
@Singleton
@Startup
@DependsOn("DemoSubscription")
@RunAs(Roles.COMMERCIAL_EXECUTIVE)
@PermitAll
public class DemoServiceLevels {
    static final String TAILSPIN = "Tailspin Toys";
    private static final Logger LOG = Logger.getLogger(DemoServiceLevels.class.getName());

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    SubscriptionService subscriptions;

    @Inject
    Subscriptions current;

    @Inject
    Contacts contacts;

    @Inject
    Grants grants;

    @Inject
    Clock clock;

    @PostConstruct
    void seed() {
        if (!Settings.flag("demo")) {
            return;
        }
        try {
            tenant("tailspin toys").filter(t -> !subscriptions.summary(t.getId()).isPresent()).ifPresent(t -> {
                LocalDate start = LocalDate.now(clock).withDayOfMonth(1);
                subscriptions.transact(t.getId(), new NewSubscription(start, start.plusYears(1).minusDays(1), 80, CreditPolicy.MONTHLY));
            });
            tenant("contoso ltd").ifPresent(t -> grant(t, "it-security@contoso.example"));
            tenant("tailspin toys").ifPresent(t -> grant(t, "soc@tailspin.example"));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Demo: the experts' access could not be granted", e);
        }
    }

    private Optional<Tenant> tenant(String nameKey) {
        return em.createQuery("SELECT t FROM Tenant t WHERE t.nameKey = :key", Tenant.class).setParameter("key", nameKey).getResultStream()
                .findFirst();
    }

    private void grant(Tenant tenant, String desk) {
        if (em.find(ExpertGrant.class, tenant.getId()) != null) {
            return;
        }
        contacts.add("demo", tenant.getId(), "Security desk", desk, null, true, true);
        current.current(tenant.getId()).ifPresent(s -> grants.grantOrChange("demo", tenant.getId(), Permissions.defaults(s.endsAt()), null));
        LOG.info(() -> "Demo: " + tenant.getName() + " grants the experts the Reader level.");
    }
}
