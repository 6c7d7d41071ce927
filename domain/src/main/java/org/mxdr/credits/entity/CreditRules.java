package org.mxdr.credits.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mxdr.onboarding.entity.CreditPolicy;

/**
 * The rules of one credit policy: what a subscription receives per period
 * and until when, and how many credits it may use in a period. A subscription's
 * {@link CreditPolicy} picks the rules. Days are UTC days: a period begins at 00:00 UTC on its first day.
 */
public sealed interface CreditRules permits MonthlyCredits, QuarterlyCredits {

    static CreditRules of(CreditPolicy policy) {
        return policy == CreditPolicy.QUARTERLY ? QuarterlyCredits.RULES : MonthlyCredits.RULES;
    }

    /** The UTC day of an instant: the day the rules reason about. */
    static LocalDate dayOf(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    CreditPolicy policy();

    CreditPeriod.Kind periodKind();

    int creditsPerPeriod();

    /** The first day on which a credit assigned on {@code assignedOn} can no longer be used. */
    LocalDate expiresOn(LocalDate assignedOn, LocalDate termEnd);

    /** The most credits usable in the period containing {@code day}; further questions are beyond allocation. */
    int usableIn(CreditPeriod period);

    default CreditPeriod periodOf(LocalDate day) {
        return CreditPeriod.of(periodKind(), day);
    }

    /**
     * The credits a subscription with this term receives for the period, as of {@code today}: on
     * the period's first day, or on the term's start when it starts within the period; nothing for
     * a period before the start or after the end, and nothing before the day of assignment has come.
     */
    default Optional<Allotment> allotment(LocalDate termStart, LocalDate termEnd, CreditPeriod period, LocalDate today) {
        if (period.kind() != periodKind()) {
            return Optional.empty();
        }
        LocalDate assignedOn = termStart.isAfter(period.start()) ? termStart : period.start();
        if (assignedOn.isAfter(period.end()) || assignedOn.isAfter(termEnd) || assignedOn.isAfter(today)) {
            return Optional.empty();
        }
        return Optional.of(new Allotment(period, assignedOn, creditsPerPeriod(), expiresOn(assignedOn, termEnd)));
    }

    /** The periods whose assignment may be due today, oldest first: the current one and those begun in the last {@code months} months. */
    default List<CreditPeriod> periodsSince(LocalDate today, int months) {
        List<CreditPeriod> periods = new ArrayList<>();
        CreditPeriod now = periodOf(today);
        for (CreditPeriod p = periodOf(today.minusMonths(months)); p.compareTo(now) <= 0; p = p.next()) {
            periods.add(p);
        }
        return periods;
    }

    /** The end of the term as the first day after it: credits end with the subscription's last day. */
    static LocalDate dayAfter(LocalDate termEnd) {
        return termEnd.plusDays(1);
    }
}
