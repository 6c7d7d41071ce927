package org.mxdr.onboarding.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.Conflict;

class SubscriptionTest {
    private static final Instant AT = Instant.parse("2026-11-22T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-22");
    private static final LocalDate START = LocalDate.parse("2026-12-01");
    private static final LocalDate END = LocalDate.parse("2027-11-30");

    private static Subscription transact(LocalDate start, LocalDate end, Integer seats, CreditPolicy policy) {
        return Subscription.transact("tenant-1", Term.of(start, end), seats, policy, "sales", AT);
    }

    @Test
    void recordsThePurchaseInEnglishWithTheConsentDated() {
        Subscription s = transact(START, END, 250, CreditPolicy.QUARTERLY);
        assertEquals(Term.of(START, END), s.getTerm());
        assertEquals(START, s.getTerm().firstDay());
        assertEquals(END, s.getTerm().lastDay());
        assertEquals(250, s.getSeats());
        assertEquals(CreditPolicy.QUARTERLY, s.getCreditPolicy());
        assertEquals("en", s.getLanguage());
        assertTrue(s.isHuntingConsent());
        assertEquals(AT, s.getHuntingConsentAt());
        assertEquals("sales", s.getTransactedBy());
        assertEquals(AT, s.getTransactedAt());
    }

    @Test
    void theCreditPolicyIsMonthlyUnlessChosen() {
        assertEquals(CreditPolicy.MONTHLY, transact(START, END, 1, null).getCreditPolicy());
    }

    @Test
    void termAndSeatsAreCheckedNamingTheField() {
        assertEquals("termStart", assertThrows(BadInput.class, () -> transact(null, END, 10, null)).field());
        assertEquals("termEnd", assertThrows(BadInput.class, () -> transact(START, null, 10, null)).field());
        assertEquals("termEnd", assertThrows(BadInput.class, () -> transact(START, START, 10, null)).field());
        assertEquals("termEnd", assertThrows(BadInput.class, () -> transact(START, START.minusDays(1), 10, null)).field());
        assertEquals("termEnd", assertThrows(BadInput.class,
                () -> transact(LocalDate.parse("2025-01-01"), TODAY.minusDays(1), 10, null)).field(), "a term that is over");
        assertEquals("seats", assertThrows(BadInput.class, () -> transact(START, END, null, null)).field());
        assertEquals("seats", assertThrows(BadInput.class, () -> transact(START, END, 0, null)).field());
        assertEquals("seats", assertThrows(BadInput.class, () -> transact(START, END, -5, null)).field());
        assertEquals("seats", assertThrows(BadInput.class, () -> transact(START, END, Subscription.MAX_SEATS + 1, null)).field());
    }

    @Test
    void edgesOfTheTermAreAccepted() {
        assertEquals(1, transact(START, START.plusDays(1), 1, null).getSeats());
        assertEquals(Subscription.MAX_SEATS, transact(START, END, Subscription.MAX_SEATS, null).getSeats());
        // started before today (signed late), ends today
        assertEquals(SubscriptionStatus.ACTIVE, transact(LocalDate.parse("2026-01-01"), TODAY, 5, null).statusOn(TODAY));
    }

    @Test
    void statusFollowsTheDay() {
        Subscription s = transact(START, END, 10, null);
        assertEquals(SubscriptionStatus.SCHEDULED, s.statusOn(TODAY));
        assertEquals(SubscriptionStatus.ACTIVE, s.statusOn(START));
        assertEquals(SubscriptionStatus.ACTIVE, s.statusOn(END));
        assertEquals(SubscriptionStatus.ENDED, s.statusOn(END.plusDays(1)));
        assertTrue(s.isCurrentOn(TODAY));
        assertTrue(s.isCurrentOn(END));
        assertFalse(s.isCurrentOn(END.plusDays(1)));
    }

    @Test
    void terminationEndsItNowAndOnlyOnce() {
        Subscription s = transact(LocalDate.parse("2026-11-01"), END, 10, null);
        assertNull(s.getTerminatedAt());
        Instant later = AT.plusSeconds(3600);
        s.terminate("contoso-admin", later, TODAY);
        assertEquals(SubscriptionStatus.TERMINATED, s.statusOn(TODAY));
        assertFalse(s.isCurrentOn(TODAY));
        assertEquals("contoso-admin", s.getTerminatedBy());
        assertEquals(later, s.getTerminatedAt());
        assertTrue(s.describe(TODAY).contains("status=TERMINATED"), s.describe(TODAY));
        assertThrows(Conflict.class, () -> s.terminate("sales", later, TODAY));
    }

    @Test
    void anEndedSubscriptionCannotBeTerminated() {
        Subscription s = transact(LocalDate.parse("2026-01-01"), TODAY, 10, null);
        assertThrows(Conflict.class, () -> s.terminate("sales", AT, TODAY.plusDays(1)));
    }
}
