package org.mxdr.reports.control;

import static org.mxdr.reports.control.DailyFigures.bind;
import static org.mxdr.reports.control.DailyFigures.instant;
import static org.mxdr.reports.control.DailyFigures.longOrNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.mxdr.reports.entity.IncidentFacts;
import org.mxdr.reports.entity.ReportFigures;
import org.mxdr.reports.entity.ReportInputs.AssetRow;
import org.mxdr.reports.entity.ReportInputs.CardRow;
import org.mxdr.reports.entity.ReportInputs.IncidentRow;
import org.mxdr.reports.entity.ReportPeriod;

/**
 * A period's figures counted from its rows in a reporting store, as the reports did before the
 * store kept days ({@link DailyFigures}): range scans of the tenant's indexes. The reference the
 * day rows are checked against.
 */
final class ReportRows {
    private ReportRows() {
    }

    static ReportFigures count(Connection c, String tenantId, ReportPeriod period) throws SQLException {
        return ReportFigures.count(period, incidents(c, tenantId, period), assets(c, tenantId, period), cards(c, tenantId, period));
    }

    private static List<IncidentRow> incidents(Connection c, String tenantId, ReportPeriod p) throws SQLException {
        // two range scans of the tenant's indexes; UNION drops an incident both created and resolved in the period
        return DailyFigures.incidents(c, "created_at >= ? AND created_at < ? UNION SELECT " + DailyFigures.INCIDENT_COLUMNS
                + "resolved_at >= ? AND resolved_at < ?", tenantId, p.start(), p.end(), tenantId, p.start(), p.end());
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
        return cards(c, "((a.incident_created_at >= ? AND a.incident_created_at < ?) OR (a.answered_at >= ? AND a.answered_at < ?))", tenantId,
                p.start(), p.end(), p.start(), p.end());
    }

    /** The cards (recommended actions) of the tenant in {@code range}, with their incidents' titles and severities. */
    private static List<CardRow> cards(Connection c, String range, Object... args) throws SQLException {
        String sql = "SELECT a.incident_id, i.title, i.severity, a.incident_created_at, a.action_type, a.target, a.state, a.requested_at, "
                + "a.answered_at, a.answer_ms, a.action_id FROM rpt_action a JOIN rpt_incident i ON i.incident_id = a.incident_id "
                + "WHERE a.tenant_id = ? AND a.recommended = TRUE AND " + range + " ORDER BY a.requested_at, a.action_id";
        List<CardRow> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new CardRow(r.getString(1), r.getString(2), r.getString(3), instant(r, 4), r.getString(5), r.getString(6),
                            r.getString(7), instant(r, 8), instant(r, 9), longOrNull(r, 10), r.getString(11)));
                }
            }
        }
        return rows;
    }
}
