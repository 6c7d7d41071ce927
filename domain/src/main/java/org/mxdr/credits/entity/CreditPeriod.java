package org.mxdr.credits.entity;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mxdr.platform.BadInput;

/** A calendar month ({@code 2026-12}) or quarter ({@code 2026-Q4}) for which credits are assigned. */
public record CreditPeriod(Kind kind, int year, int number) implements Comparable<CreditPeriod> {
    public static final String FIELD = "period";
    private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
    private static final Pattern QUARTER = Pattern.compile("^(\\d{4})-Q([1-4])$");
    private static final int MIN_YEAR = 2000;
    private static final int MAX_YEAR = 9998;

    public enum Kind { MONTH, QUARTER }

    public CreditPeriod {
        int max = kind == Kind.MONTH ? 12 : 4;
        if (number < 1 || number > max || year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException("no such period: " + year + " " + kind + " " + number);
        }
    }

    /** Reads {@code 2026-12} or {@code 2026-Q4}; anything else is refused naming the field {@code period}. */
    public static CreditPeriod parse(String text) {
        String s = text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT);
        Matcher m = MONTH.matcher(s);
        Matcher q = QUARTER.matcher(s);
        int year;
        try {
            if (m.matches()) {
                year = Integer.parseInt(m.group(1));
                int month = Integer.parseInt(m.group(2));
                if (month >= 1 && month <= 12 && year >= MIN_YEAR && year <= MAX_YEAR) {
                    return new CreditPeriod(Kind.MONTH, year, month);
                }
            } else if (q.matches()) {
                year = Integer.parseInt(q.group(1));
                if (year >= MIN_YEAR && year <= MAX_YEAR) {
                    return new CreditPeriod(Kind.QUARTER, year, Integer.parseInt(q.group(2)));
                }
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        String shown = text == null || text.isBlank() ? "" : "'" + (text.length() > 20 ? text.substring(0, 17) + "..." : text) + "' ";
        throw new BadInput(FIELD, (shown.isEmpty() ? "A period is required" : shown + "is not a period")
                + ": use a month like 2026-12 or a quarter like 2026-Q4, from " + MIN_YEAR + ".");
    }

    public static CreditPeriod monthOf(LocalDate day) {
        return new CreditPeriod(Kind.MONTH, day.getYear(), day.getMonthValue());
    }

    public static CreditPeriod quarterOf(LocalDate day) {
        return new CreditPeriod(Kind.QUARTER, day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public static CreditPeriod of(Kind kind, LocalDate day) {
        return kind == Kind.MONTH ? monthOf(day) : quarterOf(day);
    }

    /** The first day. */
    public LocalDate start() {
        return LocalDate.of(year, kind == Kind.MONTH ? number : (number - 1) * 3 + 1, 1);
    }

    /** The last day, inclusive. */
    public LocalDate end() {
        return next().start().minusDays(1);
    }

    public CreditPeriod next() {
        int max = kind == Kind.MONTH ? 12 : 4;
        return number == max ? new CreditPeriod(kind, year + 1, 1) : new CreditPeriod(kind, year, number + 1);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start()) && !day.isAfter(end());
    }

    @Override
    public int compareTo(CreditPeriod other) {
        return start().compareTo(other.start());
    }

    @Override
    public String toString() {
        return kind == Kind.MONTH ? String.format("%04d-%02d", year, number) : String.format("%04d-Q%d", year, number);
    }
}
