package org.mxdr.credits.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mxdr.onboarding.entity.CreditPolicy;

/** The credit policies (monthly: two credits a month, each kept 90 days; quarterly: ten a quarter, rolled over to the year's end) at every edge. */
class CreditRulesTest {
    static final CreditRules MONTHLY = CreditRules.of(CreditPolicy.MONTHLY);
    static final CreditRules QUARTERLY = CreditRules.of(CreditPolicy.QUARTERLY);

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    static CreditPeriod p(String s) {
        return CreditPeriod.parse(s);
    }

    @Test
    void theSubscriptionsPolicyPicksTheRules() {
        assertTrue(MONTHLY instanceof MonthlyCredits);
        assertTrue(QUARTERLY instanceof QuarterlyCredits);
        assertEquals(CreditPolicy.MONTHLY, MONTHLY.policy());
        assertEquals(CreditPolicy.QUARTERLY, QUARTERLY.policy());
        assertTrue(CreditRules.of(null) instanceof MonthlyCredits, "monthly is the default");
    }

    @Nested
    class Monthly {
        final LocalDate start = d("2026-01-01");
        final LocalDate end = d("2027-12-31");

        @Test
        void twoCreditsOnTheFirstOfTheMonthAt0000Utc() {
            LocalDate dec1 = CreditRules.dayOf(Instant.parse("2026-12-01T00:00:00Z"));
            Allotment a = MONTHLY.allotment(start, end, p("2026-12"), dec1).orElseThrow();
            assertEquals(2, a.credits());
            assertEquals(d("2026-12-01"), a.assignedOn());
            LocalDate lastMomentOfNovember = CreditRules.dayOf(Instant.parse("2026-11-30T23:59:59.999Z"));
            assertEquals(Optional.empty(), MONTHLY.allotment(start, end, p("2026-12"), lastMomentOfNovember),
                    "not before 00:00 UTC of the first");
            assertEquals(p("2026-12"), MONTHLY.periodOf(dec1));
            assertEquals(p("2026-11"), MONTHLY.periodOf(lastMomentOfNovember));
        }

        @Test
        void eachExpires90DaysAfterAssignment() {
            Allotment a = MONTHLY.allotment(start, end, p("2026-12"), d("2026-12-01")).orElseThrow();
            assertEquals(d("2027-03-01"), a.expiresOn(), "2026-12-01 + 90 days");
            CreditGrant c = grant(a);
            assertTrue(c.usableAt(Instant.parse("2027-02-28T23:59:59Z")));
            assertFalse(c.usableAt(Instant.parse("2027-03-01T00:00:00Z")), "expired at 00:00 UTC of its expiry day");
            assertEquals(CreditState.AVAILABLE, c.unusedStateOn(d("2027-02-28"), null));
            assertEquals(CreditState.EXPIRED, c.unusedStateOn(d("2027-03-01"), null));
        }

        @Test
        void orAtTheEndOfTheSubscriptionWhenThatComesFirst() {
            LocalDate shortEnd = d("2027-01-15");
            Allotment a = MONTHLY.allotment(start, shortEnd, p("2026-12"), d("2026-12-01")).orElseThrow();
            assertEquals(d("2027-01-16"), a.expiresOn(), "usable through the subscription's last day");
            CreditGrant c = grant(a);
            assertTrue(c.usableAt(Instant.parse("2027-01-15T23:59:59Z")));
            assertFalse(c.usableAt(Instant.parse("2027-01-16T00:00:00Z")));
            // the term ends exactly 90 days after: both limits agree
            assertEquals(d("2027-03-01"), MONTHLY.expiresOn(d("2026-12-01"), d("2027-02-28")));
        }

        @Test
        void aSubscriptionStartingMidMonthGetsThatMonthsCreditsOnItsStartDateAndNoneBefore() {
            LocalDate midStart = d("2026-12-15");
            assertEquals(Optional.empty(), MONTHLY.allotment(midStart, end, p("2026-11"), d("2026-12-20")), "no credit for a month before the start");
            assertEquals(Optional.empty(), MONTHLY.allotment(midStart, end, p("2026-12"), d("2026-12-14")), "not before the start date");
            Allotment a = MONTHLY.allotment(midStart, end, p("2026-12"), d("2026-12-15")).orElseThrow();
            assertEquals(d("2026-12-15"), a.assignedOn());
            assertEquals(d("2027-03-15"), a.expiresOn());
            assertEquals(d("2027-01-01"), MONTHLY.allotment(midStart, end, p("2027-01"), d("2027-01-01")).orElseThrow().assignedOn());
        }

