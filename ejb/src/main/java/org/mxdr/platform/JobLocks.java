package org.mxdr.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Jobs that several servers sharing the database run once for the whole cluster, not once per
 * server start: the row of the job in {@code job_lock} is locked, and the job is claimed only when
 * nobody ran it within its quiet time. Two servers starting at once: the second waits for the
 * first's stamp and then sees it. Each claim is its own short transaction, so the job itself runs
 * after the lock is released (the jobs are idempotent; the claim only spares the repeat).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobLocks {
    /** The credit assignment's catch-up after a start (and each hourly tick, which does the same work). */
    public static final String CREDIT_CATCH_UP = "credit_catch_up";

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    Clock clock; // its millis() fails: the application's clock ticks in microseconds (Clock.tick below a millisecond)

    /** True, and the job stamped as run now, when it last ran longer ago than {@code quiet} (or never). */
    public boolean claim(String job, Duration quiet) {
        long now = Instant.now(clock).toEpochMilli();
        List<?> rows = em.createNativeQuery("SELECT last_run_ms FROM job_lock WHERE job_name = ? FOR UPDATE")
                .setParameter(1, job).getResultList();
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("No job_lock row for " + job);
        }
        Object last = rows.get(0);
        if (last != null && now - ((Number) last).longValue() < quiet.toMillis()) {
            return false;
        }
        stamp(job, now);
        return true;
    }

    /** Stamps the job as run now, whenever it last ran. */
    public void ran(String job) {
        stamp(job, Instant.now(clock).toEpochMilli());
    }

    private void stamp(String job, long now) {
        em.createNativeQuery("UPDATE job_lock SET last_run_ms = ? WHERE job_name = ?")
                .setParameter(1, now).setParameter(2, job).executeUpdate();
    }
}
