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

class AppUserTest {
    private static final Instant AT = Instant.parse("2026-11-22T10:00:00Z");
    private static final String GOOD = "a long enough secret";

    @Test
    void storesTheHashNeverThePassword() {
        AppUser user = AppUser.register("alice", GOOD, "Alice@Example.com", Role.PROVIDER_ADMIN, null, AT);
        assertNotEquals(GOOD, user.getPasswordHash());
        assertTrue(user.getPasswordHash().startsWith("$2a$" + String.format("%02d", PasswordHash.cost()) + "$"),
                "bcrypt 2a at the configured cost: " + user.getPasswordHash());
        assertTrue(PasswordHash.matches(GOOD, user.getPasswordHash()));
        assertFalse(PasswordHash.matches("another secret!", user.getPasswordHash()));
        assertEquals("alice@example.com", user.getEmail());
        assertEquals(AT, user.getCreatedAt());
    }

    @Test
    void tenantRoleNeedsATenant() {
        BadInput e = assertThrows(BadInput.class,
                () -> AppUser.register("bob", GOOD, "bob@example.com", Role.TENANT_READER, null, AT));
        assertEquals("tenantId", e.field());
    }

    @Test
    void providerRoleRefusesATenant() {
        BadInput e = assertThrows(BadInput.class,
                () -> AppUser.register("bob", GOOD, "bob@example.com", Role.EXPERT, "t-1", AT));
        assertEquals("tenantId", e.field());
    }

    @Test
    void usernameRules() {
        assertEquals("username", assertThrows(BadInput.class,
                () -> AppUser.register("Bob Smith", GOOD, "b@example.com", Role.EXPERT, null, AT)).field());
        assertEquals("username", assertThrows(BadInput.class,
                () -> AppUser.register("ab", GOOD, "b@example.com", Role.EXPERT, null, AT)).field());
        assertEquals("username", assertThrows(BadInput.class,
                () -> AppUser.register(null, GOOD, "b@example.com", Role.EXPERT, null, AT)).field());
    }

    @Test
    void badEmailNamed() {
        assertEquals("email", assertThrows(BadInput.class,
                () -> AppUser.register("carol", GOOD, "carol@", Role.EXPERT, null, AT)).field());
        assertEquals("email", assertThrows(BadInput.class,
                () -> AppUser.register("carol", GOOD, "carol@localhost", Role.EXPERT, null, AT)).field());
    }

    @Test
    void belongsOnlyToItsOwnTenant() {
        AppUser user = AppUser.register("dave", GOOD, "d@example.com", Role.TENANT_ADMIN, "t-1", AT);
        assertTrue(user.belongsTo("t-1"));
        assertFalse(user.belongsTo("t-2"));
        assertFalse(user.belongsTo(null));
    }

    @Test
    void changePasswordKeepsThePolicy() {
        AppUser user = AppUser.register("erin", GOOD, "e@example.com", Role.EXPERT, null, AT);
        assertThrows(BadInput.class, () -> user.changePassword("short"));
        user.changePassword("a brand new passphrase");
        assertTrue(PasswordHash.matches("a brand new passphrase", user.getPasswordHash()));
    }
}
