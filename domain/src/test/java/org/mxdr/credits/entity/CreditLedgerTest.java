package org.mxdr.credits.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mxdr.onboarding.entity.CreditPolicy;
import org.mxdr.platform.Conflict;

/** Which credit a question consumes, when it is beyond allocation, and that the ledger adds up. */
class CreditLedgerTest {
    static final CreditRules MONTHLY = CreditRules.of(CreditPolicy.MONTHLY);
    static final CreditRules QUARTERLY = CreditRules.of(CreditPolicy.QUARTERLY);
    static final LocalDate START = LocalDate.parse("2026-01-01");
    static final LocalDate END = LocalDate.parse("2027-12-31");

    static List<Credit> grant(CreditRules rules, String period, LocalDate today) {
        List<Credit> credits = new ArrayList<>();
        CreditGrant.of("s", "t", rules, rules.allotment(START, END, CreditPeriod.parse(period), today).orElseThrow(), Instant.EPOCH, credits);
        return credits;
    }

    @Test
    void aQuestionConsumesTheCreditThatExpiresSoonest() {
        List<Credit> credits = new ArrayList<>(grant(MONTHLY, "2026-12", LocalDate.parse("2026-12-01")));
        credits.addAll(grant(MONTHLY, "2026-10", LocalDate.parse("2026-12-01")));
        credits.addAll(grant(MONTHLY, "2026-11", LocalDate.parse("2026-12-01")));
        Instant at = Instant.parse("2026-12-10T12:00:00Z");
        Credit first = new CreditLedger(MONTHLY, credits, 0).consumeSoonestExpiring("q1", at).orElseThrow();
        assertEquals("2026-10", first.getPeriod());
        assertEquals("q1", first.getQuestionId());
        assertEquals(at, first.getUsedAt());
        Credit second = new CreditLedger(MONTHLY, credits, 1).consumeSoonestExpiring("q2", at).orElseThrow();
        assertEquals("2026-10", second.getPeriod());
        assertEquals("2026-11", new CreditLedger(MONTHLY, credits, 2).consumeSoonestExpiring("q3", at).orElseThrow().getPeriod());
    }

    @Test
    void expiredCreditsAreNeverConsumed() {
        List<Credit> credits = new ArrayList<>(grant(MONTHLY, "2026-09", LocalDate.parse("2026-12-01")));
        credits.addAll(grant(MONTHLY, "2026-12", LocalDate.parse("2026-12-01")));
        // September's credits expire on 2026-11-30 (2026-09-01 + 90 days)
        Credit used = new CreditLedger(MONTHLY, credits, 0).consumeSoonestExpiring("q", Instant.parse("2026-11-30T00:00:00Z")).orElseThrow();
        assertEquals("2026-12", used.getPeriod());
    }

    @Test
    void theThirdQuestionInAMonthWithTwoCreditsIsBeyondAllocation() {
        List<Credit> credits = grant(MONTHLY, "2026-12", LocalDate.parse("2026-12-01"));
        Instant at = Instant.parse("2026-12-02T09:00:00Z");
        assertTrue(new CreditLedger(MONTHLY, credits, 0).consumeSoonestExpiring("q1", at).isPresent());
        assertTrue(new CreditLedger(MONTHLY, credits, 1).consumeSoonestExpiring("q2", at).isPresent());
        assertEquals(Optional.empty(), new CreditLedger(MONTHLY, credits, 2).consumeSoonestExpiring("q3", at));
        List<CreditLedger.Line> lines = credits.stream().map(c -> CreditLedger.Line.of(c, null, LocalDate.parse("2026-12-02"))).toList();
        CreditLedger.Totals totals = CreditLedger.Totals.of(lines);
        assertEquals(new CreditLedger.Totals(2, 2, 0, 0), totals);
        assertTrue(totals.addsUp());
    }

    @Test
    void theTwentyFirstQuestionOfAQuarterIsBeyondAllocationEvenWithCreditsLeft() {
        List<Credit> credits = new ArrayList<>();
        for (String q : List.of("2026-Q1", "2026-Q2", "2026-Q3")) {
            credits.addAll(grant(QUARTERLY, q, LocalDate.parse("2026-07-01")));
        }
        Instant at = Instant.parse("2026-08-01T10:00:00Z");
        for (int i = 0; i < 20; i++) {
            assertTrue(new CreditLedger(QUARTERLY, credits, i).consumeSoonestExpiring("q" + i, at).isPresent(), "question " + (i + 1));
        }
        assertEquals(Optional.empty(), new CreditLedger(QUARTERLY, credits, 20).consumeSoonestExpiring("q21", at));
        CreditLedger.Totals totals = CreditLedger.Totals.of(credits.stream().map(c -> CreditLedger.Line.of(c, null, LocalDate.parse("2026-08-01"))).toList());
        assertEquals(new CreditLedger.Totals(30, 20, 0, 10), totals);
        // the next quarter starts counting again
        assertTrue(new CreditLedger(QUARTERLY, credits, 0).consumeSoonestExpiring("q22", Instant.parse("2026-10-01T00:00:00Z")).isPresent());
    }

    @Test
    void withNoCreditAtAllTheQuestionIsBeyondAllocation() {
        assertEquals(Optional.empty(), new CreditLedger(MONTHLY, List.of(), 0).consumeSoonestExpiring("q", Instant.parse("2026-12-02T09:00:00Z")));
    }

    @Test
    void aCreditIsUsedOnceAndATerminationExpiresTheRest() {
        List<Credit> credits = grant(MONTHLY, "2026-12", LocalDate.parse("2026-12-01"));
        Credit c = credits.get(0);
        new CreditLedger(MONTHLY, List.of(c), 0).consumeSoonestExpiring("q1", Instant.parse("2026-12-02T09:00:00Z"));
        assertThrows(Conflict.class, () -> c.useFor("q2", Instant.parse("2026-12-02T09:00:00Z")));
        Credit other = credits.get(1);
        LocalDate terminatedOn = LocalDate.parse("2026-12-10");
        assertEquals(CreditState.AVAILABLE, other.stateOn(LocalDate.parse("2026-12-09"), terminatedOn));
        assertEquals(CreditState.EXPIRED, other.stateOn(LocalDate.parse("2026-12-10"), terminatedOn));
        assertEquals(terminatedOn, other.expiresOn(terminatedOn));
        assertEquals(CreditState.USED, c.stateOn(LocalDate.parse("2026-12-10"), terminatedOn));
        CreditLedger.Totals totals = CreditLedger.Totals.of(credits.stream().map(x -> CreditLedger.Line.of(x, terminatedOn, LocalDate.parse("2026-12-11"))).toList());
        assertEquals(new CreditLedger.Totals(2, 1, 1, 0), totals);
        assertFalse(other.usableAt(Instant.parse("2027-03-01T00:00:00Z")));
    }
}
