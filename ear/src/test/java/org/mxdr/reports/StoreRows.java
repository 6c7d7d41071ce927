package org.mxdr.reports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

import org.mxdr.onboarding.entity.Region;

/** Reads the reporting stores and the operational outbox directly, bypassing the application. */
final class StoreRows {
    private StoreRows() {
    }

    static DataSource store(Region region) throws NamingException {
        return InitialContext.doLookup("java:jboss/datasources/MxdrReporting" + region.name());
    }

    static DataSource operational() throws NamingException {
        return InitialContext.doLookup("java:jboss/datasources/MxdrDS");
    }

    /** Rows of the tenant in one table of a region's store. */
    static long count(Region region, String table, String tenantId) throws Exception {
        return ((Number) rows(store(region), "SELECT COUNT(*) AS n FROM " + table + " WHERE tenant_id = ?", tenantId).get(0).get("n")).longValue();
    }

    /** The tenant's events still waiting in the operational store's outbox. */
    static long pending(String tenantId) throws Exception {
        return ((Number) rows(operational(), "SELECT COUNT(*) AS n FROM reporting_event WHERE tenant_id = ?", tenantId).get(0).get("n")).longValue();
    }

    static List<Map<String, Object>> rows(DataSource ds, String sql, Object... args) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                ResultSetMetaData meta = r.getMetaData();
                List<Map<String, Object>> rows = new ArrayList<>();
                while (r.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        Object v = r.getObject(i);
                        if (v instanceof java.sql.Timestamp || v instanceof OffsetDateTime) {
                            v = r.getObject(i, OffsetDateTime.class).toInstant();
                        }
                        row.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), v);
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    static int update(DataSource ds, String sql, Object... args) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            return s.executeUpdate();
        }
    }

    /**
     * Makes the region's embedded store really unavailable: exclusive mode closes every other
     * connection and refuses new ones until the returned handle is closed.
     */
    static AutoCloseable takeDown(Region region) throws Exception {
        Connection c = store(region).getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("SET EXCLUSIVE 2");
        }
        return () -> {
            try (c; Statement s = c.createStatement()) {
                s.execute("SET EXCLUSIVE 0");
            }
        };
    }
}
