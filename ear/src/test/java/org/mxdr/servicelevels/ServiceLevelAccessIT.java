package org.mxdr.servicelevels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.platform.AccessDenied;
import org.mxdr.platform.Role;
import org.mxdr.response.entity.Severity;
import org.mxdr.servicelevels.boundary.BreachCheckService;
import org.mxdr.servicelevels.boundary.ExpertQueueFilter;
import org.mxdr.servicelevels.boundary.ExpertQueueService;
import org.mxdr.servicelevels.boundary.ServiceLevelService;
import org.mxdr.servicelevels.boundary.ServiceReviewRow;
import org.mxdr.servicelevels.boundary.ServiceReviewService;
import org.mxdr.servicelevels.entity.ClockKind;
import org.mxdr.servicelevels.entity.Targets;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;
import org.mxdr.testing.GrantedTenants;
import org.mxdr.testing.OncePerClass;
import org.mxdr.testing.RoleWorld;

/**
 * The service-level boundaries role by role, enforced in the EJB layer, with every denial: the
 * targets (read by the tenant's users and the provider, set by the provider admin and delivery
 * managers), the experts' queue, the service review and the breach check.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(OncePerClass.class)
class ServiceLevelAccessIT {
    private static final Targets SOME = new Targets(Duration.ofMinutes(10), Duration.ofMinutes(40), Duration.ofHours(12));

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(ServiceLevelAccessIT.class);
    }

    @Inject
    ServiceLevelService serviceLevels;

    @Inject
    ExpertQueueService queue;

    @Inject
    ServiceReviewService review;

    @Inject
    BreachCheckService check;

    @Inject
    GrantedTenants grants;

    /** made once for the class: two tenants, one user per role (tenant roles in tenant A) */
    RoleWorld world;

    @Test
    void theTargetsAreReadByTheTenantsUsersAndTheProviderOnly() throws Exception {
        Set<Role> mayRead = Set.of(Role.PROVIDER_ADMIN, Role.COMMERCIAL_EXECUTIVE, Role.DELIVERY_MANAGER, Role.TENANT_ADMIN,
                Role.TENANT_OPERATOR, Role.TENANT_READER);
        for (Role role : Role.values()) {
            if (mayRead.contains(role)) {
                assertEquals(Duration.ofMinutes(15), world.as(role, () -> serviceLevels.of(world.tenantA())).targets().get(Severity.HIGH)
                        .acknowledge(), role.name());
            } else if (role == Role.EXPERT) {
                assertThrows(AccessDenied.class, () -> world.as(role, () -> serviceLevels.of(world.tenantA())), "no grant");
            } else {
                assertThrows(EJBAccessException.class, () -> world.as(role, () -> serviceLevels.of(world.tenantA())), role.name());
            }
        }
        for (Role role : Set.of(Role.TENANT_ADMIN, Role.TENANT_OPERATOR, Role.TENANT_READER)) {
            assertThrows(AccessDenied.class, () -> world.as(role, () -> serviceLevels.of(world.tenantB())), "another tenant: " + role);
        }
        assertThrows(EJBAccessException.class, () -> serviceLevels.of(world.tenantA()), "anonymous");
    }

    @Test
    void aSubscriptionsTargetsAreSetByTheProviderAdminAndDeliveryManagers() throws Exception {
        GrantedTenants.Tenant subscribed = grants.subscribed("Targets by role " + Fixtures.unique());
        for (Role role : Role.values()) {
            if (role == Role.PROVIDER_ADMIN || role == Role.DELIVERY_MANAGER) {
                assertEquals(SOME, world.as(role, () -> serviceLevels.replace(subscribed.id(), Map.of(Severity.LOW, SOME))).targets()
                        .get(Severity.LOW), role.name());
            } else {
                assertThrows(EJBAccessException.class, () -> world.as(role, () -> serviceLevels.replace(subscribed.id(),
                        Map.of(Severity.LOW, SOME))), role.name());
            }
        }
        assertThrows(EJBAccessException.class, () -> GrantedTenants.asAdminOf(subscribed, () -> serviceLevels.replace(subscribed.id(),
                Map.of(Severity.LOW, SOME))), "the tenant's own admin");
    }

    @Test
    void theDefaultIsSetByTheProviderAdminOnly() throws Exception {
        Map<Severity, Targets> current = world.as(Role.PROVIDER_ADMIN, () -> serviceLevels.defaults());
        for (Role role : Role.values()) {
            if (role == Role.PROVIDER_ADMIN) {
                // the same targets again: other classes share the server's default
                assertEquals(current, world.as(role, () -> serviceLevels.replaceDefaults(current)));
            } else {
                assertThrows(EJBAccessException.class, () -> world.as(role, () -> serviceLevels.replaceDefaults(current)), role.name());
            }
        }
    }

    @Test
    void theQueueAcrossTenantsIsTheExperts() throws Exception {
        for (Role role : Role.values()) {
            if (role == Role.EXPERT) {
                assertNotNull(world.as(role, () -> queue.queue(ExpertQueueFilter.NONE, null, 5)));
                assertThrows(AccessDenied.class, () -> world.as(role, () -> queue.queue(new ExpertQueueFilter(world.tenantA(), null, null,
                        null, null), null, 5)), "a tenant without a grant, by id");
            } else {
                assertThrows(EJBAccessException.class, () -> world.as(role, () -> queue.queue(ExpertQueueFilter.NONE, null, 5)), role.name());
            }
        }
    }

    @Test
    void theServiceReviewIsForDeliveryManagersAndTheProviderAdmin() throws Exception {
        GrantedTenants.Tenant subscribed = grants.granted("Review by role " + Fixtures.unique(), false, true, true);
        YearMonth month = YearMonth.now(ZoneOffset.UTC);
        for (Role role : Role.values()) {
            if (role == Role.PROVIDER_ADMIN || role == Role.DELIVERY_MANAGER) {
                ServiceReviewRow row = world.as(role, () -> review.month(month, false)).stream().filter(r -> r.tenantId().equals(subscribed.id()))
                        .findFirst().orElseThrow();
                assertEquals(ServiceReviewRow.Readiness.LIVE, row.readiness(), role.name());
                assertEquals(0, row.complianceOf(ClockKind.ACKNOWLEDGE).decided());
            } else {
                assertThrows(EJBAccessException.class, () -> world.as(role, () -> review.month(month, false)), role.name());
            }
        }
    }

    @Test
    void theBreachCheckIsRunByTheProviderAdminOnly() throws Exception {
        for (Role role : Role.values()) {
            if (role == Role.PROVIDER_ADMIN) {
                world.as(role, () -> check.run());
            } else {
                assertThrows(EJBAccessException.class, () -> world.as(role, () -> check.run()), role.name());
            }
        }
    }
}
