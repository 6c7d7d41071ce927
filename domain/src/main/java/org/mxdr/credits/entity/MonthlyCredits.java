package org.mxdr.credits.entity;

import java.time.LocalDate;

import org.mxdr.onboarding.entity.CreditPolicy;

/**
 * [seed] Two credits on the first of each month; each expires 90 days after assignment or at the
 * end of the subscription, whichever is first. No limit on use beyond the credits themselves.
 */
public final class MonthlyCredits implements CreditRules {
    static final MonthlyCredits RULES = new MonthlyCredits();
    public static final int CREDITS = 2;
    public static final int DAYS_VALID = 90;

    private MonthlyCredits() {
    }

    @Override
    public CreditPolicy policy() {
        return CreditPolicy.MONTHLY;
    }

    @Override
    public CreditPeriod.Kind periodKind() {
        return CreditPeriod.Kind.MONTH;
    }

    @Override
    public int creditsPerPeriod() {
        return CREDITS;
    }

    @Override
    public LocalDate expiresOn(LocalDate assignedOn, LocalDate termEnd) {
        LocalDate after90Days = assignedOn.plusDays(DAYS_VALID);
        LocalDate subscriptionOver = CreditRules.dayAfter(termEnd);
        return after90Days.isBefore(subscriptionOver) ? after90Days : subscriptionOver;
    }

    @Override
    public int usableIn(CreditPeriod period) {
        return Integer.MAX_VALUE;
    }
}
