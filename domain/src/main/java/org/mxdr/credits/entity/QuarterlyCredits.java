package org.mxdr.credits.entity;

import java.time.LocalDate;

import org.mxdr.onboarding.entity.CreditPolicy;

/**
 * [peer] Ten credits at the start of each calendar quarter; unused ones roll over; at most twenty
 * used in one quarter; all expire at the end of the calendar year or of the subscription,
 * whichever is first.
 */
public final class QuarterlyCredits implements CreditRules {
    static final QuarterlyCredits RULES = new QuarterlyCredits();
    public static final int CREDITS = 10;
    public static final int MAX_USED_PER_QUARTER = 20;

    private QuarterlyCredits() {
    }

    @Override
    public CreditPolicy policy() {
        return CreditPolicy.QUARTERLY;
    }

    @Override
    public CreditPeriod.Kind periodKind() {
        return CreditPeriod.Kind.QUARTER;
    }

    @Override
    public int creditsPerPeriod() {
        return CREDITS;
    }

    @Override
    public LocalDate expiresOn(LocalDate assignedOn, LocalDate termEnd) {
        LocalDate nextYear = LocalDate.of(assignedOn.getYear() + 1, 1, 1);
        LocalDate subscriptionOver = CreditRules.dayAfter(termEnd);
        return nextYear.isBefore(subscriptionOver) ? nextYear : subscriptionOver;
    }

    @Override
    public int usableIn(CreditPeriod period) {
        return MAX_USED_PER_QUARTER;
    }
}
