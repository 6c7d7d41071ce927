package org.mxdr.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.testing.Deployments;

/**
 * The planner's statistics without autovacuum: a table filled since its last analysis (here one
 * never analyzed) is analyzed by the job's next run, which the planner then knows the size of; a
 * table analyzed and unchanged is left alone. On H2 the job has nothing to do.
 */
@ExtendWith(ArquillianExtension.class)
class StatisticsJobIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(StatisticsJobIT.class);
    }

    @Inject
    StatisticsJob job;

    @Resource(lookup = "java:jboss/datasources/MxdrDS")
    DataSource dataSource;

    @Test
    void aTableFilledSinceItsLastAnalysisIsAnalyzedOnTheNextRun() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            if (!TableStatistics.postgreSql(c)) {
                assertEquals(List.of(), job.run(), "H2 plans without such statistics");
                return;
            }
            s.execute("DROP TABLE IF EXISTS statistics_probe");
            s.execute("CREATE TABLE statistics_probe (n INTEGER)");
            try {
                s.execute("INSERT INTO statistics_probe SELECT generate_series(1, 500)");
                // this session's counts reach the shared statistics later unless forced: counted after the
                // job's ANALYZE, they would make the table stale again (the second run below, under load)
                flushStatistics(c, s);
                assertTrue(TableStatistics.stale(c, new String[] {"statistics_probe"}).contains("statistics_probe"), "never analyzed");

                assertTrue(job.run().contains("statistics_probe"), "the job analyzes it");
                try (ResultSet size = s.executeQuery("SELECT reltuples FROM pg_class WHERE relname = 'statistics_probe'")) {
                    size.next();
                    assertEquals(500, size.getLong(1), "the planner knows its rows");
                }
                assertFalse(job.run().contains("statistics_probe"), "analyzed and unchanged: left alone");
            } finally {
                s.execute("DROP TABLE statistics_probe");
            }
        }
    }

    /** Sends this session's pending table statistics now (PostgreSQL 15 on); older servers send them within half a second. */
    private static void flushStatistics(Connection c, Statement s) throws Exception {
        if (c.getMetaData().getDatabaseMajorVersion() >= 15) {
            s.execute("SELECT pg_stat_force_next_flush()");
        } else {
            Thread.sleep(1000);
        }
    }
}
