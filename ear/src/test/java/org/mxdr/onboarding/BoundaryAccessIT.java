package org.mxdr.onboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
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
import org.mxdr.identity.boundary.NewUser;
import org.mxdr.identity.boundary.UserService;
import org.mxdr.onboarding.boundary.NewTenant;
import org.mxdr.onboarding.boundary.TenantService;
import org.mxdr.onboarding.boundary.TenantSort;
import org.mxdr.onboarding.entity.Cloud;
import org.mxdr.onboarding.entity.Region;
import org.mxdr.onboarding.entity.Tenant;
import org.mxdr.platform.AccessDenied;
import org.mxdr.platform.Role;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;
import org.mxdr.testing.OncePerClass;
import org.mxdr.testing.RoleWorld;
import org.mxdr.testing.TestClock;

/**
 * The access rules of the identity and onboarding boundaries, role by role, enforced in the EJB
 * layer itself (no web layer in between), including every denial.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(OncePerClass.class)
class BoundaryAccessIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(BoundaryAccessIT.class);
    }

    @Inject
    TenantService tenants;

    @Inject
    UserService users;

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    /** made once for the class: two tenants, one user per role (tenant roles in tenant A) */
    RoleWorld world;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void onlyTheProviderAdminCreatesTenants() throws Exception {
        for (Role role : Role.values()) {
            String name = "Made by " + role + " " + Fixtures.unique();
            if (role == Role.PROVIDER_ADMIN) {
                assertEquals(name, as(role, () -> tenants.create(new NewTenant(name, Cloud.COMMERCIAL, Region.UK, "x@y.example")).getName()));
            } else {
                assertThrows(EJBAccessException.class,
                        () -> as(role, () -> tenants.create(new NewTenant(name, Cloud.COMMERCIAL, Region.UK, "x@y.example"))), role.name());
            }
        }
        assertThrows(EJBAccessException.class, () -> tenants.create(new NewTenant("Anonymous", Cloud.COMMERCIAL, Region.UK, "x@y.example")));
    }

    @Test
    void readingATenantFollowsRoleAndTenant() throws Exception {
        Set<Role> mayRead = Set.of(Role.PROVIDER_ADMIN, Role.COMMERCIAL_EXECUTIVE, Role.DELIVERY_MANAGER,
                Role.TENANT_ADMIN, Role.TENANT_OPERATOR, Role.TENANT_READER);
        for (Role role : Role.values()) {
            if (role == Role.EXPERT) {
                // only through the tenant's live grant, and this tenant granted nothing
                assertThrows(AccessDenied.class, () -> as(role, () -> tenants.get(world.tenantA())), role.name());
            } else if (mayRead.contains(role)) {
                assertEquals(world.tenantA(), as(role, () -> tenants.get(world.tenantA()).getId()), role.name());
            } else {
                assertThrows(EJBAccessException.class, () -> as(role, () -> tenants.get(world.tenantA())), role.name());
            }
        }
        // tenant isolation: the users of tenant A never reach tenant B
        for (Role role : List.of(Role.TENANT_ADMIN, Role.TENANT_OPERATOR, Role.TENANT_READER)) {
            assertThrows(AccessDenied.class, () -> as(role, () -> tenants.get(world.tenantB())), role.name());
        }
        assertEquals(world.tenantB(), as(Role.DELIVERY_MANAGER, () -> tenants.get(world.tenantB()).getId()));
        assertThrows(EJBAccessException.class, () -> tenants.get(world.tenantA()));
    }

    @Test
    void listingTenantsIsForTheProviderOffice() throws Exception {
        Set<Role> mayList = Set.of(Role.PROVIDER_ADMIN, Role.COMMERCIAL_EXECUTIVE, Role.DELIVERY_MANAGER);
        for (Role role : Role.values()) {
            if (mayList.contains(role)) {
                assertTrue(as(role, () -> tenants.count()) >= 2, role.name());
                assertEquals(1, as(role, () -> tenants.page(0, 1, TenantSort.NAME, true)).size());
            } else {
                assertThrows(EJBAccessException.class, () -> as(role, () -> tenants.count()), role.name());
                assertThrows(EJBAccessException.class, () -> as(role, () -> tenants.page(0, 10, TenantSort.NAME, true)), role.name());
            }
        }
    }

    @Test
    void usersAreCreatedByTheProviderAdminOrByATenantAdminInItsOwnTenant() throws Exception {
        for (Role role : Role.values()) {
            String name = "by-" + role.name().toLowerCase().replace('_', '-') + "-" + Fixtures.unique();
            NewUser reader = new NewUser(name, Fixtures.PASSWORD, name + "@example.org", Role.TENANT_READER, world.tenantA());
            if (role == Role.PROVIDER_ADMIN || role == Role.TENANT_ADMIN) {
                assertEquals(world.tenantA(), as(role, () -> users.create(reader).getTenantId()), role.name());
            } else {
                assertThrows(EJBAccessException.class, () -> as(role, () -> users.create(reader)), role.name());
            }
        }
        String u = Fixtures.unique();
        // a tenant admin gets its own tenant when it names none, and may not reach another tenant or the provider side
        assertEquals(world.tenantA(), as(Role.TENANT_ADMIN, () -> users.create(
                new NewUser("own-" + u, Fixtures.PASSWORD, "own@example.org", Role.TENANT_OPERATOR, null)).getTenantId()));
        assertThrows(AccessDenied.class, () -> as(Role.TENANT_ADMIN, () -> users.create(
                new NewUser("other-" + u, Fixtures.PASSWORD, "other@example.org", Role.TENANT_READER, world.tenantB()))));
        assertThrows(AccessDenied.class, () -> as(Role.TENANT_ADMIN, () -> users.create(
                new NewUser("expert-" + u, Fixtures.PASSWORD, "expert@example.org", Role.EXPERT, null))));
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() throws Exception {
        String hash = (String) em.createNativeQuery("SELECT password_hash FROM app_user WHERE username = ?")
                .setParameter(1, world.user(Role.TENANT_READER)).getSingleResult();
        assertNotEquals(Fixtures.PASSWORD, hash);
        // the test server hashes at bcrypt's least cost (MXDR_BCRYPT_COST), since its suite signs in thousands of times
        assertTrue(hash.startsWith("$2a$04$") && hash.length() == 60, hash);
        assertTrue(!hash.contains(Fixtures.PASSWORD));
    }

    @Test
    void timeComesFromTheOneClock() throws Exception {
        Instant fixed = Instant.parse("2027-01-01T00:00:00Z");
        TestClock.fixAt(fixed);
        Tenant created = asAdmin(() -> tenants.create(new NewTenant("Clocked " + Fixtures.unique(), Cloud.COMMERCIAL, Region.JP, "c@c.example")));
        assertEquals(fixed, created.getCreatedAt());
    }

    @Test
    void refusalsAreLoggedWithWhoWhatAndWhen() throws Exception {
        TestClock.fixAt(Instant.parse("2027-03-04T05:06:07Z"));
        assertThrows(AccessDenied.class, () -> as(Role.TENANT_READER, () -> tenants.get(world.tenantB())));
        Path log = Path.of(System.getProperty("jboss.server.log.dir"), "mxdr-denials.log");
        String expected = "DENIED at=2027-03-04T05:06:07Z who=" + world.user(Role.TENANT_READER) + " what=read tenant tenant=" + world.tenantB();
        assertTrue(Files.readString(log).contains(expected), "no line with: " + expected);
    }

    private <T> T as(Role role, java.util.concurrent.Callable<T> work) throws Exception {
        return world.as(role, work);
    }

    private static <T> T asAdmin(java.util.concurrent.Callable<T> work) throws Exception {
        return RoleWorld.asAdmin(work);
    }
}
