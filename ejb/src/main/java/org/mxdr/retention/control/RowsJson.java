package org.mxdr.retention.control;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Set;

import jakarta.json.stream.JsonGenerator;

/** Streams a query's rows as JSON objects, one at a time, column names as keys; never a whole list in memory. */
final class RowsJson {
    static final int FETCH = 500;

    private RowsJson() {
    }

    /** Writes {@code "name": [ {...}, ... ]} into the object the generator is in. */
    static void array(Connection c, JsonGenerator g, String name, String sql, String tenantId, Set<String> hidden) throws SQLException {
        g.writeStartArray(name);
        try (PreparedStatement s = statement(c, sql, tenantId); ResultSet rs = s.executeQuery()) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                g.writeStartObject();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    String column = meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
                    if (!hidden.contains(column)) {
                        value(g, column, rs.getObject(i));
                    }
                }
                g.writeEnd();
            }
        }
        g.writeEnd();
    }

    /** A forward-only statement with a fetch size, so PostgreSQL reads through a cursor (autocommit is off). */
    static PreparedStatement statement(Connection c, String sql, String tenantId) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        s.setFetchSize(FETCH);
        s.setString(1, tenantId);
        return s;
    }

    /** Times as ISO-8601 UTC, as the API writes them. */
    static String text(Object v) {
        if (v instanceof OffsetDateTime t) {
            return t.toInstant().toString();
        }
        if (v instanceof Timestamp t) {
            return t.toInstant().toString();
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        return v == null ? "" : v.toString();
    }

    private static void value(JsonGenerator g, String column, Object v) {
        if (v == null) {
            g.writeNull(column);
        } else if (v instanceof Boolean b) {
            g.write(column, b);
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short) {
            g.write(column, ((Number) v).longValue());
        } else if (v instanceof BigDecimal d) {
            g.write(column, d);
        } else {
            g.write(column, text(v));
        }
    }
}
