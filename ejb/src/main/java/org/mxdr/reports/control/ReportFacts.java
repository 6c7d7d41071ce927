package org.mxdr.reports.control;

import static org.mxdr.reports.control.DailyFigures.bind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
import org.mxdr.reports.entity.ReportPeriod;

/**
 * Reads a tenant's figures from its own region's reporting store, and only from there: the
 * tenant's days ({@link DailyFigures}, about a row per day and name) summed, the period's cards by
 * the tenant's index, made figures by {@link ReportFigures#fromDays}. A store that is down answers
 * {@link StoreDown}.
 */
@ApplicationScoped
public class ReportFacts {
    /**
     * The count rows of a period, one range of the tenant's index each: the whole calendar months it
     * covers from month rows, the days before and after them from day rows.
     */
    private static final String SPAN_ROWS = "SELECT dimension, name, label, n FROM rpt_day_count WHERE tenant_id = ? AND %1$s AND span = 'D' "
            + "AND on_day >= ? AND on_day <= ? UNION ALL SELECT dimension, name, label, n FROM rpt_day_count WHERE tenant_id = ? AND %1$s "
            + "AND span = 'M' AND on_day >= ? AND on_day <= ? UNION ALL SELECT dimension, name, label, n FROM rpt_day_count WHERE tenant_id = ? "
            + "AND %1$s AND span = 'D' AND on_day >= ? AND on_day <= ?";

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
            return ReportRows.count(c, tenantId, period);
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
            bind(s, tenantId, p.from(), p.to());
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
            bind(s, tenantId, p.from(), p.to(), figure);
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
        String sql = "SELECT dimension, name, SUM(n) FROM (" + String.format(SPAN_ROWS, "dimension IN ('" + DayTally.SEVERITY + "', '"
                + DayTally.CATEGORY + "', '" + DayTally.TACTIC + "', '" + DayTally.SLA + "')") + ") c GROUP BY dimension, name";
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
        String sql = "SELECT name, MAX(label), SUM(n) AS total FROM (" + String.format(SPAN_ROWS, "dimension = ?")
                + ") c GROUP BY name ORDER BY total DESC, name FETCH FIRST " + ReportFigures.TOP * 4 + " ROWS ONLY";
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
        Object[] spans = spans(p);
        List<Object> args = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            args.add(tenantId);
            if (dimension != null) {
                args.add(dimension);
            }
            args.add(spans[2 * i]);
            args.add(spans[2 * i + 1]);
        }
        bind(s, args.toArray());
    }

    /** The cards of the incidents created in the period. */
    private static List<CardRow> periodCards(Connection c, String tenantId, ReportPeriod p) throws SQLException {
        return ReportRows.cards(c, "a.incident_created_at >= ? AND a.incident_created_at < ?", tenantId, p.start(), p.end());
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
                s.setObject(2 * i + 1, OffsetDateTime.ofInstant(period.start(), ZoneOffset.UTC));
                s.setObject(2 * i + 2, OffsetDateTime.ofInstant(period.end(), ZoneOffset.UTC));
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
}
