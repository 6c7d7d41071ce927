package org.mxdr.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.Role;

class ServiceAccountTest {
    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void keepsOnlyTheHashOfARandomSecret() {
        ServiceAccount.Created one = ServiceAccount.create("Detection platform", Role.PLATFORM, null, "admin", AT);
        ServiceAccount.Created two = ServiceAccount.create("Detection platform", Role.PLATFORM, null, "admin", AT);
        assertNotEquals(one.secret(), two.secret());
        assertNotEquals(one.account().getId(), two.account().getId());
        assertTrue(one.secret().length() >= 43, "256 bits in base64url");
        assertTrue(one.account().accepts(one.secret()));
        assertFalse(one.account().accepts(two.secret()));
        assertFalse(one.account().accepts(null));
        assertEquals(ServiceAccount.hash(one.secret()), one.account().getSecretHash());
    }

    @Test
    void rotationRetiresTheOldSecretAtOnce() {
        ServiceAccount.Created created = ServiceAccount.create("Scripts", Role.TENANT_READER, "t-1", "t-admin", AT);
        String fresh = created.account().rotateSecret(AT.plusSeconds(60));
        assertFalse(created.account().accepts(created.secret()));
        assertTrue(created.account().accepts(fresh));
        assertEquals(AT.plusSeconds(60), created.account().getSecretRotatedAt());
    }

    @Test
    void aRevokedAccountAcceptsNoSecretAndCannotRotate() {
        ServiceAccount.Created created = ServiceAccount.create("Scripts", Role.TENANT_OPERATOR, "t-1", "t-admin", AT);
        created.account().revoke(AT.plusSeconds(5));
        created.account().revoke(AT.plusSeconds(50));
        assertEquals(AT.plusSeconds(5), created.account().getRevokedAt());
        assertFalse(created.account().accepts(created.secret()));
        assertEquals("id", assertThrows(BadInput.class, () -> created.account().rotateSecret(AT)).field());
    }

    @Test
    void rolesFollowTheSidesAndTheNameIsChecked() {
        assertEquals("tenantId", assertThrows(BadInput.class, () -> ServiceAccount.create("x", Role.TENANT_ADMIN, null, "a", AT)).field());
        assertEquals("tenantId", assertThrows(BadInput.class, () -> ServiceAccount.create("x", Role.PLATFORM, "t-1", "a", AT)).field());
        assertEquals("role", assertThrows(BadInput.class, () -> ServiceAccount.create("x", null, null, "a", AT)).field());
        assertEquals("name", assertThrows(BadInput.class, () -> ServiceAccount.create(" ", Role.PLATFORM, null, "a", AT)).field());
        assertEquals("name", assertThrows(BadInput.class, () -> ServiceAccount.create("a\u0007b", Role.PLATFORM, null, "a", AT)).field());
        assertEquals("name", assertThrows(BadInput.class, () -> ServiceAccount.create("n".repeat(101), Role.PLATFORM, null, "a", AT)).field());
        assertEquals("Platform", ServiceAccount.create("  Platform ", Role.PLATFORM, null, "a", AT).account().getName());
    }
}
