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
import java.util.function.Consumer;

import org.mxdr.reports.entity.CustomerActions;
import org.mxdr.reports.entity.CustomerActions.Position;
import org.mxdr.reports.entity.ReportInputs.CardRow;
import org.mxdr.reports.entity.ReportPeriod;
import org.mxdr.response.entity.ActionState;

/**
 * The cards of a period's incidents in a reporting store, in {@link CustomerActions#ORDER}: their
 * counts, a page (after a cursor's position or at an offset) or all of them one at a time. A page
 * reads the tenant's index of the period's cards, sorts them and joins only its own rows to their
 * incidents, so it costs the same two statements however many cards the period has.
 */
final class CardReads {
    private static final String AWAITING = "'" + ActionState.AWAITING_CUSTOMER.name() + "'";
    private static final String RANK = "CASE WHEN a.state = " + AWAITING + " THEN 0 ELSE 1 END";
    private static final String OF_PERIOD = "a.tenant_id = ? AND a.recommended = TRUE AND a.incident_created_at >= ? AND a.incident_created_at < ?";
    private static final String AFTER = " AND (" + RANK + " > ? OR (" + RANK + " = ? AND (a.requested_at < ? OR (a.requested_at = ? "
            + "AND a.action_id < ?))))";

    private CardReads() {
    }

    /** The period's first page and its counts. */
    static CustomerActions first(Connection c, String tenantId, ReportPeriod p) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*), COALESCE(SUM(CASE WHEN a.state = " + AWAITING + " THEN 1 ELSE 0 END), 0) "
                + "FROM rpt_action a WHERE " + OF_PERIOD)) {
            bind(s, tenantId, p.start(), p.end());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                long total = r.getLong(1);
                long awaiting = r.getLong(2);
                return new CustomerActions(total == 0 ? List.of() : page(c, tenantId, p, null, 0, CustomerActions.FIRST_PAGE), total, awaiting);
            }
        }
    }

    /** {@code size} cards after {@code after} (null: from the first), skipping {@code offset} of them. */
    static List<CardRow> page(Connection c, String tenantId, ReportPeriod p, Position after, int offset, int size) throws SQLException {
        List<CardRow> rows = new ArrayList<>();
        each(c, select(after != null, true), args(tenantId, p, after, offset, size), rows::add);
        return rows;
    }

    /** Every card of the period, in order, handed over as read (the store's driver fetches them in batches). */
    static void all(Connection c, String tenantId, ReportPeriod p, Consumer<CardRow> each) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false); // PostgreSQL's driver fetches by batches only inside a transaction
        try {
            each(c, select(false, false), new Object[]{tenantId, p.start(), p.end()}, each);
            c.commit();
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    private static String select(boolean after, boolean limited) {
        String order = " ORDER BY %srnk, a.requested_at DESC, a.action_id DESC";
        return "SELECT a.incident_id, i.title, i.severity, a.incident_created_at, a.action_type, a.target, a.state, a.requested_at, "
                + "a.answered_at, a.answer_ms, a.action_id FROM (SELECT a.*, " + RANK + " AS rnk FROM rpt_action a WHERE " + OF_PERIOD
                + (after ? AFTER : "") + String.format(order, "") + (limited ? " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY" : "")
                + ") a JOIN rpt_incident i ON i.incident_id = a.incident_id" + String.format(order, "a.");
    }

    private static Object[] args(String tenantId, ReportPeriod p, Position after, int offset, int size) {
        List<Object> args = new ArrayList<>(List.of(tenantId, p.start(), p.end()));
        if (after != null) {
            args.addAll(List.of(after.rank(), after.rank(), after.requestedAt(), after.requestedAt(), after.actionId()));
        }
        args.add(offset);
        args.add(size);
        return args.toArray();
    }

    private static void each(Connection c, String sql, Object[] args, Consumer<CardRow> each) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            s.setFetchSize(500);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    each.accept(new CardRow(r.getString(1), r.getString(2), r.getString(3), instant(r, 4), r.getString(5), r.getString(6),
                            r.getString(7), instant(r, 8), instant(r, 9), longOrNull(r, 10), r.getString(11)));
                }
            }
        }
    }
}
