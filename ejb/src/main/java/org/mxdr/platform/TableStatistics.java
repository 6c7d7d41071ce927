package org.mxdr.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Refreshes the planner's statistics of tables a bulk load just filled, on PostgreSQL. Nothing else
 * does it where autovacuum is off (and on a fresh database it has not run yet): with statistics of
 * an empty table, PostgreSQL checked each of 100,000 foreign keys through the wrong index and the
 * import ran past its transaction timeout. ANALYZE runs inside the caller's transaction and counts
 * the rows that transaction inserted. H2 plans without such statistics: nothing to do there.
 */
public final class TableStatistics {
    private TableStatistics() {
    }

    /** ANALYZE of each table, on this connection (so within its transaction), on PostgreSQL only. */
    public static void refresh(Connection c, String... tables) throws SQLException {
        if (!postgreSql(c)) {
            return;
        }
        try (Statement s = c.createStatement()) {
            for (String table : tables) {
                s.execute("ANALYZE \"" + table.replace("\"", "\"\"") + "\"");
            }
        }
    }

    /**
     * ANALYZE of those tables never analyzed, or changed by more than a tenth of their rows since:
     * what autovacuum would have done. The database counts the changes whether autovacuum runs or not.
     */
    public static void refreshStale(Connection c, String... tables) throws SQLException {
        if (postgreSql(c)) {
            refresh(c, stale(c, tables).toArray(String[]::new));
        }
    }

    /** The same for every table of the application's schema; the tables analyzed (none on H2). */
    public static List<String> refreshStale(Connection c) throws SQLException {
        if (!postgreSql(c)) {
            return List.of();
        }
        List<String> stale = stale(c, null);
        refresh(c, stale.toArray(String[]::new));
        return stale;
    }

    /** The stale tables of the application's schema, of those named or (null) all of them; PostgreSQL only. */
    public static List<String> stale(Connection c, String[] tables) throws SQLException {
        List<String> stale = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT relname FROM pg_stat_user_tables WHERE schemaname = current_schema() "
                + (tables == null ? "" : "AND relname = ANY (?) ")
                + "AND (COALESCE(last_analyze, last_autoanalyze) IS NULL OR n_mod_since_analyze > 50 + n_live_tup / 10) ORDER BY relname")) {
            if (tables != null) {
                s.setArray(1, c.createArrayOf("text", tables));
            }
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    stale.add(rows.getString(1));
                }
            }
        }
        return stale;
    }

    public static boolean postgreSql(Connection c) throws SQLException {
        return "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
    }
}
