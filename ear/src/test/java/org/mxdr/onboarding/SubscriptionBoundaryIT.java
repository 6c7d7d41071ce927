package org.mxdr.onboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.audit.control.AuditTrail;
import org.mxdr.audit.entity.AuditRecord;
import org.mxdr.identity.boundary.NewUser;
import org.mxdr.identity.boundary.UserService;
import org.mxdr.onboarding.boundary.NewSubscription;
import org.mxdr.eligibility.boundary.InventoryService;
import org.mxdr.eligibility.entity.AvMode;
import org.mxdr.eligibility.entity.DeviceItem;
import org.mxdr.eligibility.entity.Inventory;
import org.mxdr.eligibility.entity.UserItem;
import org.mxdr.onboarding.boundary.NewTenant;
import org.mxdr.onboarding.boundary.SubscriptionService;
import org.mxdr.onboarding.boundary.SubscriptionSummary;
import org.mxdr.onboarding.boundary.TenantService;
import org.mxdr.onboarding.entity.Cloud;
import org.mxdr.onboarding.entity.CreditPolicy;
import org.mxdr.onboarding.entity.Region;
import org.mxdr.onboarding.entity.Subscription;
import org.mxdr.onboarding.entity.SubscriptionStatus;
import org.mxdr.platform.AccessDenied;
import org.mxdr.platform.NotFound;
import org.mxdr.platform.Role;
import org.mxdr.platform.Unmet;
import org.mxdr.testing.As;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.EligibleInventory;
import org.mxdr.testing.Fixtures;
import org.mxdr.testing.TestClock;

/**
 * The subscription boundary itself, role by role and with every denial; the audit records and
 * the welcome mail it writes in the same transaction, and nothing at all when it refuses.
 */
