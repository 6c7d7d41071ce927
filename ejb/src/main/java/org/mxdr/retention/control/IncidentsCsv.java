package org.mxdr.retention.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The tenant's incidents as CSV (RFC 4180), streamed row by row. */
final class IncidentsCsv {
    private static final String[] COLUMNS = {"id", "external_id", "title", "severity", "category", "tactic", "status", "assigned_to",
            "taken_by", "classification", "determination", "created_at", "updated_at", "resolved_at", "resolved_by"};

    private IncidentsCsv() {
    }

    static void write(Connection c, String tenantId, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(String.join(",", COLUMNS) + "\r\n");
        String sql = "SELECT " + String.join(", ", COLUMNS) + " FROM incident WHERE tenant_id = ? ORDER BY created_at, id";
        try (PreparedStatement s = RowsJson.statement(c, sql, tenantId); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                for (int i = 1; i <= COLUMNS.length; i++) {
                    if (i > 1) {
                        w.write(',');
                    }
                    w.write(field(RowsJson.text(rs.getObject(i))));
                }
                w.write("\r\n");
            }
        } catch (SQLException e) {
            throw new IOException("Reading the incidents failed", e);
        }
        w.flush();
    }

    /** Quoted when needed; a leading =, +, - or @ is defused so a spreadsheet never runs it as a formula. */
    static String field(String value) {
        String v = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
