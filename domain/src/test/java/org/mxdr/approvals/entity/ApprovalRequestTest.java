package org.mxdr.approvals.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.mxdr.platform.Conflict;

class ApprovalRequestTest {
    private static final Instant T0 = Instant.parse("2027-03-01T12:00:00Z");
    private static final byte[] KEY = new byte[32];

    private static ApprovalRequest request() {
        return ApprovalRequest.request("t", "i", "a", "expert", T0, Duration.ofHours(24), Duration.ofHours(4));
    }

    @Test
    void remindsEveryIntervalUntilDueThenTimesOut() {
        ApprovalRequest r = request();
        assertFalse(r.remindAt(T0.plus(Duration.ofHours(4)).minusSeconds(1)));
        int sent = 0;
        for (int hour = 4; hour < 24; hour += 4) {
            assertTrue(r.remindAt(T0.plus(Duration.ofHours(hour))), "reminder at " + hour + " h");
            assertFalse(r.remindAt(T0.plus(Duration.ofHours(hour)).plusSeconds(60)), "once per interval");
            sent++;
        }
        assertEquals(5, sent);
        assertEquals(5, r.getReminders());
        assertFalse(r.dueAt(T0.plus(Duration.ofHours(24)).minusSeconds(1)));
        assertTrue(r.dueAt(T0.plus(Duration.ofHours(24))));
        assertFalse(r.remindAt(T0.plus(Duration.ofHours(24))), "at the timeout it times out rather than reminds");
        r.timeOut(T0.plus(Duration.ofHours(24)));
        assertEquals(ApprovalState.TIMED_OUT, r.getState());
        assertThrows(Conflict.class, () -> r.answer(true, "op", T0.plus(Duration.ofHours(25))));
    }

    @Test
    void aServerDownForHoursSendsOneReminder() {
        ApprovalRequest r = request();
        assertTrue(r.remindAt(T0.plus(Duration.ofHours(13))));
        assertFalse(r.remindAt(T0.plus(Duration.ofHours(15))));
        assertTrue(r.remindAt(T0.plus(Duration.ofHours(16))));
        assertEquals(2, r.getReminders());
    }

    @Test
    void exactlyOneAnswerCounts() {
        ApprovalRequest r = request();
        r.answer(false, "op", T0.plusSeconds(5));
        assertEquals(ApprovalState.DENIED, r.getState());
        Conflict second = assertThrows(Conflict.class, () -> r.answer(true, "admin", T0.plusSeconds(6)));
        assertTrue(second.getMessage().contains("denied by op"), second.getMessage());
    }

    @Test
    void aTokenHoldsOnlyWithItsSignature() {
        ApprovalLink link = ApprovalLink.issue(request(), "op");
        String token = ApprovalToken.of(link, KEY);
        assertEquals(link.getId(), ApprovalToken.linkId(token, KEY).orElseThrow());
        assertEquals(link.getExpiresAt(), ApprovalToken.expiry(token));
        char last = token.charAt(token.length() - 1);
        String altered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
        assertTrue(ApprovalToken.linkId(altered, KEY).isEmpty());
        byte[] other = Base64.getDecoder().decode("AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=");
        assertTrue(ApprovalToken.linkId(token, other).isEmpty());
        assertTrue(ApprovalToken.linkId("nonsense", KEY).isEmpty());
        assertTrue(ApprovalToken.linkId(null, KEY).isEmpty());
    }

    @Test
    void aLinkWorksOnceAndNotAfterItsExpiry() {
        ApprovalLink link = ApprovalLink.issue(request(), "op");
        link.use(T0.plusSeconds(1));
        assertThrows(Conflict.class, () -> link.use(T0.plusSeconds(2)));
        ApprovalLink late = ApprovalLink.issue(request(), "op");
        assertThrows(Conflict.class, () -> late.requireUsable(T0.plus(Duration.ofHours(24))));
    }
}
