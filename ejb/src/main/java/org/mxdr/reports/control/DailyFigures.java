package org.mxdr.reports.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.mxdr.reports.entity.DayFigures;
import org.mxdr.reports.entity.DayTally;
import org.mxdr.reports.entity.DayTally.DimensionCount;
import org.mxdr.reports.entity.IncidentFacts;
import org.mxdr.reports.entity.ReportInputs.IncidentRow;

/**
 * A tenant's figures per UTC day in its reporting store (db/reporting V2), recounted from the days'
 * own rows whenever rows of those days change, in the same transaction as the change: so the day
 * rows are always what a count from scratch gives. Sums and counts add up over days; the medians'
 * values are kept per day; counts per severity, category, tactic, service-level outcome, device and user are kept per
 * calendar month (summed from its days), so a report of months reads a row per name and month.
 */
final class DailyFigures {
    static final List<String> DIMENSIONS = List.of(DayTally.SEVERITY, DayTally.CATEGORY, DayTally.TACTIC, DayTally.SLA, IncidentFacts.DEVICE,
            IncidentFacts.USER);
    static final String IN_DIMENSIONS = "dimension IN ('" + String.join("', '", DIMENSIONS) + "')";
    static final String INCIDENT_COLUMNS = "incident_id, severity, category, tactic, created_at, resolved_at, resolution, resolve_ms, expert_ms, "
            + "customer_ms, sla_met FROM rpt_incident WHERE tenant_id = ? AND ";
    /** Days recounted in one pass when a whole tenant is: bounds what one pass holds in memory. */
    private static final int DAYS_PER_PASS = 31;
    private static final int VALUES_PER_PART = 2000;

    private DailyFigures() {
    }

    /** Recounts the tenant's days from their rows, and the months they fall in. */
    static void recount(Connection c, String tenantId, Collection<LocalDate> days) throws SQLException {
        TreeSet<LocalDate> sorted = new TreeSet<>(days);
        LocalDate runStart = null;
        LocalDate previous = null;
        for (LocalDate d : sorted) {
            if (runStart == null) {
                runStart = d;
            } else if (!d.equals(previous.plusDays(1))) {
                recountDays(c, tenantId, runStart, previous);
                runStart = d;
            }
            previous = d;
        }
        if (runStart != null) {
            recountDays(c, tenantId, runStart, previous);
        }
        for (YearMonth m : sorted.stream().map(YearMonth::from).distinct().toList()) {
            recountMonth(c, tenantId, m);
        }
    }

