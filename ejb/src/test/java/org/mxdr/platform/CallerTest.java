package org.mxdr.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CallerTest {

    @Test
    void tenantUserReachesOnlyItsOwnTenant() {
        Caller reader = new Caller("r", Role.TENANT_READER, "t-1");
        assertTrue(reader.mayReachTenant("t-1"));
        assertFalse(reader.mayReachTenant("t-2"));
        assertFalse(reader.isProvider());
    }

    @Test
    void providerUsersReachEveryTenant() {
        for (Role r : new Role[] {Role.PROVIDER_ADMIN, Role.COMMERCIAL_EXECUTIVE, Role.DELIVERY_MANAGER, Role.EXPERT}) {
            assertTrue(new Caller("p", r, null).mayReachTenant("t-9"), r.name());
        }
    }

    @Test
    void anonymousReachesNothing() {
        assertFalse(Caller.anonymous().mayReachTenant("t-1"));
        assertFalse(Caller.anonymous().isProvider());
        assertFalse(Caller.anonymous().isTenantUser());
    }
}
