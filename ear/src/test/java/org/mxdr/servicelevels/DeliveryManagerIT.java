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
import java.util.List;
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
    void theProviderAdminAssignsEveryoneElseIsRefusedAndTheProviderReadsIt() throws Exception {
        String u = Fixtures.unique();
        Tenant t = grants.subscribed("DM roles " + u);
        String dm = grants.newUser("dm-" + u, Role.DELIVERY_MANAGER, null);
        java.util.Map<Role, String> users = new java.util.EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            users.put(role, role == Role.DELIVERY_MANAGER ? dm : role == Role.TENANT_ADMIN ? t.admin()
                    : grants.newUser("dmr-" + role.name().toLowerCase().replace('_', '-') + "-" + u, role, role.onTenantSide() ? t.id() : null));
        }
        for (Role role : Role.values()) {
            if (role == Role.PROVIDER_ADMIN) {
                DeliveryManager assigned = As.user(users.get(role), PW, () -> tenants.assignDeliveryManager(t.id(), dm));
                assertEquals(dm, assigned.username());
                assertEquals(dm + "@example.org", assigned.email());
            } else {
                assertThrows(EJBAccessException.class, () -> As.user(users.get(role), PW, () -> tenants.assignDeliveryManager(t.id(), dm)),
                        role.name());
            }
        }
        for (Role role : Role.values()) {
            if (Set.of(Role.PROVIDER_ADMIN, Role.COMMERCIAL_EXECUTIVE, Role.DELIVERY_MANAGER).contains(role)) {
                assertEquals(dm, As.user(users.get(role), PW, () -> tenants.deliveryManager(t.id())).username(), role.name());
            } else {
                assertThrows(EJBAccessException.class, () -> As.user(users.get(role), PW, () -> tenants.deliveryManager(t.id())), role.name());
            }
        }
        assertThrows(EJBAccessException.class, () -> tenants.deliveryManager(t.id()), "anonymous");

        BadInput unknown = assertThrows(BadInput.class, () -> GrantedTenants.asAdmin(() -> tenants.assignDeliveryManager(t.id(), "nobody-" + u)));
        assertEquals("username", unknown.field());
        BadInput expert = assertThrows(BadInput.class, () -> GrantedTenants.asAdmin(() -> tenants.assignDeliveryManager(t.id(),
                users.get(Role.EXPERT))));
        assertEquals("username", expert.field());
        assertEquals(dm, GrantedTenants.asAdmin(() -> tenants.deliveryManager(t.id())).username(), "the refusals changed nothing");
        assertNull(GrantedTenants.asAdmin(() -> tenants.assignDeliveryManager(t.id(), " ")).username(), "blank: none");

        @SuppressWarnings("unchecked")
        List<String> audited = ((List<Object[]>) em.createNativeQuery("SELECT before_state, after_state FROM audit_record WHERE tenant_id = ?1 "
                + "AND action = 'tenant.delivery-manager.assigned'").setParameter(1, t.id()).getResultList()).stream()
                .map(r -> r[0] + " -> " + r[1]).sorted().toList();
        assertEquals(List.of("deliveryManager=" + dm + " -> deliveryManager=none", "deliveryManager=none -> deliveryManager=" + dm), audited,
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

    private long mails(String to, Incident incident) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM outbox_mail WHERE recipient = ?1 AND body LIKE ?2")
                .setParameter(1, to).setParameter(2, "%" + incident.getExternalId() + "%").getSingleResult()).longValue();
    }
}
