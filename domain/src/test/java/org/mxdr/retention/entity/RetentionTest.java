package org.mxdr.retention.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mxdr.onboarding.entity.CreditPolicy;
import org.mxdr.onboarding.entity.Subscription;
import org.mxdr.onboarding.entity.Term;
import org.mxdr.platform.BadInput;

class RetentionTest {
    private static final Instant BOUGHT = Instant.parse("2026-01-10T09:00:00Z");

    private static Subscription year2026() {
        return Subscription.transact("t", Term.of(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31")), 10, CreditPolicy.MONTHLY,
                "sales", BOUGHT);
    }

    @Test
    void aCurrentSubscriptionOrNoneAtAllHasNoEnd() {
        Instant midYear = Instant.parse("2026-06-01T00:00:00Z");
        Retention current = Retention.of(List.of(year2026()), 90, midYear);
        assertNull(current.retainUntil());
        assertFalse(current.dueAt(midYear));
        assertNull(Retention.of(List.of(), 90, midYear).retainUntil(), "never subscribed: nothing to purge");
    }

    @Test
    void aTerminationStartsTheGracePeriodAtOnce() {
        Subscription s = year2026();
        Instant terminated = Instant.parse("2026-03-15T12:00:00Z");
        s.terminate("admin", terminated, LocalDate.parse("2026-03-15"));
        Retention r = Retention.of(List.of(s), 90, terminated);
        assertEquals(terminated, r.endedAt());
        assertEquals(Instant.parse("2026-06-13T12:00:00Z"), r.retainUntil());
        assertFalse(r.dueAt(Instant.parse("2026-06-13T11:59:59Z")));
        assertTrue(r.dueAt(Instant.parse("2026-06-13T12:00:00Z")));
    }

    @Test
    void anEndedTermCountsFromTheEndOfItsLastDay() {
        Retention r = Retention.of(List.of(year2026()), 120, Instant.parse("2027-02-01T00:00:00Z"));
        assertEquals(Instant.parse("2027-01-01T00:00:00Z"), r.endedAt());
        assertEquals(Instant.parse("2027-05-01T00:00:00Z"), r.retainUntil());
    }

    @Test
    void aNewSubscriptionInTheGracePeriodCancelsThePurge() {
        Subscription old = year2026();
        old.terminate("admin", Instant.parse("2026-03-15T12:00:00Z"), LocalDate.parse("2026-03-15"));
        Subscription again = Subscription.transact("t", Term.of(LocalDate.parse("2026-05-01"), LocalDate.parse("2027-04-30")), 10,
                CreditPolicy.MONTHLY, "sales", Instant.parse("2026-04-20T09:00:00Z"));
        Instant later = Instant.parse("2026-07-01T00:00:00Z");
        Retention r = Retention.of(List.of(old, again), 90, later);
        assertNull(r.retainUntil());
        assertFalse(r.dueAt(later));
    }

    @Test
    void aLegalHoldNeedsAReasonNamedInTheRefusal() {
        BadInput missing = assertThrows(BadInput.class, () -> LegalHold.place("t", "  ", "admin", BOUGHT));
        assertEquals("reason", missing.field());
        BadInput tooLong = assertThrows(BadInput.class, () -> LegalHold.place("t", "x".repeat(1001), "admin", BOUGHT));
        assertEquals("reason", tooLong.field());
        assertEquals("Litigation 2026-17", LegalHold.place("t", " Litigation 2026-17 ", "admin", BOUGHT).getReason());
    }
}
