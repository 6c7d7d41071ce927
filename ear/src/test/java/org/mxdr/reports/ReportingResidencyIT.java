package org.mxdr.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mxdr.testing.GrantedTenants.D_FREE;
import static org.mxdr.testing.GrantedTenants.U_FREE;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.onboarding.entity.Region;
import org.mxdr.reports.boundary.ReportingService;
import org.mxdr.reports.control.ReportingStores;
import org.mxdr.response.entity.ActionType;
import org.mxdr.response.entity.Classification;
import org.mxdr.response.entity.Incident;
import org.mxdr.response.entity.ResponseAction;
import org.mxdr.response.entity.Severity;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.GrantedTenants.Tenant;
import org.mxdr.testing.TestClock;

/**
 * Reporting data lives in the store of the tenant's region only, and
 * holds the facts the reports need: an EU and a US tenant, each store read directly.
 */
@ExtendWith(ArquillianExtension.class)
class ReportingResidencyIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(ReportingResidencyIT.class, ReportingWorld.class, StoreRows.class);
    }

    @Inject
    ReportingWorld world;

    @Inject
    ReportingStores stores;

    @Inject
    ReportingService reporting;

    @BeforeEach
    void users() throws Exception {
        world.users();
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void eachTenantsRowsLiveOnlyInItsOwnRegionsStore() throws Exception {
        Tenant eu = world.tenant("Residency EU", Region.EU, true);
        Tenant us = world.tenant("Residency US", Region.US, true);
        Incident euIncident = world.report(eu, Severity.HIGH);
        world.report(eu, Severity.LOW);
        Incident usIncident = world.report(us, Severity.MEDIUM);
        world.asExpert(() -> world.incidents.classify(us.id(), usIncident.getId(), Classification.TRUE_POSITIVE, "Phishing"));
        world.asExpert(() -> world.actions.act(us.id(), usIncident.getId(), ActionType.ISOLATE_DEVICE, D_FREE, null, "Stops the spread"));
        world.asExpert(() -> world.incidents.take(eu.id(), euIncident.getId()));
        world.deliver();

        assertEquals(2, StoreRows.count(Region.EU, "rpt_incident", eu.id()));
        assertEquals(1, StoreRows.count(Region.US, "rpt_incident", us.id()));
        assertEquals(1, StoreRows.count(Region.US, "rpt_action", us.id()));
        assertEquals(4, StoreRows.count(Region.EU, "rpt_incident_asset", eu.id()), "a device and a user per incident");
        for (Region other : Region.values()) {
            assertTrue(stores.available(other), other + " answers (and has its schema)");
            for (String table : List.of("rpt_incident", "rpt_incident_asset", "rpt_action")) {
                if (other != Region.EU) {
                    assertEquals(0, StoreRows.count(other, table, eu.id()), "EU tenant's " + table + " in " + other);
                }
                if (other != Region.US) {
                    assertEquals(0, StoreRows.count(other, table, us.id()), "US tenant's " + table + " in " + other);
                }
            }
        }
        assertEquals(Map.of("reporting.incidents", 2L, "reporting.incident_assets", 4L, "reporting.actions", 0L), stores.countTenant(eu.id()));
        assertEquals(Map.of("reporting.incidents", 1L, "reporting.incident_assets", 2L, "reporting.actions", 1L), stores.countTenant(us.id()));
        assertEquals("Reporting store EU (European Union)", stores.storeName(Region.EU));
        assertTrue(stores.available(Region.EU));
    }

    @Test
    void anIncidentAwaitingTheCustomerIsStoredWithItsCardOpenSinceTheCardCame() throws Exception {
        Carded c = awaitingTheCustomer();
        Map<String, Object> waiting = world.incidentRow(Region.EU, c.incident().getId());
        assertEquals("AWAITING_CUSTOMER", waiting.get("status"));
        assertEquals(c.t0().plusSeconds(1200), waiting.get("awaiting_customer_since"));
        assertEquals(1, ((Number) waiting.get("cards_open")).intValue());
    }

    @Test
    void aResolvedIncidentIsStoredWithTheFactsAndTimesTheReportsCountWith() throws Exception {
        Carded c = awaitingTheCustomer();
        answeredAndResolved(c);
        Instant t0 = c.t0();
        Map<String, Object> row = world.incidentRow(Region.EU, c.incident().getId());
        assertEquals("HIGH", row.get("severity"));
        assertEquals("Malware", row.get("category"));
        assertEquals("Execution", row.get("tactic"));
        assertEquals("RESOLVED", row.get("status"));
        assertEquals("TRUE_POSITIVE", row.get("classification"));
        assertEquals("WITH_CUSTOMER", row.get("resolution"));
        assertEquals(t0, row.get("created_at"));
        assertEquals(t0.plusSeconds(600), row.get("taken_at"));
        assertEquals(t0.plusSeconds(1200), row.get("classified_at"));
        assertEquals(t0.plusSeconds(6000), row.get("resolved_at"));
        assertNull(row.get("awaiting_customer_since"));
        assertEquals(3_600_000L, ((Number) row.get("customer_ms")).longValue(), "awaiting the customer from the card to its answer");
        assertEquals(6_000_000L, ((Number) row.get("resolve_ms")).longValue());
        assertEquals(2_400_000L, ((Number) row.get("expert_ms")).longValue());
        assertEquals(0, ((Number) row.get("cards_open")).intValue());
    }

    @Test
    void theStoreHoldsAnIncidentsAnsweredCardAndItsAssets() throws Exception {
        Carded c = awaitingTheCustomer();
        answeredAndResolved(c);
        String incident = c.incident().getId();
        List<Map<String, Object>> actions = StoreRows.rows(StoreRows.store(Region.EU), "SELECT * FROM rpt_action WHERE incident_id = ?", incident);
        assertEquals(1, actions.size());
        assertEquals("DISABLE_USER", actions.get(0).get("action_type"));
        assertEquals(U_FREE, actions.get(0).get("target"));
        assertEquals("CUSTOMER_COMPLETED", actions.get(0).get("state"));
        assertEquals(Boolean.TRUE, actions.get(0).get("recommended"));
        assertEquals(3_600_000L, ((Number) actions.get(0).get("answer_ms")).longValue());
        List<Map<String, Object>> assets = StoreRows.rows(StoreRows.store(Region.EU),
                "SELECT kind, external_id, name FROM rpt_incident_asset WHERE incident_id = ? ORDER BY kind", incident);
        assertEquals(List.of(Map.of("kind", "DEVICE", "external_id", D_FREE, "name", "FREE-1"),
                Map.of("kind", "USER", "external_id", U_FREE, "name", "Plain User")), assets);
    }

    @Test
    void onlyTheProviderAdminRunsTheRelayAndSeesTheStores() throws Exception {
        Tenant t = world.tenant("Residency roles", Region.EU, true);
        List<ReportingService.StoreState> states = world.asProviderAdmin(() -> reporting.stores());
        assertEquals(List.of(Region.values()), states.stream().map(ReportingService.StoreState::region).toList());
        assertEquals("Reporting store JP (Japan)", states.get(Region.JP.ordinal()).name());
        assertTrue(states.stream().allMatch(ReportingService.StoreState::available));
        assertThrows(EJBAccessException.class, () -> world.asAdmin(t, () -> reporting.deliver()));
        assertThrows(EJBAccessException.class, () -> world.asAdmin(t, () -> reporting.stores()));
        assertThrows(EJBAccessException.class, () -> world.asExpert(() -> reporting.backfill()));
    }

    @Test
    void aFalsePositiveIsResolvedByTheExpertsDirectly() throws Exception {
        Tenant t = world.tenant("Residency direct", Region.EU, true);
        Incident incident = world.report(t, Severity.LOW);
        world.asExpert(() -> world.incidents.classify(t.id(), incident.getId(), Classification.FALSE_POSITIVE, "Admin script"));
        world.deliver();
        Map<String, Object> row = world.incidentRow(Region.EU, incident.getId());
        assertEquals("EXPERTS", row.get("resolution"));
        assertEquals(0L, ((Number) row.get("customer_ms")).longValue());
        assertFalse(row.get("taken_at") == null, "classifying takes it");
    }

    /** An incident of an EU tenant with a Reader grant, reported at t0, taken 10 and classified 20 minutes later with a card for the customer; delivered. */
    private record Carded(Tenant tenant, Instant t0, Incident incident, ResponseAction card) {
    }

    private Carded awaitingTheCustomer() throws Exception {
        Tenant guided = world.tenant("Residency guided", Region.EU, false);
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(3));
        TestClock.fixAt(t0);
        Incident incident = world.report(guided, Severity.HIGH);
        TestClock.fixAt(t0.plusSeconds(600));
        world.asExpert(() -> world.incidents.take(guided.id(), incident.getId()));
        TestClock.fixAt(t0.plusSeconds(1200));
        world.asExpert(() -> world.incidents.classify(guided.id(), incident.getId(), Classification.TRUE_POSITIVE, "Credential theft"));
        ResponseAction card = world.asExpert(() -> world.actions.act(guided.id(), incident.getId(), ActionType.DISABLE_USER, U_FREE, null, "Stops the spread"));
        world.deliver();
        return new Carded(guided, t0, incident, card);
    }

    /** The tenant's admin completes the card an hour after it came; the experts resolve 20 minutes later; delivered. */
    private void answeredAndResolved(Carded c) throws Exception {
        String tenant = c.tenant().id();
        TestClock.fixAt(c.t0().plusSeconds(4800));
        world.asAdmin(c.tenant(), () -> world.actions.answer(tenant, c.incident().getId(), c.card().getId(), true));
        TestClock.fixAt(c.t0().plusSeconds(6000));
        world.asExpert(() -> world.incidents.resolve(tenant, c.incident().getId()));
        world.deliver();
    }
}
