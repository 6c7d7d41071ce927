package org.mxdr.reports.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The tables of a reporting store (db/reporting), each one reporting data class of a tenant. */
public enum FactTable {
    INCIDENTS("reporting.incidents", "rpt_incident", "incident_id"),
    ASSETS("reporting.incident_assets", "rpt_incident_asset", "incident_id, kind, external_id"),
    ACTIONS("reporting.actions", "rpt_action", "action_id");

    private final String dataClass;
    private final String table;
    private final String order;

    FactTable(String dataClass, String table, String order) {
        this.dataClass = dataClass;
        this.table = table;
        this.order = order;
    }

    public String dataClass() {
        return dataClass;
    }

    public String table() {
        return table;
    }

    /** The column a batch of deletes picks rows by (unique enough to bound each batch). */
    String key() {
        return this == ASSETS ? "incident_id" : order;
    }

    /** The order rows are exported in: the primary key. */
    String order() {
        return order;
    }

    long count(Connection c, String tenantId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE tenant_id = ?")) {
            s.setString(1, tenantId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
