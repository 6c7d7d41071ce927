package org.mxdr.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mxdr.testing.GrantedTenants.D_FREE;
import static org.mxdr.testing.GrantedTenants.D_HR;
import static org.mxdr.testing.GrantedTenants.HR;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.platform.AccessDenied;
import org.mxdr.platform.Role;
import org.mxdr.response.boundary.IncidentFilter;
import org.mxdr.response.boundary.IncidentOrder;
import org.mxdr.response.boundary.IncidentQueueService;
import org.mxdr.response.boundary.IncidentService;
import org.mxdr.response.boundary.PlatformService;
import org.mxdr.response.entity.Assignee;
import org.mxdr.response.entity.Incident;
import org.mxdr.response.entity.IncidentStatus;
import org.mxdr.response.entity.IncidentSummary;
import org.mxdr.response.entity.Severity;
import org.mxdr.testing.As;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;
import org.mxdr.testing.GrantedTenants;
import org.mxdr.testing.GrantedTenants.Tenant;
import org.mxdr.testing.TestClock;

/**
 * The queue's first page comes from Hibernate's query cache, and never a stale one: after each kind
 * of change that alters what the page shows (a new incident, an incident taken, a device moved into a
 * device group by an inventory re-import, which renews the incidents with a native statement) the
 * very next read shows it, for the tenant's reader and for the expert whose grant withholds device
 * groups. Before each change the test sees the page answered from the cache, so a cache that missed
 * an invalidation fails here rather than passing on a fresh query.
 */
