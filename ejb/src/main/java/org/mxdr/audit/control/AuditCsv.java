package org.mxdr.audit.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.mxdr.audit.entity.AuditChain;
import org.mxdr.audit.entity.AuditSentence;

/**
 * Streams a chain, or its digests, as CSV straight from JDBC (a fetch size, no entities), so a chain
 * of millions of records is written in bounded memory. Every present value is quoted and a null is
 * an empty unquoted field, so an empty text and a missing one stay apart, as the hashes need.
 */
@Stateless
@PermitAll
public class AuditCsv {
    public static final String[] RECORD_COLUMNS = {"id", "chain", "position", "recorded_at", "actor", "tenant", "action", "before", "after",
            "prev_hash", "hash"};
    /** The record columns and the record in words, which verification ignores. */
    public static final String[] HEADER = {"id", "chain", "position", "recorded_at", "actor", "tenant", "action", "before", "after",
            "prev_hash", "hash", "summary"};
    public static final String[] DIGEST_COLUMNS = {"chain", "position", "head_hash", "signed_at", "algorithm", "signature"};
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL_NON_NULL).setNullString("")
            .setRecordSeparator("\r\n").get();
    static final int FETCH = 1000;

    @Resource(lookup = "java:jboss/datasources/MxdrDS")
    DataSource dataSource;

    public void writeChain(String chainId, Writer out) {
        stream("SELECT id, chain_id, chain_position, recorded_at, actor, tenant_id, action, before_state, after_state, prev_hash, record_hash"
                + " FROM audit_record WHERE chain_id = ? ORDER BY chain_position", chainId, HEADER, out);
    }

    public void writeDigests(String chainId, Writer out) {
        stream("SELECT chain_id, chain_position, head_hash, signed_at, algorithm, signature FROM audit_digest WHERE chain_id = ?"
                + " ORDER BY chain_position, signed_at", chainId, DIGEST_COLUMNS, out);
    }

    private void stream(String sql, String chainId, String[] columns, Writer out) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setFetchSize(FETCH);
            s.setString(1, chainId);
            CSVPrinter csv = new CSVPrinter(out, FORMAT);
            csv.printRecord((Object[]) columns);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    int read = columns == HEADER ? RECORD_COLUMNS.length : columns.length;
                    for (int i = 1; i <= read; i++) {
                        csv.print(text(rs, i));
                    }
                    if (columns == HEADER) {
                        csv.print(AuditSentence.of(rs.getString(7), rs.getString(8), rs.getString(9)));
                    }
                    csv.println();
                }
            }
            csv.flush();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the audit chain " + chainId, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each column as the hash encodes it: times in the canonical form, numbers in decimal. */
    static String text(ResultSet rs, int column) throws SQLException {
        Object value = rs.getObject(column);
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Timestamp || value instanceof OffsetDateTime || value instanceof java.time.temporal.TemporalAccessor) {
            return AuditChain.timestamp(rs.getObject(column, OffsetDateTime.class).toInstant());
        }
        return value.toString();
    }
}
