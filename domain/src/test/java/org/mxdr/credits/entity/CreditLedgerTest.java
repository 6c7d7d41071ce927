package org.mxdr.credits.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    static CreditGrant grant(CreditRules rules, String period, LocalDate today) {
        return CreditGrant.of("s", "t", rules, rules.allotment(START, END, CreditPeriod.parse(period), today).orElseThrow(), Instant.EPOCH);
    }

    /** Every credit's line as of the day, the uses recorded so far, checked to add up. */
    static CreditLedger.Totals totals(List<CreditGrant> grants, List<CreditUse> uses, LocalDate terminatedOn, LocalDate today) {
        List<CreditLedger.Line> lines = new ArrayList<>();
        for (CreditGrant g : grants) {
            Map<Integer, CreditUse> ofGrant = new HashMap<>();
            uses.stream().filter(u -> u.getGrantId().equals(g.getId())).forEach(u -> ofGrant.put(u.getSeq(), u));
            lines.addAll(CreditLedger.Line.of(g, ofGrant, terminatedOn, today));
        }
        CreditLedger.Totals totals = CreditLedger.Totals.of(lines);
        assertTrue(totals.addsUp(), totals.toString());
        return totals;
    }

    @Test
    void aQuestionConsumesTheCreditThatExpiresSoonest() {
        List<CreditGrant> grants = List.of(grant(MONTHLY, "2026-12", LocalDate.parse("2026-12-01")),
                grant(MONTHLY, "2026-10", LocalDate.parse("2026-12-01")), grant(MONTHLY, "2026-11", LocalDate.parse("2026-12-01")));
        Instant at = Instant.parse("2026-12-10T12:00:00Z");
        List<CreditUse> uses = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            uses.add(new CreditLedger(MONTHLY, grants, i).consumeSoonestExpiring("q" + i, at).orElseThrow());
        }
        assertEquals(List.of(grants.get(1).creditId(1), grants.get(1).creditId(2), grants.get(2).creditId(1)),
                uses.stream().map(CreditUse::getId).toList(), "October's two, then November's");
        assertEquals("q0", uses.get(0).getQuestionId());
        assertEquals(at, uses.get(0).getUsedAt());
        assertEquals(new CreditLedger.Totals(6, 3, 0, 3), totals(grants, uses, null, LocalDate.parse("2026-12-10")));
    }

    @Test
    void expiredCreditsAreNeverConsumed() {
        List<CreditGrant> grants = List.of(grant(MONTHLY, "2026-09", LocalDate.parse("2026-12-01")),
                grant(MONTHLY, "2026-12", LocalDate.parse("2026-12-01")));
        // September's credits expire on 2026-11-30 (2026-09-01 + 90 days)
        CreditUse used = new CreditLedger(MONTHLY, grants, 0).consumeSoonestExpiring("q", Instant.parse("2026-11-30T00:00:00Z")).orElseThrow();
        assertEquals(grants.get(1).getId(), used.getGrantId());
        assertEquals(new CreditLedger.Totals(4, 1, 2, 1), totals(grants, List.of(used), null, LocalDate.parse("2026-12-01")));
    }

    @Test
    void theThirdQuestionInAMonthWithTwoCreditsIsBeyondAllocation() {
        List<CreditGrant> grants = List.of(grant(MONTHLY, "2026-12", LocalDate.parse("2026-12-01")));
        Instant at = Instant.parse("2026-12-02T09:00:00Z");
        List<CreditUse> uses = new ArrayList<>();
        uses.add(new CreditLedger(MONTHLY, grants, 0).consumeSoonestExpiring("q1", at).orElseThrow());
        uses.add(new CreditLedger(MONTHLY, grants, 1).consumeSoonestExpiring("q2", at).orElseThrow());
        assertEquals(Optional.empty(), new CreditLedger(MONTHLY, grants, 2).consumeSoonestExpiring("q3", at));
        assertEquals(new CreditLedger.Totals(2, 2, 0, 0), totals(grants, uses, null, LocalDate.parse("2026-12-02")));
    }

    @Test
    void theTwentyFirstQuestionOfAQuarterIsBeyondAllocationEvenWithCreditsLeft() {
        List<CreditGrant> grants = new ArrayList<>();
        for (String q : List.of("2026-Q1", "2026-Q2", "2026-Q3")) {
            grants.add(grant(QUARTERLY, q, LocalDate.parse("2026-07-01")));
        }
        Instant at = Instant.parse("2026-08-01T10:00:00Z");
        List<CreditUse> uses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            uses.add(new CreditLedger(QUARTERLY, grants, i).consumeSoonestExpiring("q" + i, at).orElseThrow());
        }
        assertEquals(Optional.empty(), new CreditLedger(QUARTERLY, grants, 20).consumeSoonestExpiring("q21", at));
        assertEquals(new CreditLedger.Totals(30, 20, 0, 10), totals(grants, uses, null, LocalDate.parse("2026-08-01")));
        // the next quarter starts counting again
        assertTrue(new CreditLedger(QUARTERLY, grants, 0).consumeSoonestExpiring("q22", Instant.parse("2026-10-01T00:00:00Z")).isPresent());
    }

    @Test
    void withNoCreditAtAllTheQuestionIsBeyondAllocation() {
        assertEquals(Optional.empty(), new CreditLedger(MONTHLY, List.of(), 0).consumeSoonestExpiring("q", Instant.parse("2026-12-02T09:00:00Z")));
    }

    @Test
    void aGrantsCreditsAreUsedOnceAndATerminationExpiresTheRest() {
        CreditGrant g = grant(MONTHLY, "2026-12", LocalDate.parse("2026-12-01"));
        Instant at = Instant.parse("2026-12-02T09:00:00Z");
        CreditUse first = g.useFor("q1", at);
        CreditUse second = g.useFor("q2", at);
        assertEquals(List.of(1, 2), List.of(first.getSeq(), second.getSeq()));
        assertThrows(Conflict.class, () -> g.useFor("q3", at), "used up");
        assertFalse(g.usableAt(at));

        CreditGrant other = grant(MONTHLY, "2026-12", LocalDate.parse("2026-12-01"));
        CreditUse one = other.useFor("q4", at);
        LocalDate terminatedOn = LocalDate.parse("2026-12-10");
        assertEquals(CreditState.AVAILABLE, other.unusedStateOn(LocalDate.parse("2026-12-09"), terminatedOn));
        assertEquals(CreditState.EXPIRED, other.unusedStateOn(LocalDate.parse("2026-12-10"), terminatedOn));
        assertEquals(terminatedOn, other.expiresOn(terminatedOn));
        assertEquals(new CreditLedger.Totals(2, 1, 1, 0), totals(List.of(other), List.of(one), terminatedOn, LocalDate.parse("2026-12-11")));
        assertThrows(Conflict.class, () -> other.useFor("q5", Instant.parse("2027-03-01T00:00:00Z")), "expired");
    }
}