    /** Recounts every day of the tenant, from its first row's to its last's: after rows were written without the relay. */
    static void recountAll(Connection c, String tenantId) throws SQLException {
        for (String table : List.of("rpt_day", "rpt_day_value", "rpt_day_count")) {
            update(c, "DELETE FROM " + table + " WHERE tenant_id = ?", tenantId);
        }
        Instant first = null;
        Instant last = null;
        for (String sql : List.of("SELECT MIN(created_at), MAX(created_at) FROM rpt_incident WHERE tenant_id = ?",
                "SELECT MIN(resolved_at), MAX(resolved_at) FROM rpt_incident WHERE tenant_id = ?",
                "SELECT MIN(answered_at), MAX(answered_at) FROM rpt_action WHERE tenant_id = ?")) {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, tenantId);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    first = earliest(first, instant(r, 1));
                    last = latest(last, instant(r, 2));
                }
            }
        }
        if (first == null) {
            return;
        }
        LocalDate from = DayTally.day(first);
        LocalDate to = DayTally.day(last);
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(DAYS_PER_PASS)) {
            LocalDate end = d.plusDays(DAYS_PER_PASS - 1);
            recountDays(c, tenantId, d, end.isAfter(to) ? to : end);
        }
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            recountMonth(c, tenantId, m);
        }
    }

    /** The days from {@code from} to {@code to}, both included. */
    private static void recountDays(Connection c, String tenantId, LocalDate from, LocalDate to) throws SQLException {
        update(c, "DELETE FROM rpt_day WHERE tenant_id = ? AND on_day >= ? AND on_day <= ?", tenantId, from, to);
        update(c, "DELETE FROM rpt_day_value WHERE tenant_id = ? AND on_day >= ? AND on_day <= ?", tenantId, from, to);
        update(c, "DELETE FROM rpt_day_count WHERE tenant_id = ? AND " + IN_DIMENSIONS + " AND span = 'D' AND on_day >= ? AND on_day <= ?",
                tenantId, from, to);
        Instant start = start(from);
        Instant end = start(to.plusDays(1));
        DayTally tally = new DayTally();
        incidents(c, "created_at >= ? AND created_at < ?", tenantId, start, end).forEach(tally::created);
        incidents(c, "resolved_at >= ? AND resolved_at < ?", tenantId, start, end).forEach(tally::resolved);
        // a day at a time, so the greatest name of a device or user is the store's own MAX, as the report's query over rows
        try (PreparedStatement s = c.prepareStatement("SELECT kind, external_id, MAX(name), COUNT(*) FROM rpt_incident_asset "
                + "WHERE tenant_id = ? AND created_at >= ? AND created_at < ? GROUP BY kind, external_id")) {
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                bind(s, tenantId, start(d), start(d.plusDays(1)));
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        tally.asset(d, r.getString(1), r.getString(2), r.getString(3), r.getLong(4));
                    }
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT state, answered_at, answer_ms FROM rpt_action WHERE tenant_id = ? "
                + "AND recommended = TRUE AND answered_at >= ? AND answered_at < ?")) {
            bind(s, tenantId, start, end);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    tally.card(r.getString(1), instant(r, 2), longOrNull(r, 3));
                }
            }
        }
        write(c, tenantId, tally);
    }

    private static void write(Connection c, String tenantId, DayTally tally) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO rpt_day (tenant_id, on_day, investigated, resolved, resolved_with_customer, "
                + "resolve_ms_count, resolve_ms_total, expert_ms_count, expert_ms_total, customer_ms_total) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<LocalDate, DayFigures> e : tally.figures().entrySet()) {
                DayFigures f = e.getValue();
                bind(s, tenantId, e.getKey(), f.investigated(), f.resolved(), f.resolvedWithCustomer(), f.resolveMsCount(), f.resolveMsTotal(),
                        f.expertMsCount(), f.expertMsTotal(), f.customerMsTotal());
                s.addBatch();
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO rpt_day_value (tenant_id, on_day, figure, part, vals) VALUES (?, ?, ?, ?, ?)")) {
            for (Map.Entry<LocalDate, Map<String, List<Long>>> day : tally.values().entrySet()) {
                for (Map.Entry<String, List<Long>> figure : day.getValue().entrySet()) {
                    List<Long> values = figure.getValue();
                    for (int part = 0; part * VALUES_PER_PART < values.size(); part++) {
                        List<Long> slice = values.subList(part * VALUES_PER_PART, Math.min(values.size(), (part + 1) * VALUES_PER_PART));
                        bind(s, tenantId, day.getKey(), figure.getKey(), part, String.join(",", slice.stream().map(String::valueOf).toList()));
                        s.addBatch();
                    }
                }
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO rpt_day_count (tenant_id, dimension, span, on_day, name, label, n) "
                + "VALUES (?, ?, 'D', ?, ?, ?, ?)")) {
            for (Map.Entry<LocalDate, List<DimensionCount>> day : tally.counts().entrySet()) {
                for (DimensionCount n : day.getValue()) {
                    bind(s, tenantId, n.dimension(), day.getKey(), n.name(), n.label(), n.count());
                    s.addBatch();
                }
            }
            s.executeBatch();
        }
    }

    private static void recountMonth(Connection c, String tenantId, YearMonth m) throws SQLException {
        update(c, "DELETE FROM rpt_day_count WHERE tenant_id = ? AND " + IN_DIMENSIONS + " AND span = 'M' AND on_day = ?", tenantId, m.atDay(1));
        update(c, "INSERT INTO rpt_day_count (tenant_id, dimension, span, on_day, name, label, n) SELECT tenant_id, dimension, 'M', ?, name, "
                + "MAX(label), SUM(n) FROM rpt_day_count WHERE tenant_id = ? AND " + IN_DIMENSIONS + " AND span = 'D' AND on_day >= ? "
                + "AND on_day <= ? GROUP BY tenant_id, dimension, name", m.atDay(1), tenantId, m.atDay(1), m.atEndOfMonth());
    }

    static List<IncidentRow> incidents(Connection c, String range, Object... args) throws SQLException {
        List<IncidentRow> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + INCIDENT_COLUMNS + range)) {
            bind(s, args);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new IncidentRow(r.getString(1), r.getString(2), r.getString(3), r.getString(4), instant(r, 5), instant(r, 6),
                            r.getString(7), longOrNull(r, 8), longOrNull(r, 9), r.getLong(10), r.getString(11)));
                }
            }
        }
        return rows;
    }

    private static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            return s.executeUpdate();
        }
    }

    static void bind(PreparedStatement s, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                s.setNull(i + 1, java.sql.Types.VARCHAR);
            } else {
                s.setObject(i + 1, v instanceof Instant t ? OffsetDateTime.ofInstant(t, ZoneOffset.UTC) : v);
            }
        }
    }

    static Instant start(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    static Instant instant(ResultSet r, int column) throws SQLException {
        OffsetDateTime t = r.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static Long longOrNull(ResultSet r, int column) throws SQLException {
        long v = r.getLong(column);
        return r.wasNull() ? null : v;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }
}
