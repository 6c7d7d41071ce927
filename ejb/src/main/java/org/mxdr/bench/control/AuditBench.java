package org.mxdr.bench.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mxdr.audit.control.AuditTrail;
import org.mxdr.audit.entity.AuditChain;
import org.mxdr.audit.entity.AuditChainHead;
import org.mxdr.audit.entity.AuditRecord;

/**
 * bench/audit's work in the server: seeds valid chains with JDBC batches (seeding is not what is
 * measured), writes one record with or without its chain (what is measured), and removes it all.
 * Every bench chain's tenant id starts with {@link #PREFIX}.
 */
@Stateless
@PermitAll
public class AuditBench {
    public static final String PREFIX = "audit-bench-";

    @Resource(lookup = "java:jboss/datasources/MxdrDS")
    DataSource dataSource;

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    AuditTrail trail;

    @Inject
    Clock clock;

    /** One bench tenant's chain of {@code records} records, as the trail would have written them. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void seedChain(String tenantId, int records) {
        AuditChainHead head = AuditChainHead.empty(tenantId);
        Instant at = AuditChain.stored(Instant.now(clock)).minusSeconds(records);
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO audit_record (id, recorded_at, actor, tenant_id, action, before_state, "
                     + "after_state, chain_id, chain_position, prev_hash, record_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement headRow = c.prepareStatement("INSERT INTO audit_chain_head (chain_id, last_position, last_hash) VALUES (?, ?, ?)")) {
            for (int i = 0; i < records; i++) {
                AuditRecord r = AuditRecord.of("bench-admin", tenantId, "permissions.changed", "respondDirectly=true; expiresAt=2027-01-01T00:00:00Z",
                        "respondDirectly=false; expiresAt=2026-12-15T00:00:00Z", at.plusSeconds(i));
                head.append(r);
                insert.setString(1, r.getId());
                insert.setObject(2, OffsetDateTime.ofInstant(r.getRecordedAt(), ZoneOffset.UTC));
                insert.setString(3, r.getActor());
                insert.setString(4, tenantId);
                insert.setString(5, r.getAction());
                insert.setString(6, r.getBefore());
                insert.setString(7, r.getAfter());
                insert.setString(8, r.getChainId());
                insert.setLong(9, r.getChainPosition());
                insert.setString(10, r.getPreviousHash());
                insert.setString(11, r.getRecordHash());
                insert.addBatch();
                if (i % 1000 == 999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            headRow.setString(1, tenantId);
            headRow.setLong(2, head.getPosition());
            headRow.setString(3, head.getHash());
            headRow.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("bench audit chain not seeded: " + e.getMessage(), e);
        }
    }

    /** One audited change as the boundaries write it: with the chain, or (for comparison) a plain insert. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void write(String tenantId, boolean chained, int n) {
        if (chained) {
            trail.record("bench-writer", tenantId, "contact.added", null, "name=Bench " + n + "; email=b" + n + "@bench.example");
        } else {
            em.persist(AuditRecord.of("bench-writer", tenantId, "contact.added", null, "name=Bench " + n + "; email=b" + n + "@bench.example",
                    Instant.now(clock)));
        }
    }

    /** Removes every bench chain: records, digests, heads; answers the records removed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long removeAll() {
        em.createQuery("DELETE FROM AuditDigest d WHERE d.chainId LIKE :p").setParameter("p", PREFIX + "%").executeUpdate();
        em.createQuery("DELETE FROM AuditChainHead h WHERE h.chainId LIKE :p").setParameter("p", PREFIX + "%").executeUpdate();
        return em.createQuery("DELETE FROM AuditRecord a WHERE a.tenantId LIKE :p").setParameter("p", PREFIX + "%").executeUpdate();
    }

    public static String tenant(String run, int i) {
        return PREFIX + run + "-" + i;
    }

    public static String run() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
