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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.mxdr.onboarding.entity.Region;
import org.mxdr.reports.entity.DayFigures;
import org.mxdr.reports.entity.DayTally;
import org.mxdr.reports.entity.DayTally.DimensionCount;
import org.mxdr.reports.entity.IncidentFacts;
import org.mxdr.reports.entity.ReportFigures;
import org.mxdr.reports.entity.ReportInputs.AssetRow;
import org.mxdr.reports.entity.ReportInputs.CardRow;
import org.mxdr.reports.entity.ReportInputs.IncidentRow;
import org.mxdr.reports.entity.ReportPeriod;

/**
 * Reads a tenant's figures from its own region's reporting store, and only from there: the
 * tenant's days ({@link DailyFigures}, about a row per day and name) summed, the period's cards by
 * the tenant's index, made figures by {@link ReportFigures#fromDays}. A store that is down answers
 * {@link StoreDown}.
 */
@ApplicationScoped
public class ReportFacts {
    private static final String INCIDENT_COLUMNS = "incident_id, severity, category, tactic, created_at, resolved_at, resolution, "
            + "resolve_ms, expert_ms, customer_ms FROM rpt_incident WHERE tenant_id = ? AND ";

    /** The whole calendar months of the period from their month rows, the days around them from day rows. */
    private static final String SPANS = "((span = 'D' AND on_day >= ? AND on_day <= ?) OR (span = 'M' AND on_day >= ? AND on_day <= ?) "
            + "OR (span = 'D' AND on_day >= ? AND on_day <= ?))";

    /** A tenant's month in the summary across tenants. */
    public record TenantMonth(long investigated, long resolved, long resolveMsTotal, long cardsPending) {
        public static final TenantMonth NONE = new TenantMonth(0, 0, 0, 0);
    }

    @Inject
    RegionalStores stores;

    /** The period's figures from the tenant's days in its store ({@link DailyFigures}), with the period's cards. */
    public ReportFigures figures(Region region, String tenantId, ReportPeriod period) {
        return figures(region, tenantId, period, true);
    }

    /**
     * The period's figures from the tenant's days; without {@code cards} the list of the period's
     * cards stays empty (a month of the trends shows none, and a busy tenant has thousands a month).
     */
    public ReportFigures figures(Region region, String tenantId, ReportPeriod period, boolean cards) {
        try (Connection c = stores.open(region)) {
            return ReportFigures.fromDays(period, daySums(c, tenantId, period), values(c, tenantId, period, DayTally.RESOLVE),
                    values(c, tenantId, period, DayTally.CARD), dimensions(c, tenantId, period), topAssets(c, tenantId, period),
                    cards ? periodCards(c, tenantId, period) : List.of());
        } catch (SQLException e) {
            throw stores.failed(region, e);
        }
    }

    /**
     * The same figures counted from the period's rows themselves, as the reports did before the
     * store kept days: the reference the day rows are checked against.
     */
    public ReportFigures countedFromRows(Region region, String tenantId, ReportPeriod period) {
        try (Connection c = stores.open(region)) {
            return ReportFigures.count(period, incidents(c, tenantId, period), assets(c, tenantId, period), cards(c, tenantId, period));
        } catch (SQLException e) {
            throw stores.failed(region, e);
        }
    }

