package org.mxdr.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;

/**
 * A job that runs once for the cluster (the credit catch-up after a start): of claims made at once,
 * as two servers starting together make them, exactly one wins; a claim within the quiet time of
 * the last run loses; one after it wins again.
 */
@ExtendWith(ArquillianExtension.class)
class JobLocksIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(JobLocksIT.class);
    }

    @Inject
    JobLocks locks;

    @Resource(lookup = "java:jboss/datasources/MxdrDS")
    DataSource database;

    @Resource
    ManagedExecutorService executor;

    @Test
    void ofClaimsMadeAtOnceExactlyOneWins() throws Exception {
        String job = newJob();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> claims = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            claims.add(executor.submit(() -> {
                start.await();
                return locks.claim(job, Duration.ofHours(1));
            }));
        }
        start.countDown();
        int won = 0;
        for (Future<Boolean> claim : claims) {
            won += claim.get() ? 1 : 0;
        }
        assertEquals(1, won, "one claim of four wins");
    }

    @Test
    void aClaimWithinTheQuietTimeOfTheLastRunLosesAndOneAfterItWins() throws Exception {
        String job = newJob();
        locks.ran(job);
        assertFalse(locks.claim(job, Duration.ofHours(1)), "the job ran moments ago");
        assertTrue(locks.claim(job, Duration.ZERO), "no quiet time: the last run is long enough ago");
        assertFalse(locks.claim(job, Duration.ofHours(1)), "the winning claim stamped the job");
    }

    private String newJob() throws Exception {
        String job = "it-" + Fixtures.unique();
        try (Connection c = database.getConnection();
                PreparedStatement insert = c.prepareStatement("INSERT INTO job_lock (job_name) VALUES (?)")) {
            insert.setString(1, job);
            insert.executeUpdate();
        }
        return job;
    }
}