        @Test
        void noCreditsAfterTheEnd() {
            LocalDate shortEnd = d("2027-01-15");
            assertTrue(MONTHLY.allotment(start, shortEnd, p("2027-01"), d("2027-02-10")).isPresent(), "January began within the term");
            assertEquals(Optional.empty(), MONTHLY.allotment(start, shortEnd, p("2027-02"), d("2027-02-10")));
            // a term ending on the first of a month still gets that month's credits, for its last day
            Allotment lastDay = MONTHLY.allotment(start, d("2027-02-01"), p("2027-02"), d("2027-02-01")).orElseThrow();
            assertEquals(d("2027-02-02"), lastDay.expiresOn());
        }

        @Test
        void leapYearsCountTheirTwentyNinthOfFebruary() {
            assertEquals(d("2028-03-31"), MONTHLY.expiresOn(d("2028-01-01"), end.plusYears(5)), "2028 is a leap year");
            assertEquals(d("2027-04-01"), MONTHLY.expiresOn(d("2027-01-01"), end.plusYears(5)));
            assertEquals(d("2028-05-01"), MONTHLY.expiresOn(d("2028-02-01"), end.plusYears(5)));
            assertEquals(d("2027-05-02"), MONTHLY.expiresOn(d("2027-02-01"), end.plusYears(5)));
            // a subscription starting on the 29th of February gets February's credits that day
            Allotment leapDay = MONTHLY.allotment(d("2028-02-29"), d("2029-02-27"), p("2028-02"), d("2028-02-29")).orElseThrow();
            assertEquals(d("2028-02-29"), leapDay.assignedOn());
            assertEquals(d("2028-05-29"), leapDay.expiresOn());
        }

        @Test
        void theWrongKindOfPeriodGrantsNothing() {
            assertEquals(Optional.empty(), MONTHLY.allotment(start, end, p("2026-Q4"), d("2026-12-01")));
        }

        @Test
        void catchUpCoversTheCurrentMonthAndThoseBefore() {
            assertEquals(List.of(p("2026-10"), p("2026-11"), p("2026-12"), p("2027-01")), MONTHLY.periodsSince(d("2027-01-15"), 3));
        }
    }

    @Nested
    class Quarterly {
        final LocalDate start = d("2026-01-01");
        final LocalDate end = d("2028-12-31");

        @Test
        void tenCreditsAtTheStartOfEachQuarterExpiringAtTheEndOfTheYear() {
            assertEquals(Optional.empty(), QUARTERLY.allotment(start, end, p("2026-Q4"), CreditRules.dayOf(Instant.parse("2026-09-30T23:59:59Z"))));
            Allotment q4 = QUARTERLY.allotment(start, end, p("2026-Q4"), CreditRules.dayOf(Instant.parse("2026-10-01T00:00:00Z"))).orElseThrow();
            assertEquals(10, q4.credits());
            assertEquals(d("2026-10-01"), q4.assignedOn());
            assertEquals(d("2027-01-01"), q4.expiresOn(), "end of the calendar year");
            assertEquals(d("2027-01-01"), QUARTERLY.allotment(start, end, p("2026-Q1"), d("2026-01-01")).orElseThrow().expiresOn(),
                    "unused credits roll over to the end of the year");
            assertEquals(Optional.empty(), QUARTERLY.allotment(start, end, p("2026-12"), d("2026-12-01")));
        }

        @Test
        void orAtTheEndOfTheSubscriptionIncludingTheLeapDay() {
            assertEquals(d("2028-03-01"), QUARTERLY.allotment(start, d("2028-02-29"), p("2028-Q1"), d("2028-01-01")).orElseThrow().expiresOn());
            assertEquals(d("2027-06-16"), QUARTERLY.expiresOn(d("2027-04-01"), d("2027-06-15")));
        }

        @Test
        void aSubscriptionStartingMidQuarterGetsThatQuartersCreditsOnItsStartDate() {
            LocalDate midStart = d("2027-02-10");
            assertEquals(Optional.empty(), QUARTERLY.allotment(midStart, end, p("2026-Q4"), d("2027-02-10")));
            assertEquals(Optional.empty(), QUARTERLY.allotment(midStart, end, p("2027-Q1"), d("2027-02-09")));
            assertEquals(d("2027-02-10"), QUARTERLY.allotment(midStart, end, p("2027-Q1"), d("2027-02-10")).orElseThrow().assignedOn());
        }

        @Test
        void catchUpCoversTheQuartersBegunMeanwhile() {
            assertEquals(List.of(p("2026-Q4"), p("2027-Q1")), QUARTERLY.periodsSince(d("2027-01-15"), 3));
        }
    }

    static CreditGrant grant(Allotment a) {
        return CreditGrant.of("s", "t", MONTHLY, a, Instant.EPOCH);
    }
}
