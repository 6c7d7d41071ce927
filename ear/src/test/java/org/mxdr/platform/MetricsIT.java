package org.mxdr.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mxdr.testing.Prometheus.lines;
import static org.mxdr.testing.Prometheus.sum;

import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.testing.Api;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;
import org.mxdr.testing.Prometheus;

/**
 * The server's Prometheus endpoint (observability.cli) carries the product's meters, and they
 * move: requests by endpoint and status, the experts' access decisions, the outbox's backlog and
 * the job runs, beside the server's own meters of the application's connection pool; readiness
 * names the outbox and every regional reporting store.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MetricsIT {
    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theProductsMetersMoveOnThePrometheusEndpoint() {
        String expert = Api.createUser("metered-" + Fixtures.unique(), "expert", null);
        String nowhere = "00000000-0000-0000-0000-" + Fixtures.unique() + "0000";
        String before = Prometheus.scrape();

        assertEquals(200, Api.get("/me", expert, Fixtures.PASSWORD).status());
        assertEquals(403, Api.get("/tenants/" + nowhere + "/incidents", expert, Fixtures.PASSWORD).status());
        String after = Prometheus.scrape();

        String me = "mxdr_api_requests_seconds_count";
        List<String> meOk = List.of("endpoint=\"/me\"", "method=\"GET\"", "status=\"200\"");
        assertEquals(sum(before, me, meOk) + 1, sum(after, me, meOk), "GET /me 200 counted once more");
        List<String> incidentsDenied = List.of("endpoint=\"/tenants/{tenantId}/incidents\"", "status=\"403\"");
        assertTrue(sum(after, me, incidentsDenied) > sum(before, me, incidentsDenied), "the 403 counted by its path template:\n" + lines(after, me));
        List<String> denied = List.of("outcome=\"denied\"");
        assertTrue(sum(after, "mxdr_access_decisions_total", denied) > sum(before, "mxdr_access_decisions_total", denied),
                "the denial counted:\n" + lines(after, "mxdr_access_decisions_total"));

        assertTrue(sum(after, "mxdr_job_runs_seconds_count", List.of("job=\"outbox\"", "outcome=\"done\"")) > 0,
                "the outbox's passes are counted:\n" + lines(after, "mxdr_job_runs"));
        assertTrue(!lines(after, "mxdr_outbox_backlog").isEmpty() && !lines(after, "mxdr_outbox_oldest_age_seconds").isEmpty(),
                "outbox backlog and age are shown");
        assertTrue(!lines(after, "mxdr_reporting_store_up").isEmpty(), "the reporting stores are shown");
        assertTrue(!lines(after, "datasources_pool_in_use_count").stream().filter(l -> l.contains("name=\"MxdrDS\"")).toList().isEmpty(),
                "the application's connection pool is shown");
    }

    @Test
    void readinessNamesTheOutboxAndEveryReportingStore() {
        String ready = Prometheus.get(Api.MANAGEMENT + "/health/ready").replace(" ", "");
        assertTrue(ready.contains("\"name\":\"outbox\""), ready);
        assertTrue(ready.contains("\"backlog\":"), ready);
        assertTrue(ready.contains("\"name\":\"reporting-stores\""), ready);
        for (String region : List.of("US", "EU", "UK", "CH", "CA", "AU", "JP", "IN")) {
            assertTrue(ready.contains("\"" + region + "\":"), region + " in " + ready);
        }
    }
}
