package org.mxdr.onboarding.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.mxdr.platform.BadInput;

class TenantTest {
    private static final Instant AT = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void onboardsInEnglishWithItsRegion() {
        Tenant t = Tenant.onboard("  Contoso   Ltd ", Cloud.COMMERCIAL, Region.EU, "Admin@Contoso.com", AT);
        assertEquals("Contoso Ltd", t.getName());
        assertEquals("en", t.getLanguage());
        assertEquals(Region.EU, t.getRegion());
        assertEquals("admin@contoso.com", t.getAdminEmail());
        assertEquals(AT, t.getCreatedAt());
        assertEquals(36, t.getId().length());
    }

    @Test
    void namesFieldsAtFault() {
        assertEquals("name", assertThrows(BadInput.class,
                () -> Tenant.onboard(" ", Cloud.COMMERCIAL, Region.EU, "a@b.com", AT)).field());
        assertEquals("name", assertThrows(BadInput.class,
                () -> Tenant.onboard("x".repeat(201), Cloud.COMMERCIAL, Region.EU, "a@b.com", AT)).field());
        assertEquals("name", assertThrows(BadInput.class,
                () -> Tenant.onboard("bad\u0007name", Cloud.COMMERCIAL, Region.EU, "a@b.com", AT)).field());
        assertEquals("cloud", assertThrows(BadInput.class,
                () -> Tenant.onboard("Fabrikam", null, Region.EU, "a@b.com", AT)).field());
        assertEquals("region", assertThrows(BadInput.class,
                () -> Tenant.onboard("Fabrikam", Cloud.GCC, null, "a@b.com", AT)).field());
        assertEquals("adminEmail", assertThrows(BadInput.class,
                () -> Tenant.onboard("Fabrikam", Cloud.GCC, Region.US, "not an email", AT)).field());
    }

    @Test
    void onlyTheCommercialCloudIsCommercial() {
        assertTrue(Cloud.COMMERCIAL.commercial());
        assertFalse(Cloud.GCC.commercial());
        assertFalse(Cloud.GCC_HIGH.commercial());
        assertFalse(Cloud.DOD.commercial());
    }

    @Test
    void namesDifferingOnlyByCaseShareAKey() {
        assertEquals(Tenant.nameKey(Tenant.checkName("Contoso")), Tenant.nameKey(Tenant.checkName("CONTOSO")));
    }
}
