package org.mxdr.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.identity.boundary.NewUser;
import org.mxdr.identity.boundary.UserService;
import org.mxdr.identity.entity.AppUser;
import org.mxdr.onboarding.boundary.NewTenant;
import org.mxdr.onboarding.boundary.TenantService;
import org.mxdr.onboarding.entity.Cloud;
import org.mxdr.onboarding.entity.Region;
import org.mxdr.platform.AccessDenied;
import org.mxdr.platform.Conflict;
import org.mxdr.platform.Role;
import org.mxdr.testing.As;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;

/** Listing, disabling and enabling users: who may, within which tenant, and what disabling does. */
@ExtendWith(ArquillianExtension.class)
class UserAdminIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(UserAdminIT.class);
    }

    @Inject
    UserService users;

    @Inject
    TenantService tenants;

    private String tenantA;
    private String tenantB;
    private final Map<Role, AppUser> user = new EnumMap<>(Role.class);
    private AppUser otherTenantReader;

    @BeforeEach
    void world() throws Exception {
        String u = Fixtures.unique();
        tenantA = admin(() -> tenants.create(new NewTenant("Users A " + u, Cloud.COMMERCIAL, Region.EU, "a@a.example")).getId());
        tenantB = admin(() -> tenants.create(new NewTenant("Users B " + u, Cloud.COMMERCIAL, Region.EU, "b@b.example")).getId());
        for (Role role : Role.values()) {
            String name = "ua-" + role.name().toLowerCase().replace('_', '-') + "-" + u;
            user.put(role, admin(() -> users.create(new NewUser(name, Fixtures.PASSWORD, name + "@example.org", role, role.onTenantSide() ? tenantA : null))));
        }
        otherTenantReader = admin(() -> users.create(new NewUser("ub-reader-" + u, Fixtures.PASSWORD, "b@example.org", Role.TENANT_READER, tenantB)));
    }

    @Test
    void providerAdminSeesEveryoneTenantAdminItsOwnTenant() throws Exception {
        assertEquals(3, as(Role.PROVIDER_ADMIN, () -> users.count(tenantA)));
        assertTrue(as(Role.PROVIDER_ADMIN, () -> users.count(null)) > 9);
        assertEquals(3, as(Role.TENANT_ADMIN, () -> users.count(null)));
        assertTrue(as(Role.TENANT_ADMIN, () -> users.page(null, 0, 50)).stream().allMatch(x -> tenantA.equals(x.getTenantId())));
        assertThrows(AccessDenied.class, () -> as(Role.TENANT_ADMIN, () -> users.page(tenantB, 0, 50)));
        Set<Role> may = Set.of(Role.PROVIDER_ADMIN, Role.TENANT_ADMIN);
        for (Role role : Role.values()) {
            if (!may.contains(role)) {
                assertThrows(EJBAccessException.class, () -> as(role, () -> users.count(null)), role.name());
                assertThrows(EJBAccessException.class, () -> as(role, () -> users.page(null, 0, 10)), role.name());
                assertThrows(EJBAccessException.class, () -> as(role, () -> users.setEnabled(user.get(Role.TENANT_READER).getId(), false)), role.name());
            }
        }
    }

    /** The search keeps each admin's reach: a tenant admin finds no user of another tenant; tenants by name for provider roles only. */
    @Test
    void theSearchStaysWithinReachAndTenantsAreFoundByNameByProviderRolesOnly() throws Exception {
        String reader = user.get(Role.TENANT_READER).getUsername();
        String suffix = reader.substring(reader.lastIndexOf('-') + 1);
        assertEquals(List.of(reader), as(Role.PROVIDER_ADMIN, () -> users.search(null, "UA-TENANT-READER-" + suffix, 0, 10))
                .stream().map(AppUser::getUsername).toList(), "any case, username");
        assertEquals(1, as(Role.PROVIDER_ADMIN, () -> users.countMatching(null, "ub-reader-" + suffix)));
        assertEquals(1, as(Role.PROVIDER_ADMIN, () -> users.countMatching(tenantA, reader + "@example")), "by email, in one tenant");
        assertEquals(0, as(Role.TENANT_ADMIN, () -> users.countMatching(null, "ub-reader-" + suffix)), "another tenant's user is out of reach");
        assertEquals(0, as(Role.TENANT_ADMIN, () -> users.search(null, "ub-reader-" + suffix, 0, 10)).size());
        assertEquals(3, as(Role.TENANT_ADMIN, () -> users.countMatching(null, suffix)));
        assertEquals(0, as(Role.PROVIDER_ADMIN, () -> users.countMatching(null, "%" + suffix + "_x")), "wildcards are taken literally");
        assertThrows(AccessDenied.class, () -> as(Role.TENANT_ADMIN, () -> users.search(tenantB, "", 0, 10)));

        assertEquals(List.of("Users A " + suffix), as(Role.PROVIDER_ADMIN, () -> tenants.named("users a " + suffix, 5))
                .stream().map(t -> t.getName()).toList());
        for (Role role : Role.values()) {
            if (role != Role.PROVIDER_ADMIN && role != Role.TENANT_ADMIN) {
                assertThrows(EJBAccessException.class, () -> as(role, () -> users.search(null, suffix, 0, 10)), role.name());
            }
            if (!Set.of(Role.PROVIDER_ADMIN, Role.COMMERCIAL_EXECUTIVE, Role.DELIVERY_MANAGER).contains(role)) {
                assertThrows(EJBAccessException.class, () -> as(role, () -> tenants.named(suffix, 5)), role.name());
            }
        }
    }

    @Test
    void aDisabledUserCannotSignInUntilEnabledAgain() throws Exception {
        AppUser reader = user.get(Role.TENANT_READER);
        assertFalse(as(Role.TENANT_ADMIN, () -> users.setEnabled(reader.getId(), false)).isEnabled());
        assertThrows(SecurityException.class, () -> As.user(reader.getUsername(), Fixtures.PASSWORD, () -> users.me()));
        assertTrue(as(Role.PROVIDER_ADMIN, () -> users.setEnabled(reader.getId(), true)).isEnabled());
        assertEquals(reader.getUsername(), As.user(reader.getUsername(), Fixtures.PASSWORD, () -> users.me().username()));
    }

    @Test
    void tenantAdminsStayInTheirTenantAndNobodyDisablesThemselves() throws Exception {
        assertThrows(AccessDenied.class, () -> as(Role.TENANT_ADMIN, () -> users.setEnabled(otherTenantReader.getId(), false)));
        assertThrows(AccessDenied.class, () -> as(Role.TENANT_ADMIN, () -> users.setEnabled(user.get(Role.EXPERT).getId(), false)));
        assertThrows(Conflict.class, () -> as(Role.TENANT_ADMIN, () -> users.setEnabled(user.get(Role.TENANT_ADMIN).getId(), false)));
        assertThrows(Conflict.class, () -> as(Role.PROVIDER_ADMIN, () -> users.setEnabled(user.get(Role.PROVIDER_ADMIN).getId(), false)));
    }

    private <T> T as(Role role, java.util.concurrent.Callable<T> work) throws Exception {
        return As.user(user.get(role).getUsername(), Fixtures.PASSWORD, work);
    }

    private static <T> T admin(java.util.concurrent.Callable<T> work) throws Exception {
        return As.user(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD, work);
    }
}
