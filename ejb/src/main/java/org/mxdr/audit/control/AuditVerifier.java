package org.mxdr.audit.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.mxdr.audit.entity.AuditChain;
import org.mxdr.audit.entity.ChainCheck;

/**
 * Verifies chains straight from JDBC, streaming the records in position order with a fetch size
 * (no entities), so a million records verify in seconds and in bounded memory.
 */
@Stateless
@PermitAll
public class AuditVerifier {
    private static final String COLUMNS = "SELECT id, chain_id, chain_position, recorded_at, actor, tenant_id, action, before_state,"
            + " after_state, prev_hash, record_hash FROM audit_record ";

    /** The outcome: valid, how many records were read, and the first bad one. */
    public record Verification(boolean valid, long records, ChainCheck.Broken firstBroken) {
    }

    @Resource(lookup = "java:jboss/datasources/MxdrDS")
    DataSource dataSource;

    @Inject
    AuditKeys keys;

    public Verification chain(String chainId) {
        return run(COLUMNS + "WHERE chain_id = ? ORDER BY chain_position", chainId);
    }

    public Verification all() {
        return run(COLUMNS + "WHERE chain_id IS NOT NULL ORDER BY chain_id, chain_position", null);
    }

    private Verification run(String sql, String onlyChain) {
        try (Connection c = dataSource.getConnection()) {
            Map<String, long[]> positions = new HashMap<>();
            Map<String, String> hashes = new TreeMap<>();
            heads(c, onlyChain, positions, hashes);
            long records = 0;
            ChainCheck.Broken first = null;
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setFetchSize(AuditCsv.FETCH);
                if (onlyChain != null) {
                    s.setString(1, onlyChain);
                }
                ChainCheck check = null;
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        ChainCheck.Row row = row(rs);
                        if (check == null || !check.chainId().equals(row.chainId())) {
                            first = finish(check, positions, hashes, first);
                            check = new ChainCheck(row.chainId(), digests(c, row.chainId()));
                        }
                        check.accept(row);
                        records++;
                    }
                }
                first = finish(check, positions, hashes, first);
            }
            // heads (or digests) of chains whose every record is gone
            for (String chainId : new ArrayList<>(hashes.keySet())) {
                first = finish(new ChainCheck(chainId, digests(c, chainId)), positions, hashes, first);
            }
            return new Verification(first == null, records, first);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the audit chains", e);
        }
    }

    private static ChainCheck.Broken finish(ChainCheck check, Map<String, long[]> positions, Map<String, String> hashes, ChainCheck.Broken first) {
        if (check == null) {
            return first;
        }
        long[] position = positions.get(check.chainId());
        Optional<ChainCheck.Broken> broken = check.finish(position == null ? null : position[0], hashes.remove(check.chainId()));
        return first != null ? first : broken.orElse(null);
    }

    private static void heads(Connection c, String onlyChain, Map<String, long[]> positions, Map<String, String> hashes) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT chain_id, last_position, last_hash FROM audit_chain_head WHERE last_position > 0"
                + (onlyChain == null ? "" : " AND chain_id = ?"))) {
            if (onlyChain != null) {
                s.setString(1, onlyChain);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    positions.put(rs.getString(1), new long[] {rs.getLong(2)});
                    hashes.put(rs.getString(1), rs.getString(3));
                }
            }
        }
    }

    private List<ChainCheck.Digest> digests(Connection c, String chainId) throws SQLException {
        List<ChainCheck.Digest> digests = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT chain_position, head_hash, signed_at, signature FROM audit_digest"
                + " WHERE chain_id = ? ORDER BY chain_position, signed_at")) {
            s.setString(1, chainId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long position = rs.getLong(1);
                    String hash = rs.getString(2);
                    Instant signedAt = rs.getObject(3, OffsetDateTime.class).toInstant();
                    boolean valid = keys.verifies(AuditChain.digestMessage(chainId, position, hash, signedAt), rs.getString(4));
                    digests.add(new ChainCheck.Digest(position, hash, signedAt, valid));
                }
            }
        }
        return digests;
    }

    private static ChainCheck.Row row(ResultSet rs) throws SQLException {
        return new ChainCheck.Row(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getObject(4, OffsetDateTime.class).toInstant(),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11));
    }
}
