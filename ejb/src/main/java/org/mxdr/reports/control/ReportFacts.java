package org.mxdr.reports.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.mxdr.onboarding.entity.Region;
import org.mxdr.reports.entity.IncidentFacts;
import org.mxdr.reports.entity.ReportFigures;
import org.mxdr.reports.entity.ReportInputs.AssetRow;
import org.mxdr.reports.entity.ReportInputs.CardRow;
import org.mxdr.reports.entity.ReportInputs.IncidentRow;
import org.mxdr.reports.entity.ReportPeriod;

/**
 * Reads a tenant's figures from its own region's reporting store, and only from there: range
 * scans of the tenant's indexes, counted by {@link ReportFigures}. A store that is down answers
 * {@link StoreDown}.
 */
@ApplicationScoped
public class ReportFacts {
    private static final String INCIDENT_COLUMNS = "incident_id, severity, category, tactic, created_at, resolved_at, resolution, "
            + "resolve_ms, expert_ms, customer_ms, sla_met FROM rpt_incident WHERE tenant_id = ? AND ";

    /** A tenant's month in the summary across tenants. */
    public record TenantMonth(long investigated, long resolved, long resolveMsTotal, long cardsPending) {
        public static final TenantMonth NONE = new TenantMonth(0, 0, 0, 0);
    }

    @Inject
    RegionalStores stores;

    public ReportFigures figures(Region region, String tenantId, ReportPeriod period) {
        try (Connection c = stores.open(region)) {
            return ReportFigures.count(period, incidents(c, tenantId, period), assets(c, tenantId, period), cards(c, tenantId, period));
        } catch (SQLException e) {
            throw stores.failed(region, e);
        }
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
                            r.getString(7), longOrNull(r, 8), longOrNull(r, 9), r.getLong(10), r.getString(11)));
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
        String sql = "SELECT a.incident_id, i.title, i.severity, a.incident_created_at, a.action_type, a.target, a.state, a.requested_at, "
                + "a.answered_at, a.answer_ms FROM rpt_action a JOIN rpt_incident i ON i.incident_id = a.incident_id "
                + "WHERE a.tenant_id = ? AND a.recommended = TRUE AND ((a.incident_created_at >= ? AND a.incident_created_at < ?) "
                + "OR (a.answered_at >= ? AND a.answered_at < ?)) ORDER BY a.requested_at, a.action_id";
        List<CardRow> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, tenantId, p.start(), p.end(), p.start(), p.end());
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
