package org.mxdr.onboarding.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.mxdr.platform.Conflict;
import org.mxdr.platform.SingleUseLink;

class WelcomeLinkTest {
    private static final Instant AT = Instant.parse("2026-11-22T10:00:00Z");
    private static final Duration WEEK = Duration.ofDays(7);

    @Test
    void storesOnlyAHashOfAnUnguessableToken() {
        WelcomeLink.Issued issued = WelcomeLink.issue("t1", "admin@contoso.example", AT, WEEK);
        assertTrue(issued.token().length() >= 43, "256 random bits");
        assertTrue(issued.token().matches("[A-Za-z0-9_-]+"), "safe in a URL");
        assertEquals(64, SingleUseLink.hash(issued.token()).length());
        assertNotEquals(issued.token(), SingleUseLink.hash(issued.token()));
        assertNotEquals(issued.token(), WelcomeLink.issue("t1", "admin@contoso.example", AT, WEEK).token());
        assertEquals(AT.plus(WEEK), issued.link().getExpiresAt());
    }

    @Test
    void validUntilJustBeforeItExpires() {
        WelcomeLink link = WelcomeLink.issue("t1", "a@b.example", AT, WEEK).link();
        assertEquals(SingleUseLink.State.VALID, link.stateAt(AT));
        assertEquals(SingleUseLink.State.VALID, link.stateAt(AT.plus(WEEK).minusMillis(1)));
        assertEquals(SingleUseLink.State.EXPIRED, link.stateAt(AT.plus(WEEK)));
    }

    @Test
    void worksOnce() {
        WelcomeLink link = WelcomeLink.issue("t1", "a@b.example", AT, WEEK).link();
        link.redeem("contoso-admin", AT.plusSeconds(60));
        assertEquals(SingleUseLink.State.USED, link.stateAt(AT.plusSeconds(61)));
        assertEquals(AT.plusSeconds(60), link.getUsedAt());
        Conflict again = assertThrows(Conflict.class, () -> link.redeem("contoso-admin", AT.plusSeconds(120)));
        assertTrue(again.getMessage().contains("used already"), again.getMessage());
    }

    @Test
    void refusedAfterItExpired() {
        WelcomeLink link = WelcomeLink.issue("t1", "a@b.example", AT, WEEK).link();
        Conflict expired = assertThrows(Conflict.class, () -> link.redeem("contoso-admin", AT.plus(Duration.ofDays(8))));
        assertTrue(expired.getMessage().contains("expired"), expired.getMessage());
        assertEquals(SingleUseLink.State.EXPIRED, link.stateAt(AT.plus(Duration.ofDays(8))));
        assertFalse(link.getUsedAt() != null, "an expired link stays unused");
    }
}
