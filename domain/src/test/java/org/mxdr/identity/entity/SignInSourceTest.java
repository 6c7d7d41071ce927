package org.mxdr.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class SignInSourceTest {
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void freeFailuresRefuseNothing() {
        SignInSource s = SignInSource.fresh(SignInSource.accountKey("Admin", "10.0.0.1"));
        for (int i = 0; i < SignInSource.FREE_PER_ACCOUNT; i++) {
            assertFalse(s.fail(T0, SignInSource.FREE_PER_ACCOUNT));
        }
        assertEquals(Duration.ZERO, s.refusedFor(T0));
    }

    @Test
    void eachFailureBeyondTheFreeOnesDoublesTheWaitUpToFifteenMinutes() {
        SignInSource s = SignInSource.fresh("k");
        for (int i = 0; i < 3; i++) {
            s.fail(T0, 3);
        }
        assertTrue(s.fail(T0, 3), "the first refusal is the moment to tell the owner");
        assertEquals(Duration.ofSeconds(1), s.refusedFor(T0));
        assertFalse(s.fail(T0, 3));
        assertEquals(Duration.ofSeconds(2), s.refusedFor(T0));
        s.fail(T0, 3);
        assertEquals(Duration.ofSeconds(4), s.refusedFor(T0));
        for (int i = 0; i < 30; i++) {
            s.fail(T0, 3);
        }
        assertEquals(SignInSource.MAX_BLOCK, s.refusedFor(T0));
        assertEquals(Duration.ZERO, s.refusedFor(T0.plus(SignInSource.MAX_BLOCK)));
    }

    @Test
    void aQuietWindowForgetsTheFailures() {
        SignInSource s = SignInSource.fresh("k");
        for (int i = 0; i < 10; i++) {
            s.fail(T0, 5);
        }
        Instant later = T0.plus(SignInSource.WINDOW).plusSeconds(1);
        assertFalse(s.fail(later, 5));
        assertEquals(1, s.getFailures());
        assertEquals(Duration.ZERO, s.refusedFor(later));
    }

    @Test
    void accountKeysIgnoreCaseAndNameTheAddress() {
        assertEquals(SignInSource.accountKey("Platform", "10.0.0.1"), SignInSource.accountKey("platform ", "10.0.0.1"));
        assertFalse(SignInSource.accountKey("platform", "10.0.0.1").equals(SignInSource.accountKey("platform", "10.0.0.2")));
    }
}