@ExtendWith(ArquillianExtension.class)
class SubscriptionBoundaryIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(SubscriptionBoundaryIT.class);
    }

    @Inject
    SubscriptionService subscriptions;

    @Inject
    TenantService tenants;

    @Inject
    UserService users;

    @Inject
    AuditTrail audit;

    @Inject
    InventoryService inventories;

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    private String tenantA;
    private String tenantB;
    private final Map<Role, String> user = new LinkedHashMap<>();
    private String otherAdmin;
    private String u;

    @BeforeEach
    void world() throws Exception {
        u = Fixtures.unique();
        tenantA = asAdmin(() -> tenants.create(new NewTenant("Sub A " + u, Cloud.COMMERCIAL, Region.EU, "admin@a-" + u + ".example")).getId());
        tenantB = asAdmin(() -> tenants.create(new NewTenant("Sub B " + u, Cloud.COMMERCIAL, Region.US, "admin@b-" + u + ".example")).getId());
        asAdmin(() -> inventories.replace(tenantA, EligibleInventory.minimal()));
        asAdmin(() -> inventories.replace(tenantB, EligibleInventory.minimal()));
        for (Role role : Role.values()) {
            String name = "s" + role.name().toLowerCase().replace('_', '-') + "-" + u;
            asAdmin(() -> users.create(new NewUser(name, Fixtures.PASSWORD, name + "@example.org", role, role.onTenantSide() ? tenantA : null)));
            user.put(role, name);
        }
        otherAdmin = "sother-" + u;
        asAdmin(() -> users.create(new NewUser(otherAdmin, Fixtures.PASSWORD, "o@example.org", Role.TENANT_ADMIN, tenantB)));
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void transactingIsForTheCommercialExecutiveOnly() throws Exception {
        for (Role role : Role.values()) {
            if (role != Role.COMMERCIAL_EXECUTIVE) {
                assertThrows(EJBAccessException.class, () -> as(role, () -> subscriptions.transact(tenantA, aYear())), role.name());
            }
        }
        assertThrows(EJBAccessException.class, () -> subscriptions.transact(tenantA, aYear()), "anonymous");
        assertEquals(SubscriptionStatus.NONE, as(Role.PROVIDER_ADMIN, () -> subscriptions.summary(tenantA)).status());
        assertEquals(tenantA, as(Role.COMMERCIAL_EXECUTIVE, () -> subscriptions.transact(tenantA, aYear())).getTenantId());
    }

    @Test
    void terminatingIsForTheCommercialExecutiveAndTheTenantsOwnAdmin() throws Exception {
        as(Role.COMMERCIAL_EXECUTIVE, () -> subscriptions.transact(tenantA, aYear()));
        for (Role role : EnumSet.complementOf(EnumSet.of(Role.COMMERCIAL_EXECUTIVE, Role.TENANT_ADMIN))) {
            assertThrows(EJBAccessException.class, () -> as(role, () -> subscriptions.terminate(tenantA)), role.name());
        }
        assertThrows(AccessDenied.class, () -> As.user(otherAdmin, Fixtures.PASSWORD, () -> subscriptions.terminate(tenantA)));
        assertThrows(EJBAccessException.class, () -> subscriptions.terminate(tenantA), "anonymous");
        Subscription ended = as(Role.TENANT_ADMIN, () -> subscriptions.terminate(tenantA));
        assertEquals(user.get(Role.TENANT_ADMIN), ended.getTerminatedBy());
        assertEquals(SubscriptionStatus.TERMINATED, as(Role.TENANT_READER, () -> subscriptions.summary(tenantA)).status());
    }

    @Test
    void readingFollowsTheTenantRules() throws Exception {
        Set<Role> mayRead = EnumSet.complementOf(EnumSet.of(Role.PLATFORM, Role.EXPERT));
        // an expert reaches a tenant only through its live grant: none here
        assertThrows(AccessDenied.class, () -> as(Role.EXPERT, () -> subscriptions.summary(tenantA)));
        for (Role role : Role.values()) {
            if (role == Role.EXPERT) {
                continue;
            }
            if (mayRead.contains(role)) {
                assertEquals(SubscriptionStatus.NONE, as(role, () -> subscriptions.summary(tenantA)).status(), role.name());
            } else {
                assertThrows(EJBAccessException.class, () -> as(role, () -> subscriptions.summary(tenantA)), role.name());
            }
        }
        for (Role role : List.of(Role.TENANT_ADMIN, Role.TENANT_OPERATOR, Role.TENANT_READER)) {
            assertThrows(AccessDenied.class, () -> as(role, () -> subscriptions.summary(tenantB)), role.name());
        }
        assertThrows(NotFound.class, () -> as(Role.PROVIDER_ADMIN, () -> subscriptions.summary("no-such-tenant")));
        // the tenant list's summaries: for the provider office only
        as(Role.COMMERCIAL_EXECUTIVE, () -> subscriptions.transact(tenantA, aYear()));
        Set<Role> mayList = EnumSet.of(Role.PROVIDER_ADMIN, Role.COMMERCIAL_EXECUTIVE, Role.DELIVERY_MANAGER);
        for (Role role : Role.values()) {
            if (mayList.contains(role)) {
                Map<String, SubscriptionSummary> page = as(role, () -> subscriptions.summaries(List.of(tenantA, tenantB)));
                assertEquals(SubscriptionStatus.ACTIVE, page.get(tenantA).status(), role.name());
                assertEquals(null, page.get(tenantB), "no subscription, no entry");
            } else {
                assertThrows(EJBAccessException.class, () -> as(role, () -> subscriptions.summaries(List.of(tenantA))), role.name());
            }
        }
    }

    @Test
    void transactionAndTerminationAreAuditedAndTheWelcomeMailQueuedFromTheClock() throws Exception {
        Instant at = Instant.parse("2027-02-03T04:05:06Z");
        TestClock.fixAt(at);
        Subscription s = as(Role.COMMERCIAL_EXECUTIVE, () -> subscriptions.transact(tenantA,
                new NewSubscription(LocalDate.parse("2027-03-01"), LocalDate.parse("2028-02-29"), 40, CreditPolicy.QUARTERLY)));
        assertEquals(at, s.getTransactedAt());
        assertEquals(at, s.getHuntingConsentAt());
        assertEquals("en", s.getLanguage());
        assertEquals(SubscriptionStatus.SCHEDULED, as(Role.TENANT_READER, () -> subscriptions.summary(tenantA)).status());

        String admin = "admin@a-" + u + ".example";
        Object[] mail = (Object[]) em.createNativeQuery("SELECT subject, body FROM outbox_mail WHERE recipient = ?").setParameter(1, admin).getSingleResult();
        assertTrue(String.valueOf(mail[0]).startsWith("Welcome to MXDR"), String.valueOf(mail[0]));
        assertTrue(String.valueOf(mail[1]).contains("/welcome.xhtml?token="), String.valueOf(mail[1]));
        Instant expires = em.createQuery("SELECT w.link.expiresAt FROM WelcomeLink w WHERE w.tenantId = :t", Instant.class)
                .setParameter("t", tenantA).getSingleResult();
        assertEquals(at.plus(Duration.ofDays(7)), expires, "the link expires 7 days after the clock's now");

        TestClock.fixAt(at.plusSeconds(3600));
        as(Role.COMMERCIAL_EXECUTIVE, () -> subscriptions.terminate(tenantA));
        // the tenant's trail also holds its creation and its users'; these are the subscription's
        List<AuditRecord> trail = audit.ofTenant(tenantA).stream().filter(r -> r.getAction().startsWith("subscription.")).toList();
        assertEquals(List.of("subscription.transacted", "subscription.terminated"), trail.stream().map(AuditRecord::getAction).toList());
        AuditRecord transacted = trail.get(0);
        assertEquals(user.get(Role.COMMERCIAL_EXECUTIVE), transacted.getActor());
        assertEquals(at, transacted.getRecordedAt());
        assertEquals(null, transacted.getBefore());
        assertTrue(transacted.getAfter().contains("term=2027-03-01..2028-02-29; seats=40; creditPolicy=QUARTERLY"), transacted.getAfter());
        AuditRecord terminated = trail.get(1);
        assertEquals(at.plusSeconds(3600), terminated.getRecordedAt());
        assertTrue(terminated.getBefore().startsWith("status=SCHEDULED"), terminated.getBefore());
        assertTrue(terminated.getAfter().startsWith("status=TERMINATED"), terminated.getAfter());
    }

    @Test
    void aRefusedSubscriptionWritesNothing() throws Exception {
        String gov = asAdmin(() -> tenants.create(new NewTenant("Sub Gov " + Fixtures.unique(), Cloud.GCC_HIGH, Region.US, "gov@gov-" + u + ".example")).getId());
        asAdmin(() -> inventories.replace(gov, EligibleInventory.minimal()));
        Unmet refused = assertThrows(Unmet.class, () -> as(Role.COMMERCIAL_EXECUTIVE, () -> subscriptions.transact(gov, aYear())));
        assertEquals(List.of("The service is available only in the commercial public cloud; this tenant is in GCC High."), refused.unmet());
        assertEquals(SubscriptionStatus.NONE, as(Role.COMMERCIAL_EXECUTIVE, () -> subscriptions.summary(gov)).status());
        assertEquals(0L, count("SELECT COUNT(*) FROM welcome_link WHERE tenant_id = ?", gov));
        assertEquals(0L, count("SELECT COUNT(*) FROM audit_record WHERE tenant_id = ? AND action LIKE 'subscription.%'", gov));
        assertEquals(0L, count("SELECT COUNT(*) FROM outbox_mail WHERE recipient = ?", "gov@gov-" + u + ".example"));
    }

    @Test
    void everyUnmetPrerequisiteIsListedAndNothingIsWritten() throws Exception {
        String email = "admin@unmet-" + u + ".example";
        String tenant = asAdmin(() -> tenants.create(new NewTenant("Sub Unmet " + u, Cloud.COMMERCIAL, Region.EU, email)).getId());
        // nothing imported yet: no licence, so every required prerequisite is unmet
        assertEquals(3, assertThrows(Unmet.class, () -> as(Role.COMMERCIAL_EXECUTIVE, () -> subscriptions.transact(tenant, aYear()))).unmet().size());
        Inventory eligible = EligibleInventory.minimal();
        Map<String, Inventory> failingOne = Map.of(
                "not onboarded", new Inventory(eligible.licenses(), eligible.users(), List.of(
                        new DeviceItem("d-1", "HOST-1", "Windows 11", true, false, AvMode.ACTIVE, "Finance"))),
                "active mode", new Inventory(eligible.licenses(), eligible.users(), List.of(
                        new DeviceItem("d-1", "HOST-1", "Windows 11", true, true, AvMode.PASSIVE, "Finance"))),
                "Azure AD Premium P1", new Inventory(eligible.licenses(), List.of(new UserItem("u-1", "No P1", List.of())), eligible.devices()));
        for (Map.Entry<String, Inventory> one : failingOne.entrySet()) {
            asAdmin(() -> inventories.replace(tenant, one.getValue()));
            Unmet refused = assertThrows(Unmet.class, () -> as(Role.COMMERCIAL_EXECUTIVE, () -> subscriptions.transact(tenant, aYear())));
            assertEquals(1, refused.unmet().size(), refused.unmet().toString());
            assertTrue(refused.unmet().get(0).contains(one.getKey()), refused.unmet().toString());
        }
        assertEquals(SubscriptionStatus.NONE, as(Role.COMMERCIAL_EXECUTIVE, () -> subscriptions.summary(tenant)).status());
        assertEquals(0L, count("SELECT COUNT(*) FROM outbox_mail WHERE recipient = ?", email));
        asAdmin(() -> inventories.replace(tenant, eligible));
        assertEquals(tenant, as(Role.COMMERCIAL_EXECUTIVE, () -> subscriptions.transact(tenant, aYear())).getTenantId());
    }

    private long count(String sql, String param) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, param).getSingleResult()).longValue();
    }

    private static NewSubscription aYear() {
        LocalDate today = LocalDate.now();
        return new NewSubscription(today, today.plusYears(1), 10, null);
    }

    private <T> T as(Role role, Callable<T> work) throws Exception {
        return As.user(user.get(role), Fixtures.PASSWORD, work);
    }

    private static <T> T asAdmin(Callable<T> work) throws Exception {
        return As.user(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD, work);
    }
}
