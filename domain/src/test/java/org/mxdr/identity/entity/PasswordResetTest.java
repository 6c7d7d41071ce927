package org.mxdr.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.Conflict;
import org.mxdr.platform.Role;
import org.mxdr.platform.SingleUseLink;

class PasswordResetTest {
    private static final Instant AT = Instant.parse("2026-11-30T09:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);
    private final AppUser user = AppUser.register("forgetful", "a long enough secret", "f@example.org", Role.TENANT_READER, "t-1", AT);

    @Test
    void aLinkWorksOnceUntilItExpires() {
        PasswordReset.Issued issued = PasswordReset.issue(user, AT, HOUR);
        PasswordReset reset = issued.reset();
        assertNotEquals(issued.token(), SingleUseLink.hash(issued.token()), "only the hash is kept");
        assertEquals(SingleUseLink.State.VALID, reset.stateAt(AT.plus(HOUR).minusMillis(1)));
        assertEquals(SingleUseLink.State.EXPIRED, reset.stateAt(AT.plus(HOUR)));
        reset.redeem(AT.plusSeconds(60));
        assertEquals(SingleUseLink.State.USED, reset.stateAt(AT.plusSeconds(61)));
        assertTrue(assertThrows(Conflict.class, () -> reset.redeem(AT.plusSeconds(62))).getMessage().contains("used already"));
    }

    @Test
    void aNewerLinkVoidsTheOlderAndAnExpiredOneIsRefused() {
        PasswordReset older = PasswordReset.issue(user, AT, HOUR).reset();
        older.voidFor(AT.plusSeconds(5));
        assertEquals(SingleUseLink.State.REPLACED, older.stateAt(AT.plusSeconds(6)));
        assertTrue(assertThrows(Conflict.class, () -> older.redeem(AT.plusSeconds(7))).getMessage().contains("newer"));
        PasswordReset late = PasswordReset.issue(user, AT, HOUR).reset();
        assertTrue(assertThrows(Conflict.class, () -> late.redeem(AT.plus(HOUR))).getMessage().contains("expired"));
    }

    @Test
    void aUserKeepsARoleOnItsSide() {
        user.changeRole(Role.TENANT_ADMIN);
        assertEquals(Role.TENANT_ADMIN, user.getRole());
        assertEquals("role", assertThrows(BadInput.class, () -> user.changeRole(Role.EXPERT)).field());
        assertEquals("role", assertThrows(BadInput.class, () -> user.changeRole(null)).field());
        assertEquals("email", assertThrows(BadInput.class, () -> user.changeEmail("nowhere")).field());
        user.changeEmail("New@Example.org");
        assertEquals("new@example.org", user.getEmail());
    }
}
