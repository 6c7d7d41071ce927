package org.mxdr.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.identity.boundary.NewUser;
import org.mxdr.identity.boundary.ProfileService;
import org.mxdr.identity.boundary.UserService;
import org.mxdr.onboarding.boundary.NewTenant;
import org.mxdr.onboarding.boundary.TenantService;
import org.mxdr.onboarding.entity.Cloud;
import org.mxdr.onboarding.entity.Region;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.Role;
import org.mxdr.testing.As;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;

/** The viewer's time zone in the profile: every role reads and chooses its own, nobody else's; anonymous callers none. */
@ExtendWith(ArquillianExtension.class)
class ProfileServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(ProfileServiceIT.class);
    }

    @Inject
    ProfileService profiles;

    @Inject
    UserService users;

    @Inject
    TenantService tenants;

    @Test
    void everyRoleChoosesItsOwnZoneAndTakesItBack() throws Exception {
        String u = Fixtures.unique();
        String tenant = As.user(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD,
                () -> tenants.create(new NewTenant("Profiles " + u, Cloud.COMMERCIAL, Region.EU, "a@profiles.example")).getId());
        String other = create("other-" + u, Role.TENANT_READER, tenant);
        for (Role role : Role.values()) {
            String name = create("tz-" + role.name().toLowerCase().replace('_', '-') + "-" + u, role, tenant);
            assertNull(As.user(name, Fixtures.PASSWORD, profiles::timeZone), role + ": the browser's zone until one is chosen");
            assertEquals("Asia/Kolkata", As.user(name, Fixtures.PASSWORD, () -> profiles.chooseTimeZone("Asia/Kolkata")), role.name());
            assertEquals("Asia/Kolkata", As.user(name, Fixtures.PASSWORD, profiles::timeZone), role.name());
            assertNull(As.user(other, Fixtures.PASSWORD, profiles::timeZone), role + ": another person's choice is not mine");
            assertNull(As.user(name, Fixtures.PASSWORD, () -> profiles.chooseTimeZone("  ")), role + ": blank goes back to the browser's");
            assertNull(As.user(name, Fixtures.PASSWORD, profiles::timeZone), role.name());
        }
    }

    @Test
    void anUnknownZoneIsRefusedNamingTheFieldAndKeepsTheChoice() throws Exception {
        String name = create("tz-bad-" + Fixtures.unique(), Role.EXPERT, null);
        As.user(name, Fixtures.PASSWORD, () -> profiles.chooseTimeZone("Europe/London"));
        for (String bad : new String[] {"Mars/Olympus", "GMT+99", "x".repeat(5000)}) {
            BadInput refused = assertThrows(BadInput.class, () -> As.user(name, Fixtures.PASSWORD, () -> profiles.chooseTimeZone(bad)));
            assertEquals("timeZone", refused.field());
            assertTrue(refused.getMessage().contains("is not a time zone"), refused.getMessage());
            assertTrue(refused.getMessage().length() < 200, "the refusal quotes the input briefly");
        }
        assertEquals("Europe/London", As.user(name, Fixtures.PASSWORD, profiles::timeZone), "nothing half-written");
    }

    @Test
    void anAnonymousCallerHasNoProfile() {
        assertThrows(EJBAccessException.class, () -> profiles.timeZone());
        assertThrows(EJBAccessException.class, () -> profiles.chooseTimeZone("Europe/London"));
    }

    private String create(String name, Role role, String tenant) throws Exception {
        As.run(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD, () -> users.create(
                new NewUser(name, Fixtures.PASSWORD, name + "@example.org", role, role.onTenantSide() ? tenant : null)));
        return name;
    }
}
