package org.mxdr.reports.control;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.mxdr.response.entity.Incident;

/**
 * Queues the facts of the incidents that existed before reporting, once: batch by batch in id
 * order, each batch in one transaction with the cursor, so a rerun, a second server or a restart
 * midway queues no incident twice and none is skipped. Incidents changed meanwhile queue their
 * own snapshots; the backfill's locks the incident like a change does, so it is never older.
 */
@Stateless
@PermitAll
public class ReportingBackfill {

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    ReportingOutbox outbox;

    @Inject
    Clock clock;

    /** Queues the next batch; answers how many incidents it queued, -1 when the backfill is finished. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int step(int batch, boolean wait) {
        List<?> state = em.createNativeQuery("SELECT after_id, finished_at FROM reporting_backfill WHERE id = 1 FOR UPDATE"
                + (wait ? "" : " SKIP LOCKED")).getResultList();
        if (state.isEmpty()) {
            return 0;
        }
        Object[] row = (Object[]) state.get(0);
        if (row[1] != null) {
            return -1;
        }
        String after = (String) row[0];
        List<Incident> incidents = em.createQuery("SELECT i FROM Incident i WHERE i.id > :after ORDER BY i.id", Incident.class)
                .setParameter("after", after == null ? "" : after).setLockMode(LockModeType.PESSIMISTIC_WRITE).setMaxResults(batch)
                .getResultList();
        outbox.changed(incidents);
        String last = incidents.isEmpty() ? after : incidents.get(incidents.size() - 1).getId();
        em.createNativeQuery("UPDATE reporting_backfill SET after_id = ?1, queued = queued + ?2, finished_at = ?3 WHERE id = 1")
                .setParameter(1, last).setParameter(2, incidents.size())
                .setParameter(3, incidents.size() < batch ? Instant.now(clock) : null).executeUpdate();
        return incidents.size();
    }

    public boolean finished() {
        return !em.createNativeQuery("SELECT id FROM reporting_backfill WHERE id = 1 AND finished_at IS NOT NULL").getResultList().isEmpty();
    }
}
