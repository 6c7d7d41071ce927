package org.mxdr.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mxdr.testing.GrantedTenants.U_FREE;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.onboarding.entity.Region;
import org.mxdr.reports.control.ReportingStores;
import org.mxdr.reports.control.StoreDown;
import org.mxdr.response.entity.ActionType;
import org.mxdr.response.entity.Classification;
import org.mxdr.response.entity.Incident;
import org.mxdr.response.entity.ResponseAction;
import org.mxdr.response.entity.Severity;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.GrantedTenants.Tenant;

/**
 * The transport of reporting facts: a store that is down fails no change and loses nothing; when
 * it returns every fact arrives once, the newest last; incidents from before reporting are
 * backfilled exactly once; a tenant's rows are counted, exported and purged in its store only.
 */
@ExtendWith(ArquillianExtension.class)
class ReportingDeliveryIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(ReportingDeliveryIT.class, ReportingWorld.class, StoreRows.class);
    }

    @Inject
    ReportingWorld world;

    @Inject
    ReportingStores stores;

    @BeforeEach
    void users() throws Exception {
        world.users();
        world.deliver();
    }

    @Test
    void aStoreThatIsDownFailsNoChangeAndHoldsUpNoOtherRegion() throws Exception {
        Tenant eu = world.tenant("Delivery EU", Region.EU, false);
        Tenant us = world.tenant("Delivery US", Region.US, true);
        try (AutoCloseable down = StoreRows.takeDown(Region.EU)) {
            assertFalse(stores.available(Region.EU));
            // every change succeeds although its store is down
            threeIncidentsTheFirstResolvedWithACard(eu);
            world.report(us, Severity.HIGH);

            world.deliver();
            assertTrue(StoreRows.pending(eu.id()) >= 8, "every change waits in the outbox: " + StoreRows.pending(eu.id()));
            assertEquals(0, StoreRows.pending(us.id()), "another region's store is not held up");
            assertEquals(1, StoreRows.count(Region.US, "rpt_incident", us.id()));
            assertFalse(stores.available(Region.EU));
            assertThrows(StoreDown.class, () -> stores.countTenant(eu.id()));
        }
    }

    @Test
    void whenTheStoreReturnsEveryChangeArrivesOnceTheNewestLastInItsRegionOnly() throws Exception {
        Tenant eu = world.tenant("Delivery EU", Region.EU, false);
        Tenant us = world.tenant("Delivery US", Region.US, true);
        List<Incident> incidents;
        Incident usIncident;
        try (AutoCloseable down = StoreRows.takeDown(Region.EU)) {
            incidents = threeIncidentsTheFirstResolvedWithACard(eu);
            usIncident = world.report(us, Severity.HIGH);
            world.deliver();
        }
        assertTrue(stores.available(Region.EU));
        assertTrue(world.deliver() >= 8);
        assertEquals(0, StoreRows.pending(eu.id()));
        assertEquals(3, StoreRows.count(Region.EU, "rpt_incident", eu.id()), "each incident once");
        assertEquals(1, StoreRows.count(Region.EU, "rpt_action", eu.id()), "the card once");
        assertEquals(6, StoreRows.count(Region.EU, "rpt_incident_asset", eu.id()));
        Map<String, Object> resolved = world.incidentRow(Region.EU, incidents.get(0).getId());
        assertEquals("RESOLVED", resolved.get("status"), "the last change is what the store holds");
        assertEquals("WITH_CUSTOMER", resolved.get("resolution"));
        assertEquals("SKIPPED", StoreRows.rows(StoreRows.store(Region.EU), "SELECT state FROM rpt_action WHERE tenant_id = ?", eu.id())
                .get(0).get("state"));
        assertEquals(0, StoreRows.count(Region.EU, "rpt_incident", us.id()));
        assertEquals(0, StoreRows.count(Region.US, "rpt_incident", eu.id()));
        assertEquals(usIncident.getId(), world.incidentRow(Region.US, usIncident.getId()).get("incident_id"));
    }

    @Test
    void anOldSnapshotDeliveredLateNeverOverwritesANewerOne() throws Exception {
        Tenant eu = world.tenant("Delivery stale", Region.EU, false);
        Incident incident = threeIncidentsTheFirstResolvedWithACard(eu).get(0);
        world.deliver();
        long version = ((Number) world.incidentRow(Region.EU, incident.getId()).get("version")).longValue();
        // as a redelivery after a crash would bring it
        StoreRows.update(StoreRows.operational(), "INSERT INTO reporting_event (id, tenant_id, region, incident_id, payload, created_at) "
                + "VALUES (?, ?, 'EU', ?, ?, ?)", -version, eu.id(), incident.getId(),
                staleSnapshot(eu.id(), incident), java.sql.Timestamp.from(Instant.now()));
        assertEquals(1, world.deliver());
        assertEquals("RESOLVED", world.incidentRow(Region.EU, incident.getId()).get("status"));
        assertEquals(version, ((Number) world.incidentRow(Region.EU, incident.getId()).get("version")).longValue());
    }

    @Test
    void incidentsFromBeforeReportingAreBackfilledOnce() throws Exception {
        Tenant t = world.tenant("Backfill", Region.EU, true);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(world.report(t, Severity.LOW).getId());
        }
        // as if they predate reporting: no event, no row, and a backfill that has not run
        StoreRows.update(StoreRows.operational(), "DELETE FROM reporting_event WHERE tenant_id = ?", t.id());
        StoreRows.update(StoreRows.operational(), "UPDATE reporting_backfill SET after_id = NULL, queued = 0, finished_at = NULL");
        assertEquals(0, StoreRows.count(Region.EU, "rpt_incident", t.id()));

        long queued = world.backfill();
        assertTrue(queued >= 3, "every incident queued: " + queued);
        assertEquals(3, StoreRows.pending(t.id()));
        world.deliver();
        assertEquals(3, StoreRows.count(Region.EU, "rpt_incident", t.id()));
        for (String id : ids) {
            assertEquals("NEW", world.incidentRow(Region.EU, id).get("status"));
        }
        assertEquals(0, world.backfill(), "the backfill ran once");
        assertEquals(0, StoreRows.pending(t.id()));
        assertEquals(queued, ((Number) StoreRows.rows(StoreRows.operational(), "SELECT queued FROM reporting_backfill").get(0).get("queued")).longValue());
    }

    @Test
    void aTenantsRowsAreCountedExportedAndPurgedInItsStoreOnly() throws Exception {
        Tenant gone = world.tenant("Purged", Region.EU, true);
        Tenant neighbour = world.tenant("Neighbour", Region.EU, true);
        Incident incident = world.report(gone, Severity.HIGH);
        world.report(gone, Severity.LOW);
        world.report(neighbour, Severity.LOW);
        world.asExpert(() -> world.incidents.classify(gone.id(), incident.getId(), Classification.TRUE_POSITIVE, "Ransomware"));
        world.asExpert(() -> world.actions.act(gone.id(), incident.getId(), ActionType.DISABLE_USER, U_FREE, null, "Stops the spread"));
        world.deliver();
        Map<String, Long> neighbourBefore = stores.countTenant(neighbour.id());
        assertEquals(Map.of("reporting.incidents", 2L, "reporting.incident_assets", 4L, "reporting.actions", 1L), stores.countTenant(gone.id()));

        StringWriter out = new StringWriter();
        stores.writeTenantJson(gone.id(), out);
        JsonObject json = Json.createReader(new StringReader(out.toString())).readObject();
        assertEquals(gone.id(), json.getString("tenantId"));
        assertEquals("EU", json.getString("region"));
        assertEquals(2, json.getJsonArray("rpt_incident").size());
        assertEquals(4, json.getJsonArray("rpt_incident_asset").size());
        assertEquals("DISABLE_USER", json.getJsonArray("rpt_action").getJsonObject(0).getString("action_type"));

        // a change not yet delivered: the purge deletes it first, so it never arrives afterwards
        world.asExpert(() -> world.incidents.take(gone.id(), incident.getId()));
        assertEquals(1, StoreRows.pending(gone.id()));
        try (AutoCloseable down = StoreRows.takeDown(Region.EU)) {
            assertThrows(StoreDown.class, () -> stores.purgeTenant(gone.id()), "a store that is down makes the purge retry later");
        }
        assertEquals(1, StoreRows.pending(gone.id()), "the refused purge deleted nothing");
        Map<String, Long> deleted = stores.purgeTenant(gone.id());
        assertEquals(Map.of(ReportingStores.PENDING, 1L, "reporting.incidents", 2L, "reporting.incident_assets", 4L, "reporting.actions", 1L),
                deleted);
        world.deliver();
        assertEquals(Map.of("reporting.incidents", 0L, "reporting.incident_assets", 0L, "reporting.actions", 0L), stores.countTenant(gone.id()));
        assertEquals(Map.of(ReportingStores.PENDING, 0L, "reporting.incidents", 0L, "reporting.incident_assets", 0L, "reporting.actions", 0L),
                stores.purgeTenant(gone.id()), "a second purge finds nothing");
        assertEquals(neighbourBefore, stores.countTenant(neighbour.id()), "the neighbour is untouched");
    }

    /**
     * Three incidents of the tenant (a Reader grant, so actions are cards); the experts take and classify the first, their card
     * is skipped, and they resolve it: eight changes or more.
     */
    private List<Incident> threeIncidentsTheFirstResolvedWithACard(Tenant eu) throws Exception {
        List<Incident> incidents = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            incidents.add(world.report(eu, Severity.MEDIUM));
        }
        Incident first = incidents.get(0);
        world.asExpert(() -> world.incidents.take(eu.id(), first.getId()));
        world.asExpert(() -> world.incidents.classify(eu.id(), first.getId(), Classification.TRUE_POSITIVE, "Lateral movement"));
        ResponseAction card = world.asExpert(() -> world.actions.act(eu.id(), first.getId(), ActionType.DISABLE_USER, U_FREE, null, "Stops the spread"));
        world.asAdmin(eu, () -> world.actions.answer(eu.id(), first.getId(), card.getId(), false));
        world.asExpert(() -> world.incidents.resolve(eu.id(), first.getId()));
        return incidents;
    }

    private static String staleSnapshot(String tenantId, Incident incident) {
        return Json.createObjectBuilder().add("incidentId", incident.getId()).add("tenantId", tenantId).add("externalId", incident.getExternalId())
                .add("title", incident.getTitle()).add("severity", "MEDIUM").add("category", "Malware").add("tactic", "Execution")
                .add("status", "NEW").addNull("classification").add("createdAt", incident.getCreatedAt().toString()).addNull("takenAt")
                .addNull("classifiedAt").addNull("resolvedAt").addNull("awaitingCustomerSince").add("customerMs", 0)
                .add("assets", Json.createArrayBuilder()).add("actions", Json.createArrayBuilder()).build().toString();
    }
}
