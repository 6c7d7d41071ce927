package org.mxdr.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.audit.control.AuditSigner;
import org.mxdr.audit.control.AuditTrail;
import org.mxdr.audit.control.AuditVerifier;
import org.mxdr.audit.entity.AuditChain;
import org.mxdr.testing.Deployments;

/**
 * The hash chains against every kind of tampering, each done with plain SQL as someone with the
 * database but not the key would: verification names the first bad record. And concurrent writers:
 * 32 threads on one tenant leave a chain without gaps; a writer holding one tenant's chain never
 * blocks another tenant's.
 */
@ExtendWith(ArquillianExtension.class)
class AuditChainIT {
    private static final int RECORDS = 6;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(AuditChainIT.class);
    }

    @Inject
    AuditTrail trail;

    @Inject
    AuditVerifier verifier;

    @Inject
    AuditSigner signer;

    @Resource
    UserTransaction tx;

    @Resource(lookup = "java:jboss/datasources/MxdrDS")
    DataSource ds;

    private final List<String> chains = new ArrayList<>();

    @AfterEach
    void purgeTheTamperedChains() throws Exception {
        for (String chain : chains) {
            tx.begin();
            trail.purgeChain(chain);
            tx.commit();
        }
    }

    @Test
    void anUntouchedChainIsValidAndExportsWithItsDigests() throws Exception {
        String t = chainOf(RECORDS);
        AuditVerifier.Verification v = verifier.chain(t);
        assertTrue(v.valid(), String.valueOf(v.firstBroken()));
        assertEquals(RECORDS, v.records());
        assertEquals(hashAt(t, RECORDS), trail.chainHead(t).orElseThrow());
        StringWriter csv = new StringWriter();
        trail.writeCsv(t, csv);
        assertEquals(RECORDS + 1, csv.toString().split("\r\n").length, csv.toString());
        assertTrue(csv.toString().startsWith("\"id\",\"chain\",\"position\""), csv.toString());
        StringWriter digests = new StringWriter();
        trail.writeDigests(t, digests);
        assertEquals(RECORDS + 1, digests.toString().split("\r\n").length, "one digest after each record");
        assertTrue(trail.publicKeyPem().startsWith("-----BEGIN PUBLIC KEY-----"));
    }

    @Test
    void anAlteredRecordIsNamed() throws Exception {
        String t = chainOf(RECORDS);
        sql("UPDATE audit_record SET after_state = 'respondDirectly=true' WHERE chain_id = ? AND chain_position = 3", t);
        assertBroken(t, idAt(t, 3), "altered");
    }

    @Test
    void aDeletedRecordIsNamedByTheOneAfterIt() throws Exception {
        String t = chainOf(RECORDS);
        String fourth = idAt(t, 4);
        sql("DELETE FROM audit_record WHERE chain_id = ? AND chain_position = 3", t);
        assertBroken(t, fourth, "missing");
    }

    @Test
    void anInsertedRecordIsNamedEvenWithAHashComputedForIt() throws Exception {
        String t = chainOf(RECORDS, false); // after the last signed digest: only the chain itself tells

        shiftFrom(t, 3);
        String forged = UUID.randomUUID().toString();
        Instant at = Instant.parse("2026-11-30T10:00:00Z");
        String prev = hashAt(t, 2);
        String hash = AuditChain.hash(prev, 3, forged, at, "someone", t, "permissions.changed", null, "respondDirectly=true");
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("INSERT INTO audit_record (id, recorded_at, actor, "
                + "tenant_id, action, after_state, chain_id, chain_position, prev_hash, record_hash) VALUES (?, ?, 'someone', ?, "
                + "'permissions.changed', 'respondDirectly=true', ?, 3, ?, ?)")) {
            s.setString(1, forged);
            s.setObject(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            s.setString(3, t);
            s.setString(4, t);
            s.setString(5, prev);
            s.setString(6, hash);
            s.executeUpdate();
        }
        assertBroken(t, forged, "inserted");
    }

    @Test
    void reorderedRecordsAreNamed() throws Exception {
        String t = chainOf(RECORDS);
        String fourth = idAt(t, 4);
        sql("UPDATE audit_record SET chain_position = -1 WHERE chain_id = ? AND chain_position = 3", t);
        sql("UPDATE audit_record SET chain_position = 3 WHERE chain_id = ? AND chain_position = 4", t);
        sql("UPDATE audit_record SET chain_position = 4 WHERE chain_id = ? AND chain_position = -1", t);
        assertBroken(t, fourth, "out of order");
    }

    @Test
    void aChainRecomputedWithoutTheKeyNoLongerMatchesItsSignedDigests() throws Exception {
        String t = chainOf(RECORDS);
        String third = idAt(t, 3);
        sql("UPDATE audit_record SET after_state = 'respondDirectly=true' WHERE chain_id = ? AND chain_position = 3", t);
        recomputeFrom(t, 3);
        assertBroken(t, third, "rewritten");
    }

    @Test
    void thirtyTwoWritersOnOneTenantLeaveOneChainWithoutGaps() throws Exception {
        String t = UUID.randomUUID().toString();
        chains.add(t);
        int threads = 32;
        int each = 10;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            int writer = i;
            done.add(pool.submit(() -> {
                start.await();
                for (int n = 0; n < each; n++) {
                    write(t, "writer-" + writer, "n=" + n);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        AuditVerifier.Verification v = verifier.chain(t);
        assertTrue(v.valid(), String.valueOf(v.firstBroken()));
        assertEquals(threads * each, v.records());
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(DISTINCT chain_position), MIN(chain_position), MAX(chain_position) FROM audit_record WHERE chain_id = ?")) {
            s.setString(1, t);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                assertEquals(threads * each, rs.getLong(1));
                assertEquals(1, rs.getLong(2));
                assertEquals(threads * each, rs.getLong(3), "positions 1 to 320: no gap");
            }
        }
    }

    @Test
    void aWriterHoldingOneTenantsChainDoesNotBlockAnother() throws Exception {
        String held = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        chains.add(held);
        chains.add(other);
        write(held, "a", "first");
        tx.begin();
        try {
            trail.record("holder", held, "test.held", null, "x=1"); // holds the chain's head until the end of this transaction
            ExecutorService pool = Executors.newSingleThreadExecutor();
            Future<?> elsewhere = pool.submit(() -> {
                write(other, "b", "y=2");
                return null;
            });
            elsewhere.get(5, TimeUnit.SECONDS);
            pool.shutdown();
        } finally {
            tx.commit();
        }
        assertTrue(verifier.chain(held).valid());
        assertTrue(verifier.chain(other).valid());
    }

    @Test
    void purgingAChainRemovesItsRecordsDigestsAndHead() throws Exception {
        String t = chainOf(3);
        tx.begin();
        long purged = trail.purgeChain(t);
        tx.commit();
        assertEquals(3, purged);
        assertFalse(trail.chainHead(t).isPresent());
        AuditVerifier.Verification v = verifier.chain(t);
        assertTrue(v.valid());
        assertEquals(0, v.records());
        assertNull(v.firstBroken());
    }

    private void assertBroken(String chain, String id, String reason) {
        AuditVerifier.Verification v = verifier.chain(chain);
        assertFalse(v.valid(), "tampering went unseen");
        assertEquals(id, v.firstBroken().id(), v.firstBroken().reason());
        assertTrue(v.firstBroken().reason().contains(reason), v.firstBroken().reason());
        AuditVerifier.Verification all = verifier.all();
        assertFalse(all.valid(), "the provider's verification of every chain sees it too");
    }

    private String chainOf(int n) throws Exception {
        return chainOf(n, true);
    }

    /** A fresh chain of {@code n} records, its head signed after each when {@code signed}. */
    private String chainOf(int n, boolean signed) throws Exception {
        String t = UUID.randomUUID().toString();
        chains.add(t);
        for (int i = 1; i <= n; i++) {
            write(t, "admin" + i, "step=" + i);
            if (signed) {
                tx.begin();
                signer.signChangedHeads();
                tx.commit();
            }
        }
        return t;
    }

    private void write(String tenant, String actor, String after) throws Exception {
        tx.begin();
        try {
            trail.record(actor, tenant, "test.step", null, after);
            tx.commit();
        } catch (Exception e) {
            tx.rollback();
            throw e;
        }
    }

    /** Makes room at {@code position}, as someone inserting a record would, without breaking the unique index. */
    private void shiftFrom(String chain, int position) throws Exception {
        sql("UPDATE audit_record SET chain_position = -chain_position WHERE chain_id = ? AND chain_position >= " + position, chain);
        sql("UPDATE audit_record SET chain_position = 1 - chain_position WHERE chain_id = ? AND chain_position < 0", chain);
    }

    /** Recomputes every hash from {@code position} on and the head, with the public algorithm and without the key. */
    private void recomputeFrom(String chain, int position) throws Exception {
        String prev = hashAt(chain, position - 1);
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("SELECT id, chain_position, recorded_at, actor, "
                + "tenant_id, action, before_state, after_state FROM audit_record WHERE chain_id = ? AND chain_position >= ? ORDER BY chain_position")) {
            s.setString(1, chain);
            s.setInt(2, position);
            List<String[]> updates = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String hash = AuditChain.hash(prev, rs.getLong(2), rs.getString(1), rs.getObject(3, OffsetDateTime.class).toInstant(),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8));
                    updates.add(new String[] {prev, hash, rs.getString(1)});
                    prev = hash;
                }
            }
            for (String[] u : updates) {
                try (PreparedStatement up = c.prepareStatement("UPDATE audit_record SET prev_hash = ?, record_hash = ? WHERE id = ?")) {
                    up.setString(1, u[0]);
                    up.setString(2, u[1]);
                    up.setString(3, u[2]);
                    up.executeUpdate();
                }
            }
            try (PreparedStatement head = c.prepareStatement("UPDATE audit_chain_head SET last_hash = ? WHERE chain_id = ?")) {
                head.setString(1, prev);
                head.setString(2, chain);
                head.executeUpdate();
            }
        }
    }

    private void sql(String statement, String chain) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(statement)) {
            s.setString(1, chain);
            assertTrue(s.executeUpdate() > 0, statement);
        }
    }

    private String idAt(String chain, int position) throws Exception {
        return column("id", chain, position);
    }

    private String hashAt(String chain, int position) throws Exception {
        return column("record_hash", chain, position);
    }

    private String column(String column, String chain, int position) throws Exception {
        try (Connection c = ds.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT " + column + " FROM audit_record WHERE chain_id = ? AND chain_position = ?")) {
            s.setString(1, chain);
            s.setInt(2, position);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "no record at " + position);
                return rs.getString(1);
            }
        }
    }
}
