package org.mxdr.reports.control;

import static org.mxdr.reports.control.DailyFigures.bind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.mxdr.reports.entity.DayFigures;
import org.mxdr.reports.entity.DayTally;
import org.mxdr.reports.entity.DayTally.DimensionCount;
import org.mxdr.reports.entity.IncidentFacts;
import org.mxdr.reports.entity.ReportFigures;
import org.mxdr.reports.entity.ReportInputs.AssetRow;
import org.mxdr.reports.entity.ReportPeriod;

/**
 * The inputs of {@link ReportFigures#fromDays} for several periods at once (the months of the
 * trends, or one period), from a tenant's days ({@link DailyFigures}) in three statements whatever
 * the number of periods: the day sums and the medians' values of the days from the first period's
 * start to the last one's end, handed to each period that covers them; and the counts by name, each
 * period from the month rows of the whole calendar months it covers and the day rows around them,
 * summed per period in the store with only the most affected devices and users kept.
 */
final class DayReads {
    /** The most affected devices and users a period keeps, as the report's count from rows reads them. */
    private static final int RANKED = ReportFigures.TOP * 4;

    /** What {@link ReportFigures#fromDays} takes of a period, but its cards. */
    record Period(ReportPeriod period, long[] sums, List<Long> resolveMs, List<Long> cardMs, List<DimensionCount> counts, List<AssetRow> assets) {

        DayFigures days() {
            return new DayFigures(sums[0], sums[1], sums[2], sums[3], sums[4], sums[5], sums[6], sums[7]);
        }
    }

    private DayReads() {
    }

    static List<Period> read(Connection c, String tenantId, List<ReportPeriod> periods) throws SQLException {
        List<Period> read = periods.stream().map(p -> new Period(p, new long[8], new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>())).toList();
        LocalDate first = periods.stream().map(ReportPeriod::from).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = periods.stream().map(ReportPeriod::to).max(LocalDate::compareTo).orElseThrow();
        sums(c, tenantId, first, last, read);
        values(c, tenantId, first, last, read);
        counts(c, tenantId, read);
        return read;
    }

    private static void sums(Connection c, String tenantId, LocalDate first, LocalDate last, List<Period> read) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT on_day, investigated, resolved, resolved_with_customer, resolve_ms_count, "
                + "resolve_ms_total, expert_ms_count, expert_ms_total, customer_ms_total FROM rpt_day WHERE tenant_id = ? AND on_day >= ? "
                + "AND on_day <= ?")) {
            bind(s, tenantId, first, last);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    LocalDate day = r.getObject(1, LocalDate.class);
                    for (Period p : read) {
                        if (covers(p.period(), day)) {
                            for (int i = 0; i < 8; i++) {
                                p.sums()[i] += r.getLong(i + 2);
                            }
                        }
                    }
                }
            }
        }
    }

    private static void values(Connection c, String tenantId, LocalDate first, LocalDate last, List<Period> read) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT on_day, figure, vals FROM rpt_day_value WHERE tenant_id = ? AND on_day >= ? "
                + "AND on_day <= ? AND figure IN (?, ?)")) {
            bind(s, tenantId, first, last, DayTally.RESOLVE, DayTally.CARD);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    LocalDate day = r.getObject(1, LocalDate.class);
                    boolean resolve = DayTally.RESOLVE.equals(r.getString(2));
                    String[] values = r.getString(3).split(",");
                    for (Period p : read) {
                        if (covers(p.period(), day)) {
                            List<Long> into = resolve ? p.resolveMs() : p.cardMs();
                            for (String v : values) {
                                into.add(Long.parseLong(v));
                            }
                        }
                    }
                }
            }
        }
    }

    /** One statement: a branch per span of each period, tagged with the period's place in the list. */
    private static void counts(Connection c, String tenantId, List<Period> read) throws SQLException {
        List<String> branches = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            LocalDate[] spans = spans(read.get(i).period());
            for (int span = 0; span < 3; span++) {
                if (!spans[2 * span].isAfter(spans[2 * span + 1])) {
                    branches.add("SELECT " + i + " AS pix, dimension, name, label, n FROM rpt_day_count WHERE tenant_id = ? AND "
                            + DailyFigures.IN_DIMENSIONS + " AND span = '" + (span == 1 ? 'M' : 'D') + "' AND on_day >= ? AND on_day <= ?");
                    args.add(tenantId);
                    args.add(spans[2 * span]);
                    args.add(spans[2 * span + 1]);
                }
            }
        }
        String sql = "SELECT pix, dimension, name, label, total FROM (SELECT pix, dimension, name, label, total, ROW_NUMBER() OVER "
                + "(PARTITION BY pix, dimension ORDER BY total DESC, name) AS place FROM (SELECT pix, dimension, name, MAX(label) AS label, "
                + "SUM(n) AS total FROM (" + String.join(" UNION ALL ", branches) + ") c GROUP BY pix, dimension, name) g) r "
                + "WHERE place <= " + RANKED + " OR dimension NOT IN ('" + IncidentFacts.DEVICE + "', '" + IncidentFacts.USER + "')";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args.toArray());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Period p = read.get(r.getInt(1));
                    String dimension = r.getString(2);
                    if (IncidentFacts.DEVICE.equals(dimension) || IncidentFacts.USER.equals(dimension)) {
                        p.assets().add(new AssetRow(dimension, r.getString(3), r.getString(4), r.getLong(5)));
                    } else {
                        p.counts().add(new DimensionCount(dimension, r.getString(3), null, r.getLong(5)));
                    }
                }
            }
        }
    }

    /**
     * The day rows before the whole months, the month rows of the whole months (their first days),
     * the day rows after them; a span whose start is after its end is empty.
     */
    static LocalDate[] spans(ReportPeriod p) {
        LocalDate firstWhole = p.from().getDayOfMonth() == 1 ? p.from() : p.from().withDayOfMonth(1).plusMonths(1);
        LocalDate lastWholeEnd = p.to().equals(YearMonth.from(p.to()).atEndOfMonth()) ? p.to() : p.to().withDayOfMonth(1).minusDays(1);
        if (firstWhole.isAfter(lastWholeEnd)) {
            return new LocalDate[]{p.from(), p.to(), p.to(), p.from().minusDays(1), p.to(), p.from().minusDays(1)};
        }
        return new LocalDate[]{p.from(), firstWhole.minusDays(1), firstWhole, lastWholeEnd.withDayOfMonth(1), lastWholeEnd.plusDays(1), p.to()};
    }

    private static boolean covers(ReportPeriod p, LocalDate day) {
        return !day.isBefore(p.from()) && !day.isAfter(p.to());
    }
}