@ExtendWith(ArquillianExtension.class)
class IncidentQueueCacheIT {
    private static final String PW = Fixtures.PASSWORD;
    /** Incidents are reported a second apart from here (the real clock otherwise) */
    private static final Instant START = Instant.now().minusSeconds(3_600);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(IncidentQueueCacheIT.class);
    }

    @Inject
    GrantedTenants grants;

    @Inject
    PlatformService platform;

    @Inject
    IncidentQueueService queue;

    @Inject
    IncidentService incidents;

    @PersistenceUnit(unitName = "mxdr")
    EntityManagerFactory emf;

    Statistics statistics;
    boolean statisticsWereOn;
    String expert;
    String platformUser;
    String reader;
    Tenant tenant;
    int reported;

    @BeforeEach
    void tenantWithAGrantWithholdingDeviceGroups() throws Exception {
        statistics = emf.unwrap(SessionFactory.class).getStatistics();
        statisticsWereOn = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        String u = Fixtures.unique();
        expert = grants.newUser("qc-expert-" + u, Role.EXPERT, null);
        platformUser = grants.newUser("qc-platform-" + u, Role.PLATFORM, null);
        tenant = grants.granted("Queue cache " + u, false, true, false);
        reader = grants.newUser("qc-reader-" + u, Role.TENANT_READER, tenant.id());
        report(D_FREE);
        report(D_HR);
    }

    @AfterEach
    void reset() {
        TestClock.reset();
        statistics.setStatisticsEnabled(statisticsWereOn);
    }

    @Test
    void aRepeatedFirstPageComesFromTheCacheAndDeeperPagesAndSearchesDoNot() throws Exception {
        List<IncidentSummary> first = firstPage(reader);
        assertEquals(first, cached(() -> firstPage(reader)), "the same rows, from the cache");
        assertEquals(firstPage(expert), cached(() -> firstPage(expert)), "the expert's page, cached on its own");
        assertEquals(1, firstPage(expert).size(), "the expert's grant withholds the incident on a device group");
        assertEquals(2, first.size());

        String cursor = As.user(reader, PW, () -> queue.summaries(tenant.id(), IncidentFilter.NONE, null, 1)).nextCursor();
        notCached(() -> As.user(reader, PW, () -> queue.summaries(tenant.id(), IncidentFilter.NONE, cursor, 1)));
        IncidentFilter search = new IncidentFilter(null, null, null, "Cache", IncidentOrder.NEWEST);
        notCached(() -> As.user(reader, PW, () -> queue.summaries(tenant.id(), search, null, 20)));
        notCached(() -> As.user(reader, PW, () -> queue.summaries(tenant.id(), IncidentFilter.NONE, null, 51)));
    }

    @Test
    void theNextReadAfterANewIncidentShowsIt() throws Exception {
        primed();
        String id = report(D_FREE);
        assertEquals(id, firstPage(reader).get(0).id(), "the reader's page");
        assertEquals(id, firstPage(expert).get(0).id(), "the expert's page");
        assertEquals(3, firstPage(reader).size());
    }

    @Test
    void theNextReadAfterAnIncidentIsTakenShowsItsNewStatus() throws Exception {
        primed();
        String id = firstPage(expert).get(0).id(); // the incident the grant reaches (the newest is on a device group)
        As.user(expert, PW, () -> incidents.take(tenant.id(), id));
        IncidentSummary seen = firstPage(reader).stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
        assertEquals(IncidentStatus.IN_PROGRESS, seen.status(), "the reader's page");
        assertEquals(Assignee.EXPERTS, seen.assignedTo());
        assertEquals(IncidentStatus.IN_PROGRESS, firstPage(expert).get(0).status(), "the expert's page");
    }

    @Test
    void theNextReadAfterADeviceMovesIntoAGroupWithholdsItsIncidentsFromTheExpert() throws Exception {
        primed();
        assertEquals(1, firstPage(expert).size());
        grants.reimport(tenant.id(), HR); // the ungrouped device moves into HR: the incidents' flags are renewed by one native UPDATE
        assertEquals(List.of(), firstPage(expert), "the expert's very next read withholds both incidents");
        assertEquals(2, firstPage(reader).size(), "the reader still sees every incident");

        cached(() -> firstPage(expert));
        grants.reimport(tenant.id(), null); // and out again
        assertEquals(1, firstPage(expert).size(), "the expert's very next read shows it again");
    }

    @Test
    void aCachedPageIsNoPassForAnotherTenantsReaderAnotherRoleOrAfterARevocation() throws Exception {
        Tenant other = grants.subscribed("Queue cache other " + Fixtures.unique()); // its inventory import stamps the incident table
        String readerOfOther = grants.newUser("qc-other-" + Fixtures.unique(), Role.TENANT_READER, other.id());
        primed();
        assertThrows(AccessDenied.class, () -> firstPage(readerOfOther), "another tenant's reader");
        assertThrows(EJBAccessException.class, () -> firstPage(platformUser), "a role that does not read queues");

        grants.revoke(tenant);
        assertThrows(AccessDenied.class, () -> firstPage(expert), "the expert at the next call after the revocation");
        assertEquals(2, cached(() -> firstPage(reader)).size(), "the tenant's reader still reads it, from the cache");
    }

    @Test
    void aCachedPageIsNoPassForAnExpertWhoseGrantExpired() throws Exception {
        grants.change(tenant, false, false, Instant.now().plus(1, ChronoUnit.HOURS)); // the grant's table, not the incidents'
        primed();
        TestClock.fixAt(Instant.now().plus(2, ChronoUnit.HOURS));
        assertThrows(AccessDenied.class, () -> firstPage(expert), "the expert's next call after the expiry");
        assertEquals(2, cached(() -> firstPage(reader)).size(), "the tenant's reader still reads it, from the cache");
    }

    // ---------------------------------------------------------------- helpers

    private List<IncidentSummary> firstPage(String user) throws Exception {
        return As.user(user, PW, () -> queue.summaries(tenant.id(), IncidentFilter.NONE, null, 20)).items();
    }

    /** Both callers' first pages read, then answered from the cache: what the change must make stale. */
    private void primed() throws Exception {
        firstPage(reader);
        firstPage(expert);
        cached(() -> firstPage(reader));
        cached(() -> firstPage(expert));
    }

    private <T> T cached(Callable<T> read) throws Exception {
        long hits = statistics.getQueryCacheHitCount();
        T answer = read.call();
        assertEquals(hits + 1, statistics.getQueryCacheHitCount(), "answered from the query cache");
        return answer;
    }

    private void notCached(Callable<?> read) throws Exception {
        read.call();
        long hits = statistics.getQueryCacheHitCount();
        long puts = statistics.getQueryCachePutCount();
        read.call();
        assertEquals(hits, statistics.getQueryCacheHitCount(), "not answered from the query cache");
        assertEquals(puts, statistics.getQueryCachePutCount(), "not put in the query cache");
    }

    /** An incident on the device, reported a second after the one before, so it is the newest. */
    private String report(String device) throws Exception {
        TestClock.fixAt(START.plusSeconds(reported++));
        try {
            String externalId = "qc-" + Fixtures.unique();
            return As.user(platformUser, PW, () -> platform.report(tenant.id(), new Incident.Report(externalId, "Cache incident " + externalId,
                    Severity.HIGH, "Malware", "Execution", null, List.of(device), List.of())).incident().getId());
        } finally {
            TestClock.reset();
        }
    }
}
