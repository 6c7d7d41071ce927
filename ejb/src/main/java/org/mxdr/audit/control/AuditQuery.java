package org.mxdr.audit.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.apache.commons.csv.CSVPrinter;
import org.mxdr.audit.entity.AuditChain;
import org.mxdr.audit.entity.AuditFilter;
import org.mxdr.audit.entity.AuditRecord;
import org.mxdr.platform.Cursor;

/** The trail as a reader filters it, newest first: a page, its count, or all of it as CSV, streamed. */
@Stateless
@PermitAll
public class AuditQuery {

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    private static final String NEWEST_FIRST = " ORDER BY a.recordedAt DESC, a.id DESC";

    public List<AuditRecord> page(AuditFilter filter, int first, int size) {
        return query("SELECT a", filter, null, NEWEST_FIRST, AuditRecord.class).setFirstResult(first).setMaxResults(size).getResultList();
    }

    /** The records after the cursor (from the newest when null); one more than asked tells whether more follow. */
    public List<AuditRecord> after(AuditFilter filter, Cursor after, int rows) {
        return query("SELECT a", filter, after, NEWEST_FIRST, AuditRecord.class).setMaxResults(rows).getResultList();
    }

    public long count(AuditFilter filter) {
        return query("SELECT COUNT(a)", filter, null, "", Long.class).getSingleResult();
    }

    /** The filtered trail in the chain CSV's columns plus the sentence, one record at a time. */
    public void writeCsv(AuditFilter filter, Writer out) {
        try {
            CSVPrinter csv = new CSVPrinter(out, AuditCsv.FORMAT);
            csv.printRecord(AuditCsv.HEADER);
            query("SELECT a", filter, null, NEWEST_FIRST, AuditRecord.class)
                    .setHint("org.hibernate.fetchSize", AuditCsv.FETCH).setHint("org.hibernate.readOnly", true)
                    .getResultStream().forEach(r -> {
                        try {
                            csv.printRecord(r.getId(), r.getChainId(), r.getChainPosition(), AuditChain.timestamp(r.getRecordedAt()), r.getActor(),
                                    r.getTenantId(), r.getAction(), r.getBefore(), r.getAfter(), r.getPreviousHash(), r.getRecordHash(), r.getSummary());
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        em.detach(r);
                    });
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> TypedQuery<T> query(String select, AuditFilter f, Cursor after, String order, Class<T> type) {
        StringBuilder where = new StringBuilder(" FROM AuditRecord a WHERE 1 = 1");
        if (AuditChain.PROVIDER.equals(f.scope())) {
            where.append(" AND a.tenantId IS NULL");
        } else if (f.scope() != null) {
            where.append(" AND a.tenantId = :tenant");
        }
        if (f.actor() != null) {
            where.append(" AND LOCATE(:actor, LOWER(a.actor)) > 0");
        }
        if (f.action() != null) {
            where.append(" AND (a.action = :action OR LOCATE(:family, a.action) = 1)");
        }
        if (f.from() != null) {
            where.append(" AND a.recordedAt >= :from");
        }
        if (f.to() != null) {
            where.append(" AND a.recordedAt < :to");
        }
        if (after != null) {
            // strictly after the last record shown, in the index's order: page 1,000 costs what page 1 does
            where.append(Cursor.condition("a.recordedAt", true, "a.id", true, "at", "id"));
        }
        TypedQuery<T> q = em.createQuery(select + where + order, type);
        if (after != null) {
            q.setParameter("at", after.at()).setParameter("id", after.id());
        }
        if (f.scope() != null && !AuditChain.PROVIDER.equals(f.scope())) {
            q.setParameter("tenant", f.scope());
        }
        if (f.actor() != null) {
            q.setParameter("actor", f.actor().toLowerCase(Locale.ROOT));
        }
        if (f.action() != null) {
            q.setParameter("action", f.action()).setParameter("family", f.action() + ".");
        }
        if (f.from() != null) {
            q.setParameter("from", f.from());
        }
        if (f.to() != null) {
            q.setParameter("to", f.to());
        }
        return q;
    }
}