    private static DayFigures daySums(Connection c, String tenantId, ReportPeriod p) throws SQLException {
        String sql = "SELECT COALESCE(SUM(investigated), 0), COALESCE(SUM(resolved), 0), COALESCE(SUM(resolved_with_customer), 0), "
                + "COALESCE(SUM(resolve_ms_count), 0), COALESCE(SUM(resolve_ms_total), 0), COALESCE(SUM(expert_ms_count), 0), "
                + "COALESCE(SUM(expert_ms_total), 0), COALESCE(SUM(customer_ms_total), 0) FROM rpt_day WHERE tenant_id = ? AND on_day >= ? "
                + "AND on_day <= ?";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            DailyFigures.bind(s, tenantId, p.from(), p.to());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return new DayFigures(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5), r.getLong(6), r.getLong(7), r.getLong(8));
            }
        }
    }

    private static List<Long> values(Connection c, String tenantId, ReportPeriod p, String figure) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT vals FROM rpt_day_value WHERE tenant_id = ? AND on_day >= ? AND on_day <= ? "
                + "AND figure = ?")) {
            DailyFigures.bind(s, tenantId, p.from(), p.to(), figure);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    for (String v : r.getString(1).split(",")) {
                        values.add(Long.parseLong(v));
                    }
                }
            }
        }
        return values;
    }

    private static Object[] spans(ReportPeriod p) {
        LocalDate firstWhole = p.from().getDayOfMonth() == 1 ? p.from() : p.from().withDayOfMonth(1).plusMonths(1);
        LocalDate lastWholeEnd = p.to().equals(YearMonth.from(p.to()).atEndOfMonth()) ? p.to() : p.to().withDayOfMonth(1).minusDays(1);
        if (firstWhole.isAfter(lastWholeEnd)) {
            return new Object[]{p.from(), p.to(), p.to(), p.from().minusDays(1), p.to(), p.from().minusDays(1)};
        }
        return new Object[]{p.from(), firstWhole.minusDays(1), firstWhole, lastWholeEnd.withDayOfMonth(1), lastWholeEnd.plusDays(1), p.to()};
    }

    private static List<DimensionCount> dimensions(Connection c, String tenantId, ReportPeriod p) throws SQLException {
        List<DimensionCount> counts = new ArrayList<>();
        String sql = "SELECT dimension, name, SUM(n) FROM rpt_day_count WHERE tenant_id = ? AND dimension IN ('" + DayTally.SEVERITY + "', '"
                + DayTally.CATEGORY + "', '" + DayTally.TACTIC + "') AND " + SPANS + " GROUP BY dimension, name";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bindSpans(s, tenantId, null, p);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    counts.add(new DimensionCount(r.getString(1), r.getString(2), null, r.getLong(3)));
                }
            }
        }
        return counts;
    }

    private static List<AssetRow> topAssets(Connection c, String tenantId, ReportPeriod p) throws SQLException {
        List<AssetRow> rows = new ArrayList<>();
        String sql = "SELECT name, MAX(label), SUM(n) AS total FROM rpt_day_count WHERE tenant_id = ? AND dimension = ? AND " + SPANS
                + " GROUP BY name ORDER BY total DESC, name FETCH FIRST " + ReportFigures.TOP * 4 + " ROWS ONLY";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (String kind : List.of(IncidentFacts.DEVICE, IncidentFacts.USER)) {
                bindSpans(s, tenantId, kind, p);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        rows.add(new AssetRow(kind, r.getString(1), r.getString(2), r.getLong(3)));
                    }
                }
            }
        }
        return rows;
    }

    private static void bindSpans(PreparedStatement s, String tenantId, String dimension, ReportPeriod p) throws SQLException {
        List<Object> args = new ArrayList<>();
        args.add(tenantId);
        if (dimension != null) {
            args.add(dimension);
        }
        args.addAll(List.of(spans(p)));
        DailyFigures.bind(s, args.toArray());
    }

    /** The cards of the incidents created in the period. */
    private static List<CardRow> periodCards(Connection c, String tenantId, ReportPeriod p) throws SQLException {
        return cardRows(c, "a.incident_created_at >= ? AND a.incident_created_at < ?", tenantId, p.start(), p.end());
    }

    /** Per tenant of the region's store: the month's counts and the cards pending now. */
    public Map<String, TenantMonth> months(Region region, ReportPeriod period) {
        Map<String, TenantMonth> months = new HashMap<>();
        String sql = "SELECT tenant_id, SUM(CASE WHEN created_at >= ? AND created_at < ? THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN resolved_at >= ? AND resolved_at < ? THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN resolved_at >= ? AND resolved_at < ? THEN resolve_ms ELSE 0 END), SUM(cards_open) "
                + "FROM rpt_incident GROUP BY tenant_id";
        try (Connection c = stores.open(region); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < 3; i++) {
                s.setObject(2 * i + 1, utc(period.start()));
                s.setObject(2 * i + 2, utc(period.end()));
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    months.put(r.getString(1), new TenantMonth(r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5)));
                }
            }
        } catch (SQLException e) {
            throw stores.failed(region, e);
        }
        return months;
    }

    private static List<IncidentRow> incidents(Connection c, String tenantId, ReportPeriod p) throws SQLException {
        // two range scans of the tenant's indexes; UNION drops an incident both created and resolved in the period
        String sql = "SELECT " + INCIDENT_COLUMNS + "created_at >= ? AND created_at < ? UNION SELECT " + INCIDENT_COLUMNS
                + "resolved_at >= ? AND resolved_at < ?";
        List<IncidentRow> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, tenantId, p.start(), p.end(), tenantId, p.start(), p.end());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new IncidentRow(r.getString(1), r.getString(2), r.getString(3), r.getString(4), instant(r, 5), instant(r, 6),
                            r.getString(7), longOrNull(r, 8), longOrNull(r, 9), r.getLong(10)));
                }
            }
        }
        return rows;
    }

    private static List<AssetRow> assets(Connection c, String tenantId, ReportPeriod p) throws SQLException {
        List<AssetRow> rows = new ArrayList<>();
        String sql = "SELECT external_id, MAX(name), COUNT(*) AS n FROM rpt_incident_asset WHERE tenant_id = ? AND kind = ? AND created_at >= ? "
                + "AND created_at < ? GROUP BY external_id ORDER BY n DESC, external_id FETCH FIRST " + ReportFigures.TOP * 4 + " ROWS ONLY";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (String kind : List.of(IncidentFacts.DEVICE, IncidentFacts.USER)) {
                bind(s, tenantId, kind, p.start(), p.end());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        rows.add(new AssetRow(kind, r.getString(1), r.getString(2), r.getLong(3)));
                    }
                }
            }
        }
        return rows;
    }

    private static List<CardRow> cards(Connection c, String tenantId, ReportPeriod p) throws SQLException {
        return cardRows(c, "((a.incident_created_at >= ? AND a.incident_created_at < ?) OR (a.answered_at >= ? AND a.answered_at < ?))", tenantId,
                p.start(), p.end(), p.start(), p.end());
    }

    private static List<CardRow> cardRows(Connection c, String range, Object... args) throws SQLException {
        String sql = "SELECT a.incident_id, i.title, i.severity, a.incident_created_at, a.action_type, a.target, a.state, a.requested_at, "
                + "a.answered_at, a.answer_ms FROM rpt_action a JOIN rpt_incident i ON i.incident_id = a.incident_id "
                + "WHERE a.tenant_id = ? AND a.recommended = TRUE AND " + range + " ORDER BY a.requested_at, a.action_id";
        List<CardRow> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new CardRow(r.getString(1), r.getString(2), r.getString(3), instant(r, 4), r.getString(5), r.getString(6),
                            r.getString(7), instant(r, 8), instant(r, 9), longOrNull(r, 10)));
                }
            }
        }
        return rows;
    }

    private static void bind(PreparedStatement s, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            s.setObject(i + 1, values[i] instanceof Instant t ? utc(t) : values[i]);
        }
    }

    private static OffsetDateTime utc(Instant t) {
        return OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        OffsetDateTime t = r.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static Long longOrNull(ResultSet r, int column) throws SQLException {
        long v = r.getLong(column);
        return r.wasNull() ? null : v;
    }
}
