package org.mxdr.testing;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.mxdr.identity.boundary.NewUser;
import org.mxdr.identity.boundary.UserService;
import org.mxdr.onboarding.boundary.NewTenant;
import org.mxdr.onboarding.boundary.TenantService;
import org.mxdr.onboarding.entity.Cloud;
import org.mxdr.onboarding.entity.Region;
import org.mxdr.platform.Role;

/**
 * In-container: two tenants (A in the EU, B in the US) and one user per role, tenant roles in
 * tenant A, made through the boundaries as the first provider admin. For the access rules of a
 * boundary, role by role; a class gets one through {@link OncePerClass}.
 */
@Dependent
public class RoleWorld implements ClassFixture {
    @Inject
    TenantService tenants;

    @Inject
    UserService users;

    private String tenantA;
    private String tenantB;
    private final Map<Role, String> user = new EnumMap<>(Role.class);

    @Override
    public void make() throws Exception {
        String u = Fixtures.unique();
        tenantA = asAdmin(() -> tenants.create(new NewTenant("World A " + u, Cloud.COMMERCIAL, Region.EU, "a@a.example")).getId());
        tenantB = asAdmin(() -> tenants.create(new NewTenant("World B " + u, Cloud.COMMERCIAL, Region.US, "b@b.example")).getId());
        for (Role role : Role.values()) {
            String name = role.name().toLowerCase().replace('_', '-') + "-" + u;
            asAdmin(() -> users.create(new NewUser(name, Fixtures.PASSWORD, name + "@example.org", role, role.onTenantSide() ? tenantA : null)));
            user.put(role, name);
        }
    }

    public String tenantA() {
        return tenantA;
    }

    public String tenantB() {
        return tenantB;
    }

    public String user(Role role) {
        return user.get(role);
    }

    /** Runs the work signed in as the world's user of that role. */
    public <T> T as(Role role, Callable<T> work) throws Exception {
        return As.user(user.get(role), Fixtures.PASSWORD, work);
    }

    public static <T> T asAdmin(Callable<T> work) throws Exception {
        return As.user(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD, work);
    }
}
