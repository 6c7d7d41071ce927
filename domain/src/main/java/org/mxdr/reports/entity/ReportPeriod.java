package org.mxdr.reports.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.mxdr.platform.BadInput;

/**
 * The days a report covers, both included, as UTC dates: a period from 2026-11-01 to 2026-11-30
 * holds what happened from 2026-11-01T00:00:00Z up to, not including, 2026-12-01T00:00:00Z.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {
    public static final int DEFAULT_DAYS = 30;
    public static final int MAX_DAYS = 366;
    public static final int MAX_MONTHS = 24;
    public static final int DEFAULT_MONTHS = 6;

    public ReportPeriod {
        if (to.isBefore(from)) {
            throw new BadInput("to", "The end date " + to + " is before the start date " + from + ".");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new BadInput("from", "A report covers at most " + MAX_DAYS + " days; " + from + " to " + to + " is longer.");
        }
    }

    /** The last 30 days up to and including today. */
    public static ReportPeriod lastDays(LocalDate today) {
        return new ReportPeriod(today.minusDays(DEFAULT_DAYS - 1), today);
    }

    /** From the request's {@code from} and {@code to} (either may be missing: 30 days before or after the other, or up to today). */
    public static ReportPeriod parse(String from, String to, LocalDate today) {
        LocalDate f = date("from", from);
        LocalDate t = date("to", to);
        if (f == null && t == null) {
            return lastDays(today);
        }
        if (f == null) {
            f = t.minusDays(DEFAULT_DAYS - 1);
        } else if (t == null) {
            t = f.plusDays(DEFAULT_DAYS - 1).isAfter(today) && !f.isAfter(today) ? today : f.plusDays(DEFAULT_DAYS - 1);
        }
        return new ReportPeriod(f, t);
    }

    /** A calendar month; the current one up to today. */
    public static ReportPeriod month(YearMonth month, LocalDate today) {
        LocalDate end = month.atEndOfMonth();
        return new ReportPeriod(month.atDay(1), YearMonth.from(today).equals(month) ? today : end);
    }

    /** The {@code months} calendar months ending with the current one, oldest first. */
    public static List<ReportPeriod> lastMonths(int months, LocalDate today) {
        List<ReportPeriod> periods = new ArrayList<>();
        YearMonth current = YearMonth.from(today);
        for (int i = months - 1; i >= 0; i--) {
            periods.add(month(current.minusMonths(i), today));
        }
        return periods;
    }

    /** The {@code months} parameter of the trends: 1 to 24, 6 when missing. */
    public static int months(String months) {
        if (months == null || months.isBlank()) {
            return DEFAULT_MONTHS;
        }
        try {
            int n = Integer.parseInt(months.trim());
            if (n >= 1 && n <= MAX_MONTHS) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadInput("months", "months must be a whole number from 1 to " + MAX_MONTHS + ", such as 6.");
    }

    /** A month as 2026-11; the previous month when missing. */
    public static YearMonth yearMonth(String month, LocalDate today) {
        if (month == null || month.isBlank()) {
            return YearMonth.from(today).minusMonths(1);
        }
        try {
            return YearMonth.parse(month.trim());
        } catch (DateTimeParseException e) {
            throw new BadInput("month", "month must be a year and month such as 2026-11.");
        }
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new BadInput(field, field + " must be a date such as 2026-11-01.");
        }
    }

    /** The first instant covered. */
    public Instant start() {
        return from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant after the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public boolean covers(Instant at) {
        return at != null && !at.isBefore(start()) && at.isBefore(end());
    }

    /** 2026-11 for a whole calendar month, otherwise 2026-11-03 to 2026-12-02. */
    public String label() {
        YearMonth m = YearMonth.from(from);
        if (from.getDayOfMonth() == 1 && YearMonth.from(to).equals(m)) {
            return m.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " " + m.getYear()
                    + (to.equals(m.atEndOfMonth()) ? "" : " (to " + to + ")");
        }
        return from + " to " + to;
    }
}
