package org.mxdr.credits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mxdr.access.boundary.ContactService;
import org.mxdr.access.boundary.PermissionChange;
import org.mxdr.access.boundary.PermissionService;
import org.mxdr.credits.boundary.CreditService;
import org.mxdr.credits.control.Ledgers;
import org.mxdr.eligibility.boundary.InventoryService;
import org.mxdr.identity.boundary.NewUser;
import org.mxdr.identity.boundary.UserService;
import org.mxdr.onboarding.boundary.NewSubscription;
import org.mxdr.onboarding.boundary.NewTenant;
import org.mxdr.onboarding.boundary.SubscriptionService;
import org.mxdr.onboarding.boundary.TenantService;
import org.mxdr.onboarding.entity.Cloud;
import org.mxdr.onboarding.entity.CreditPolicy;
import org.mxdr.onboarding.entity.Region;
import org.mxdr.platform.Role;
import org.mxdr.testing.As;
import org.mxdr.testing.EligibleInventory;
import org.mxdr.testing.Fixtures;
import org.mxdr.testing.TestClock;

/**
 * In-container set-up of the credit tests through the real boundaries: subscribed tenants with
 * their users, the experts' grant, and the checks every credit test makes of the ledger.
 */
@Dependent
public class CreditWorld {

    /** A subscribed tenant and its subscription. */
    public record Subscribed(String tenantId, String subscriptionId) {
    }

    @Inject
    TenantService tenants;

    @Inject
    InventoryService inventories;

    @Inject
    UserService users;

    @Inject
    SubscriptionService subscriptions;

    @Inject
    ContactService contacts;

    @Inject
    PermissionService permissions;

    @Inject
    CreditService credits;

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    private String sales;
    private Instant fixedAt;
    private int realTimeDepth;

    /**
     * Fixes the server's clock for the test. What this class creates (tenants, users, subscriptions)
     * is still created at the real time: lists sorted by creation (tenants, users) must not keep
     * future rows at their top for the other tests.
     */
    public void clockAt(Instant at) {
        fixedAt = at;
        TestClock.fixAt(at);
    }

    private <T> T inRealTime(Callable<T> work) throws Exception {
        TestClock.reset();
        realTimeDepth++;
        try {
            return work.call();
        } finally {
            if (--realTimeDepth == 0 && fixedAt != null) {
                TestClock.fixAt(fixedAt);
            }
        }
    }

    /** A commercial-cloud tenant meeting the prerequisites, subscribed as the clock stands. */
    public Subscribed subscribed(String label, LocalDate termStart, LocalDate termEnd, CreditPolicy policy) throws Exception {
        return subscribed(1, label, termStart, termEnd, policy).get(0);
    }

    /** n such tenants: one sign-in for the tenants, one for the subscriptions (each sign-in checks a bcrypt hash). */
    public List<Subscribed> subscribed(int n, String label, LocalDate termStart, LocalDate termEnd, CreditPolicy policy) throws Exception {
        return inRealTime(() -> subscribedNow(n, label, termStart, termEnd, policy));
    }

    private List<Subscribed> subscribedNow(int n, String label, LocalDate termStart, LocalDate termEnd, CreditPolicy policy) throws Exception {
        String u = Fixtures.unique();
        List<String> tenantIds = asAdmin(() -> {
            List<String> ids = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                String id = tenants.create(new NewTenant("Credits " + label + " " + i + " " + u, Cloud.COMMERCIAL, Region.EU,
                        "admin@c" + i + "-" + u + ".example")).getId();
                inventories.replace(id, EligibleInventory.minimal());
                ids.add(id);
            }
            return ids;
        });
        return As.user(sales(), Fixtures.PASSWORD, () -> tenantIds.stream()
                .map(t -> new Subscribed(t, subscriptions.transact(t, new NewSubscription(termStart, termEnd, 10, policy)).getId())).toList());
    }

    public String user(String name, Role role, String tenantId) throws Exception {
        inRealTime(() -> asAdmin(() -> users.create(new NewUser(name, Fixtures.PASSWORD, name + "@example.org", role, tenantId))));
        return name;
    }

    /** The tenant's admin (made here) adds an incident contact and grants the experts Reader-level access. */
    public String grantExperts(Subscribed s, String contactEmail) throws Exception {
        String admin = user("cadm-" + Fixtures.unique(), Role.TENANT_ADMIN, s.tenantId());
        As.run(admin, Fixtures.PASSWORD, () -> {
            contacts.add(s.tenantId(), "Security operations", contactEmail, null, true, false);
            permissions.put(s.tenantId(), new PermissionChange(true, true, false, true, null, null));
        });
        return admin;
    }

    public void terminate(Subscribed s) throws Exception {
        As.run(sales(), Fixtures.PASSWORD, () -> subscriptions.terminate(s.tenantId()));
    }

    /** The ledger as the provider admin reads it, checked to add up. */
    public Ledgers.Ledger ledger(Subscribed s) throws Exception {
        return checked(asAdmin(() -> credits.ledger(s.tenantId())));
    }

    /** The ledger as the user reads it, checked to add up. */
    public Ledgers.Ledger ledger(Subscribed s, String user) throws Exception {
        return checked(As.user(user, Fixtures.PASSWORD, () -> credits.ledger(s.tenantId())));
    }

    private static Ledgers.Ledger checked(Ledgers.Ledger l) {
        var t = l.totals();
        assertTrue(t.addsUp(), "assigned = used + expired + remaining: " + t);
        assertEquals(t.assigned(), l.entries().size(), "one line per credit assigned");
        return l;
    }

    /** How many grants the subscription holds for the period; never more than one. */
    public long grants(String subscriptionId, String period) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM credit_grant WHERE subscription_id = ?1 AND period = ?2")
                .setParameter(1, subscriptionId).setParameter(2, period).getSingleResult()).longValue();
    }

    public long credits(String subscriptionId) {
        return ((Number) em.createNativeQuery("SELECT COALESCE(SUM(credits), 0) FROM credit_grant WHERE subscription_id = ?1")
                .setParameter(1, subscriptionId).getSingleResult()).longValue();
    }

    public List<String> periods(String subscriptionId) {
        @SuppressWarnings("unchecked")
        List<String> periods = em.createNativeQuery("SELECT period FROM credit_grant WHERE subscription_id = ?1 ORDER BY period")
                .setParameter(1, subscriptionId).getResultList();
        return periods;
    }

    private String sales() throws Exception {
        if (sales == null) {
            sales = user("csales-" + Fixtures.unique(), Role.COMMERCIAL_EXECUTIVE, null);
        }
        return sales;
    }

    static <T> T asAdmin(Callable<T> work) throws Exception {
        return As.user(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD, work);
    }
}
