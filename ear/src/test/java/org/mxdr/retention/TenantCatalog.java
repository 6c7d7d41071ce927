package org.mxdr.retention;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The database's own catalogue: every application table with a tenant_id column (H2 and PostgreSQL alike). */
final class TenantCatalog {
    private TenantCatalog() {
    }

    static List<String> tenantTables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        String schema = c.getSchema();
        try (ResultSet rs = c.getMetaData().getColumns(null, schema, "%", "%")) {
            while (rs.next()) {
                String column = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (column.equals("tenant_id") && !tables.contains(table)) {
                    tables.add(table);
                }
            }
        }
        return tables;
    }
}
