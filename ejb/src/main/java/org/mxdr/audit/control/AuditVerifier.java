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
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;

import org.mxdr.audit.entity.AuditChain;
import org.mxdr.audit.entity.ChainCheck;

/**
 * Verifies chains straight from JDBC, streaming the records in position order with a fetch size
 * (no entities), so a million records verify in seconds and in bounded memory: this thread reads,
 * a second one hashes, a bounded queue of batches between them.
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

    @Resource
    ManagedExecutorService executor;

    private static final int BATCH = 2000;
    private static final List<Object> END = new ArrayList<>();

    private record ChainStart(String chainId, List<ChainCheck.Digest> digests) {
    }

    private record Checked(long records, ChainCheck.Broken first) {
    }

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
            BlockingQueue<List<Object>> queue = new ArrayBlockingQueue<>(8);
            // this thread reads and decodes rows while another hashes them: both halves take about as long
            Future<Checked> checker = executor.submit(() -> check(queue, positions, hashes));
            boolean readAll = false;
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setFetchSize(AuditCsv.FETCH);
                if (onlyChain != null) {
                    s.setString(1, onlyChain);
                }
                read(c, s, queue, checker);
                readAll = true;
            } finally {
                if (!readAll) {
                    checker.cancel(true);
                }
            }
            Checked checked = checker.get();
            ChainCheck.Broken first = checked.first();
            // heads (or digests) of chains whose every record is gone
            for (String chainId : new ArrayList<>(hashes.keySet())) {
                first = finish(new ChainCheck(chainId, digests(c, chainId)), positions, hashes, first);
            }
            return new Verification(first == null, checked.records(), first);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the audit chains", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot verify the audit chains", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while verifying the audit chains", e);
        }
    }

    /** Rows in batches, each chain's start with its digests (read on this connection) before its first row. */
    private void read(Connection c, PreparedStatement s, BlockingQueue<List<Object>> queue, Future<Checked> checker)
            throws SQLException, InterruptedException, ExecutionException {
        List<Object> batch = new ArrayList<>(BATCH);
        String chain = null;
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                ChainCheck.Row row = row(rs);
                if (!row.chainId().equals(chain)) {
                    chain = row.chainId();
                    batch.add(new ChainStart(chain, digests(c, chain)));
                }
                batch.add(row);
                if (batch.size() >= BATCH) {
                    hand(queue, batch, checker);
                    batch = new ArrayList<>(BATCH);
                }
            }
        }
        hand(queue, batch, checker);
        hand(queue, END, checker);
    }

    private static void hand(BlockingQueue<List<Object>> queue, List<Object> batch, Future<Checked> checker)
            throws InterruptedException, ExecutionException {
        while (!queue.offer(batch, 1, TimeUnit.SECONDS)) {
            if (checker.isDone()) {
                checker.get();
                throw new IllegalStateException("The audit check stopped early");
            }
        }
    }

    private static Checked check(BlockingQueue<List<Object>> queue, Map<String, long[]> positions, Map<String, String> hashes)
            throws InterruptedException {
        ChainCheck check = null;
        ChainCheck.Broken first = null;
        long records = 0;
        for (List<Object> batch = queue.take(); batch != END; batch = queue.take()) {
            for (Object item : batch) {
                if (item instanceof ChainStart start) {
                    first = finish(check, positions, hashes, first);
                    check = new ChainCheck(start.chainId(), start.digests());
                } else {
                    check.accept((ChainCheck.Row) item);
                    records++;
                }
            }
        }
        return new Checked(records, finish(check, positions, hashes, first));
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
