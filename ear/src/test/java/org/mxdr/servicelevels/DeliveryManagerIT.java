package org.mxdr.servicelevels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mxdr.testing.GrantedTenants.D_FREE;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.onboarding.boundary.DeliveryManager;
import org.mxdr.onboarding.boundary.TenantService;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.Role;
import org.mxdr.response.boundary.PlatformService;
import org.mxdr.response.entity.Incident;
import org.mxdr.response.entity.Severity;
import org.mxdr.servicelevels.boundary.BreachCheckService;
import org.mxdr.servicelevels.boundary.ServiceReviewRow;
import org.mxdr.servicelevels.boundary.ServiceReviewService;
import org.mxdr.testing.As;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;
import org.mxdr.testing.GrantedTenants;
import org.mxdr.testing.GrantedTenants.Tenant;
import org.mxdr.testing.TestClock;

/**
 * A tenant's delivery manager: assigned by the provider admin only (audited, refused by name for
 * anyone who is not an enabled delivery manager), read by the provider's roles, told of the
 * tenant's breaches once beside the on-call address, and the review of "my tenants".
 */
@ExtendWith(ArquillianExtension.class)
class DeliveryManagerIT {
    private static final String PW = Fixtures.PASSWORD;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(DeliveryManagerIT.class);
    }

    @Inject
    GrantedTenants grants;

    @Inject
    TenantService tenants;

    @Inject
    PlatformService platform;

    @Inject
    BreachCheckService check;

    @Inject
    ServiceReviewService review;

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void onlyTheProviderAdminAssignsATenantsDeliveryManager() throws Exception {
        Assigning a = aTenantAndADeliveryManager("DM assign");
        Map<Role, String> users = everyRole(a);
        for (Role role : Role.values()) {
            if (role == Role.PROVIDER_ADMIN) {
                DeliveryManager assigned = As.user(users.get(role), PW, () -> tenants.assignDeliveryManager(a.t().id(), a.dm()));
                assertEquals(a.dm(), assigned.username());
                assertEquals(a.dm() + "@example.org", assigned.email());
            } else {
                assertThrows(EJBAccessException.class, () -> As.user(users.get(role), PW, () -> tenants.assignDeliveryManager(a.t().id(), a.dm())),
                        role.name());
            }
        }
    }

    @Test
    void theProviderAdminTheCommercialExecutiveAndTheDeliveryManagerReadItAndNoOneElse() throws Exception {
        Assigning a = aTenantAndADeliveryManager("DM read");
        Map<Role, String> users = everyRole(a);
        GrantedTenants.asAdmin(() -> tenants.assignDeliveryManager(a.t().id(), a.dm()));
        for (Role role : Role.values()) {
            if (Set.of(Role.PROVIDER_ADMIN, Role.COMMERCIAL_EXECUTIVE, Role.DELIVERY_MANAGER).contains(role)) {
                assertEquals(a.dm(), As.user(users.get(role), PW, () -> tenants.deliveryManager(a.t().id())).username(), role.name());
            } else {
                assertThrows(EJBAccessException.class, () -> As.user(users.get(role), PW, () -> tenants.deliveryManager(a.t().id())), role.name());
            }
        }
        assertThrows(EJBAccessException.class, () -> tenants.deliveryManager(a.t().id()), "anonymous");
    }

    @Test
    void anUnknownUserOrOneWhoIsNoDeliveryManagerIsRefusedByNameAndChangesNothing() throws Exception {
        Assigning a = aTenantAndADeliveryManager("DM refused");
        String expert = grants.newUser("dmr-expert-" + a.u(), Role.EXPERT, null);
        GrantedTenants.asAdmin(() -> tenants.assignDeliveryManager(a.t().id(), a.dm()));
        BadInput unknown = assertThrows(BadInput.class, () -> GrantedTenants.asAdmin(() -> tenants.assignDeliveryManager(a.t().id(), "nobody-" + a.u())));
        assertEquals("username", unknown.field());
        BadInput notOne = assertThrows(BadInput.class, () -> GrantedTenants.asAdmin(() -> tenants.assignDeliveryManager(a.t().id(), expert)));
        assertEquals("username", notOne.field());
        assertEquals(a.dm(), GrantedTenants.asAdmin(() -> tenants.deliveryManager(a.t().id())).username(), "the refusals changed nothing");
    }

    @Test
    void eachAssignmentIsAuditedABlankOneAsNoneAndTheRefusalsNot() throws Exception {
        Assigning a = aTenantAndADeliveryManager("DM audited");
        GrantedTenants.asAdmin(() -> tenants.assignDeliveryManager(a.t().id(), a.dm()));
        assertThrows(EJBAccessException.class, () -> GrantedTenants.asAdminOf(a.t(), () -> tenants.assignDeliveryManager(a.t().id(), " ")));
        assertThrows(BadInput.class, () -> GrantedTenants.asAdmin(() -> tenants.assignDeliveryManager(a.t().id(), "nobody-" + a.u())));
        assertNull(GrantedTenants.asAdmin(() -> tenants.assignDeliveryManager(a.t().id(), " ")).username(), "blank: none");

        @SuppressWarnings("unchecked")
        List<String> audited = ((List<Object[]>) em.createNativeQuery("SELECT before_state, after_state FROM audit_record WHERE tenant_id = ?1 "
                + "AND action = 'tenant.delivery-manager.assigned'").setParameter(1, a.t().id()).getResultList()).stream()
                .map(r -> r[0] + " -> " + r[1]).sorted().toList();
        assertEquals(List.of("deliveryManager=" + a.dm() + " -> deliveryManager=none", "deliveryManager=none -> deliveryManager=" + a.dm()), audited,
                "each assignment audited, the refusals not");
    }

    @Test
    void aBreachIsMailedOnceToTheOnCallAddressAndTheTenantsDeliveryManager() throws Exception {
        String u = Fixtures.unique();
        Tenant t = grants.granted("DM breach " + u, false, true, true);
        String dm = grants.newUser("dmb-" + u, Role.DELIVERY_MANAGER, null);
        String platformUser = grants.newUser("dmb-platform-" + u, Role.PLATFORM, null);
        GrantedTenants.asAdmin(() -> tenants.assignDeliveryManager(t.id(), dm));
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        TestClock.fixAt(t0);
        Incident incident = As.user(platformUser, PW, () -> platform.report(t.id(), new Incident.Report("ext-" + u, "Breach " + u,
                Severity.HIGH, "Malware", "Execution", null, List.of(D_FREE), List.of())).incident());
        TestClock.fixAt(t0.plus(Duration.ofMinutes(16)));
        GrantedTenants.asAdmin(() -> check.run());
        GrantedTenants.asAdmin(() -> check.run());
        assertEquals(1, mails("oncall@mxdr.example", incident));
        assertEquals(1, mails(dm + "@example.org", incident), "the delivery manager, once");
    }

    @Test
    void theReviewOfMyTenantsHoldsTheTenantsTheDeliveryManagerLooksAfter() throws Exception {
        String u = Fixtures.unique();
        Tenant mine = grants.granted("DM mine " + u, false, true, true);
        Tenant other = grants.granted("DM other " + u, false, true, true);
        String dm = grants.newUser("dmm-" + u, Role.DELIVERY_MANAGER, null);
        String colleague = grants.newUser("dmc-" + u, Role.DELIVERY_MANAGER, null);
        GrantedTenants.asAdmin(() -> tenants.assignDeliveryManager(mine.id(), dm));
        GrantedTenants.asAdmin(() -> tenants.assignDeliveryManager(other.id(), colleague));
        YearMonth month = YearMonth.now(ZoneOffset.UTC);
        assertEquals(List.of(mine.id()), As.user(dm, PW, () -> review.month(month, true)).stream().map(ServiceReviewRow::tenantId).toList());
        assertEquals(List.of(other.id()), As.user(colleague, PW, () -> review.month(month, true)).stream().map(ServiceReviewRow::tenantId).toList());
        List<String> all = As.user(dm, PW, () -> review.month(month, false)).stream().map(ServiceReviewRow::tenantId).toList();
        assertTrue(all.containsAll(List.of(mine.id(), other.id())), "without the filter: every tenant");
    }

    /** A subscribed tenant of the test's own and an enabled delivery manager, not assigned yet; {@code u} is in their names. */
    private record Assigning(String u, Tenant t, String dm) {
    }

    private Assigning aTenantAndADeliveryManager(String name) throws Exception {
        String u = Fixtures.unique();
        return new Assigning(u, grants.subscribed(name + " " + u), grants.newUser("dm-" + u, Role.DELIVERY_MANAGER, null));
    }

    /** A user of every role, tenant roles in the tenant: the delivery manager and the tenant's admin are the test's own. */
    private Map<Role, String> everyRole(Assigning a) throws Exception {
        Map<Role, String> users = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            users.put(role, role == Role.DELIVERY_MANAGER ? a.dm() : role == Role.TENANT_ADMIN ? a.t().admin()
                    : grants.newUser("dmr-" + role.name().toLowerCase().replace('_', '-') + "-" + a.u(), role, role.onTenantSide() ? a.t().id() : null));
        }
        return users;
    }

    private long mails(String to, Incident incident) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM outbox_mail WHERE recipient = ?1 AND body LIKE ?2")
                .setParameter(1, to).setParameter(2, "%" + incident.getExternalId() + "%").getSingleResult()).longValue();
    }
}
