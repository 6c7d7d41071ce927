package org.mxdr.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.response.boundary.IncidentFilter;
import org.mxdr.response.control.IncidentQueue;
import org.mxdr.testing.Deployments;

/**
 * Paged statements keep their plans on PostgreSQL: a queue page's SQL carries its row limit (and a
 * numbered page its offset) as numbers, so the prepared statement, once the driver prepares it on
 * the server, runs on one generic plan instead of being planned again on every call, as it was
 * with the limit bound. The statements are read back from the server on the connection that ran them.
 * On H2, which keeps Hibernate's own dialect and no plans on a server, only the pages run.
 */
@ExtendWith(ArquillianExtension.class)
class PagedStatementsIT {

    /** Enough calls for the driver to prepare the statement on the server (the 5th) and for PostgreSQL to try 5 custom plans. */
    private static final int CALLS = 12;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(PagedStatementsIT.class);
    }

    @Inject
    IncidentQueue queue;

    @Resource(lookup = "java:jboss/datasources/MxdrDS")
    DataSource dataSource;

    @Inject
    UserTransaction tx;

    @Test
    void aQueuePageKeepsOneGenericPlan() throws Exception {
        String tenant = UUID.randomUUID().toString();
        tx.begin();
        try (Connection sameConnection = dataSource.getConnection()) {
            for (int call = 0; call < CALLS; call++) {
                assertEquals(List.of(), queue.summariesAfter(tenant, IncidentFilter.NONE, false, null, 17), "a tenant without incidents");
                assertEquals(List.of(), queue.summariesFrom(tenant, IncidentFilter.NONE, false, 34, 17), "a tenant without incidents");
            }
            if (!TableStatistics.postgreSql(sameConnection)) {
                return; // H2 keeps Hibernate's own dialect and no plans on a server
            }
            assertGeneric(sameConnection, "%fetch first 17 rows only", "the cursor page");
            assertGeneric(sameConnection, "%offset 34 rows fetch first 17 rows only", "the numbered page");
        } finally {
            tx.rollback();
        }
    }

    private static void assertGeneric(Connection c, String sqlEnd, String page) throws Exception {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT generic_plans, custom_plans FROM pg_prepared_statements WHERE statement LIKE ? AND statement LIKE '%incident%'")) {
            s.setString(1, sqlEnd);
            try (ResultSet plans = s.executeQuery()) {
                assertTrue(plans.next(), page + ": its SQL carries the numbers and was prepared on the server");
                assertTrue(plans.getLong(1) > 0, page + ": runs on a generic plan");
                assertEquals(5, plans.getLong(2), page + ": planned anew only for PostgreSQL's 5 trial runs");
            }
        }
    }
}
