package org.mxdr.onboarding.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.mxdr.identity.entity.AppUser;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.Role;

/** A tenant's delivery manager: an enabled delivery manager of the provider, or none. */
class TenantDeliveryManagerTest {
    private static final Instant AT = Instant.parse("2026-11-22T10:00:00Z");
    private static final String PASSWORD = "a-Long-enough-pass-2026";

    private static AppUser user(String name, Role role, String tenantId) {
        return AppUser.register(name, PASSWORD, name + "@example.org", role, tenantId, AT);
    }

    @Test
    void anEnabledDeliveryManagerIsAssignedAndUnassigned() {
        Tenant t = Tenant.onboard("Contoso", Cloud.COMMERCIAL, Region.EU, "admin@contoso.com", AT);
        assertNull(t.getDeliveryManagerId());
        AppUser dm = user("delivery", Role.DELIVERY_MANAGER, null);
        t.assignDeliveryManager(dm);
        assertEquals(dm.getId(), t.getDeliveryManagerId());
        t.assignDeliveryManager(null);
        assertNull(t.getDeliveryManagerId());
    }

    @Test
    void anyoneElseIsRefusedByNameAndTheAssignmentStays() {
        Tenant t = Tenant.onboard("Contoso", Cloud.COMMERCIAL, Region.EU, "admin@contoso.com", AT);
        AppUser dm = user("delivery", Role.DELIVERY_MANAGER, null);
        t.assignDeliveryManager(dm);
        for (Role role : Role.values()) {
            if (role != Role.DELIVERY_MANAGER) {
                AppUser other = user("someone-" + role.name().toLowerCase().replace('_', '-'), role, role.onTenantSide() ? t.getId() : null);
                BadInput refused = assertThrows(BadInput.class, () -> t.assignDeliveryManager(other), role.name());
                assertEquals("username", refused.field());
                assertTrue(refused.getMessage().contains(other.getUsername()), refused.getMessage());
            }
        }
        AppUser disabled = user("gone", Role.DELIVERY_MANAGER, null);
        disabled.disable();
        assertFalse(Tenant.isActiveDeliveryManager(disabled));
        assertThrows(BadInput.class, () -> t.assignDeliveryManager(disabled), "a disabled delivery manager");
        assertEquals(dm.getId(), t.getDeliveryManagerId());
    }
}
