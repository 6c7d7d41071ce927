package org.mxdr.reports.control;

import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.Locale;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;

import org.mxdr.onboarding.entity.Region;

/**
 * Writes a tenant's reporting rows as JSON: one array per table, a row at a time from a cursor,
 * so a tenant with 100,000 incidents exports in bounded memory. Times are ISO-8601 UTC.
 */
class FactsExport {
    private static final int FETCH = 500;

    private final Connection connection;
    private final String tenantId;

    FactsExport(Connection connection, String tenantId) {
        this.connection = connection;
        this.tenantId = tenantId;
    }

    void write(Region region, String storeName, Writer out) throws SQLException {
        // a cursor on PostgreSQL needs a transaction; it only reads
        connection.setAutoCommit(false);
        try (JsonGenerator json = Json.createGenerator(new NonClosing(out))) {
            json.writeStartObject().write("tenantId", tenantId).write("region", region.name()).write("store", storeName);
            for (FactTable t : FactTable.values()) {
                json.writeStartArray(t.table());
                rows(t, json);
                json.writeEnd();
            }
            json.writeEnd();
        } finally {
            connection.rollback();
            connection.setAutoCommit(true);
        }
    }

    private void rows(FactTable t, JsonGenerator json) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT * FROM " + t.table() + " WHERE tenant_id = ? ORDER BY " + t.order())) {
            s.setFetchSize(FETCH);
            s.setString(1, tenantId);
            try (ResultSet r = s.executeQuery()) {
                ResultSetMetaData meta = r.getMetaData();
                while (r.next()) {
                    json.writeStartObject();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        field(json, meta.getColumnLabel(i).toLowerCase(Locale.ROOT), meta.getColumnType(i), r, i);
                    }
                    json.writeEnd();
                }
            }
        }
    }

    private static void field(JsonGenerator json, String name, int type, ResultSet r, int i) throws SQLException {
        switch (type) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT -> {
                long v = r.getLong(i);
                if (r.wasNull()) {
                    json.writeNull(name);
                } else {
                    json.write(name, v);
                }
            }
            case Types.BOOLEAN, Types.BIT -> json.write(name, r.getBoolean(i));
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> {
                OffsetDateTime v = r.getObject(i, OffsetDateTime.class);
                if (v == null) {
                    json.writeNull(name);
                } else {
                    json.write(name, v.toInstant().toString());
                }
            }
            default -> {
                String v = r.getString(i);
                if (v == null) {
                    json.writeNull(name);
                } else {
                    json.write(name, v);
                }
            }
        }
    }

    /** The archive's writer stays open for the next entry when the generator closes. */
    private static final class NonClosing extends java.io.FilterWriter {
        NonClosing(Writer out) {
            super(out);
        }

        @Override
        public void close() throws java.io.IOException {
            flush();
        }
    }
}
