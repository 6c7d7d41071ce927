package org.mxdr.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

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
        if (!"PostgreSQL".equals(c.getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement s = c.createStatement()) {
            for (String table : tables) {
                s.execute("ANALYZE " + table);
            }
        }
    }
}
