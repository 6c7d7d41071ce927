package org.mxdr.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.audit.control.AuditTrail;
import org.mxdr.onboarding.entity.Region;
import org.mxdr.reports.control.ReportingStores;
import org.mxdr.retention.RetentionWorld.Seeded;
import org.mxdr.retention.control.TenantCounts;
import org.mxdr.retention.control.RetentionPurge;
import org.mxdr.retention.entity.DeletionCertificate;
import org.mxdr.testing.As;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;
import org.mxdr.testing.TestClock;

/**
 * The purge through the EJB layer, on the test clock: nothing before the grace period is over,
 * everything of the tenant after it (both stores, users who can no longer sign in), a neighbour
 * untouched table by table, exactly once under concurrent runs and after a run stopped midway,
 * a legal hold and a new subscription that stop it, and a certificate counting what was there.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionPurgeIT {
    private static final String ACTOR = "retention-test";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(RetentionPurgeIT.class, RetentionWorld.class, TenantCatalog.class);
    }

    @Inject
    RetentionWorld world;

    @Inject
    RetentionPurge purge;

    @Inject
    TenantCounts counts;

    @Inject
    AuditTrail audit;

    @Inject
    ReportingStores reporting;

    @Resource(lookup = "java:jboss/datasources/MxdrDS")
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    private static void clockAfter(Duration d) {
        TestClock.fixAt(Instant.now().plus(d));
    }

    @Test
    void withinTheNinetyDaysNothingOfTheTenantIsPurgedAndPastThemItIs() throws Exception {
        Seeded leaving = world.seeded("within", Region.EU);
        world.terminate(leaving);
        clockAfter(Duration.ofDays(89));
        assertFalse(purge.run(ACTOR).contains(leaving.tenantId()), "within the 90 days nothing is purged");
        assertTrue(world.certificate(leaving.tenantId()).isEmpty());

        // purged past them, so no terminated tenant is left for another test's run to meet
        clockAfter(Duration.ofDays(90).plusMinutes(5));
        assertTrue(purge.run(ACTOR).contains(leaving.tenantId()), "past the 90 days it is");
    }

    @Test
    void pastTheGracePeriodTheCertificateCountsWhatWasThereAndTheAuditChainsHead() throws Exception {
        Purged p = purgedPastTheGracePeriod(world.seeded("certified", Region.EU));
        Map<String, Long> before = p.before();
        DeletionCertificate certificate = world.certificate(p.leaving().tenantId()).orElseThrow();
        assertTrue(certificate.isComplete());
        assertEquals(p.leaving().name(), certificate.getTenantName());
        assertEquals(before, certificate.getCounts(), "the certificate counts what was there");
        assertEquals(3L, before.get("incidents"));
        assertEquals(2L, before.get("chat"));
        assertEquals(1L, before.get("notes"));
        assertEquals(1L, before.get("tickets"));
        assertEquals(2L, before.get("questions"));
        assertEquals(2L, before.get("users"));
        assertTrue(before.get("reporting") >= 3, before.toString());
        assertTrue(before.get("audit") >= 5, before.toString());
        assertEquals(p.chainHead(), certificate.getAuditChainHash());
        assertEquals(1, world.providerAudit("tenant.purged", p.leaving().tenantId()), "the purge is in the provider-wide audit");
    }

    @Test
    void pastTheGracePeriodNothingOfTheTenantIsLeftItsUsersCannotSignInAndASecondRunFindsNothing() throws Exception {
        Seeded leaving = purgedPastTheGracePeriod(world.seeded("leaving", Region.EU)).leaving();
        Map<String, Long> left = world.rows(leaving.tenantId());
        left.remove("deletion_certificate");
        assertTrue(left.values().stream().allMatch(n -> n == 0), "nothing of the tenant is left: " + left);
        assertThrows(Exception.class, () -> As.user(leaving.admin(), Fixtures.PASSWORD, () -> null), "its users can no longer sign in");
        assertThrows(Exception.class, () -> As.user(leaving.reader(), Fixtures.PASSWORD, () -> null));
        assertFalse(purge.run(ACTOR).contains(leaving.tenantId()), "a second run finds nothing of it");
    }

    @Test
    void theNeighbourOfAPurgedTenantKeepsEveryRowAndItsReportingStoreRows() throws Exception {
        Seeded leaving = world.seeded("leaving", Region.EU);
        Seeded neighbour = world.seeded("neighbour", Region.EU);
        Map<String, Long> neighbourRows = world.rows(neighbour.tenantId());
        Map<String, Long> neighbourReporting = reporting.countTenant(neighbour.tenantId());
        assertTrue(neighbourReporting.values().stream().mapToLong(Long::longValue).sum() > 0, "the neighbour has reporting rows: " + neighbourReporting);

        assertFalse(purgedPastTheGracePeriod(leaving).purged().contains(neighbour.tenantId()));
        assertEquals(neighbourRows, world.rows(neighbour.tenantId()), "the neighbour keeps every row");
        assertEquals(neighbourReporting, reporting.countTenant(neighbour.tenantId()), "and its reporting store rows");
    }

    @Test
    void aLegalHoldStopsThePurgeUntilLifted() throws Exception {
        Seeded held = world.seeded("held", Region.US);
        world.terminate(held);
        As.run(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD, () -> world.holds.place(held.tenantId(), "Litigation hold, matter 2026-17"));
        clockAfter(Duration.ofDays(120));
        assertFalse(purge.run(ACTOR).contains(held.tenantId()));
        assertTrue(world.certificate(held.tenantId()).isEmpty());
        assertEquals(1L, world.rows(held.tenantId()).get("tenant"));

        As.run(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD, () -> world.holds.lift(held.tenantId()));
        assertTrue(purge.run(ACTOR).contains(held.tenantId()), "lifted, the tenant is purged");
    }

    @Test
    void aNewSubscriptionInTheGracePeriodCancelsThePurge() throws Exception {
        Seeded back = world.seeded("back", Region.US);
        world.terminate(back);
        world.subscribeAgain(back);
        clockAfter(Duration.ofDays(91));
        assertFalse(purge.run(ACTOR).contains(back.tenantId()));
        assertEquals(1L, world.rows(back.tenantId()).get("tenant"));
    }

    @Test
    void twoConcurrentRunsPurgeTheTenantOnce() throws Exception {
        Seeded leaving = world.seeded("concurrent", Region.EU);
        world.terminate(leaving);
        Map<String, Long> before = counts.of(leaving.tenantId());
        clockAfter(Duration.ofDays(91));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<String>>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(executor.submit(() -> {
                start.await();
                return purge.run(ACTOR, 2, done -> true);
            }));
        }
        start.countDown();
        List<String> purged = new ArrayList<>();
        for (Future<List<String>> run : runs) {
            purged.addAll(run.get());
        }
        assertEquals(1, Collections.frequency(purged, leaving.tenantId()), "purged by exactly one run: " + purged);
        assertEquals(before, world.certificate(leaving.tenantId()).orElseThrow().getCounts());
        assertEquals(1, world.providerAudit("tenant.purged", leaving.tenantId()));
    }

    @Test
    void aRunStoppedMidwayIsResumedByTheNextOnceItsLeaseRanOut() throws Exception {
        Seeded leaving = world.seeded("interrupted", Region.EU);
        world.terminate(leaving);
        Map<String, Long> before = counts.of(leaving.tenantId());
        Instant at = Instant.now().plus(Duration.ofDays(91));
        TestClock.fixAt(at);
        // one row per batch, the run dies after its fourth batch
        assertFalse(purge.run(ACTOR, 1, done -> done < 4).contains(leaving.tenantId()));
        DeletionCertificate begun = world.certificate(leaving.tenantId()).orElseThrow();
        assertFalse(begun.isComplete());
        assertEquals(1L, world.rows(leaving.tenantId()).get("tenant"), "half done: the tenant is still there");
        assertThrows(Exception.class, () -> As.user(leaving.admin(), Fixtures.PASSWORD, () -> null), "no sign-in once the purge began");

        assertThrows(org.mxdr.platform.Conflict.class, () -> world.subscribeAgain(leaving), "once begun, a purge is not cancelled");
        assertFalse(purge.run(ACTOR).contains(leaving.tenantId()), "the dead run's lease still holds");
        TestClock.fixAt(at.plus(Duration.ofMinutes(16)));
        assertTrue(purge.run(ACTOR).contains(leaving.tenantId()), "the next run resumes it");
        DeletionCertificate done = world.certificate(leaving.tenantId()).orElseThrow();
        assertTrue(done.isComplete());
        assertEquals(begun.getId(), done.getId(), "one certificate");
        assertEquals(before, done.getCounts(), "counting what was there before the first run");
        Map<String, Long> left = world.rows(leaving.tenantId());
        left.remove("deletion_certificate");
        assertTrue(left.values().stream().allMatch(n -> n == 0), left.toString());
        assertEquals(1, world.providerAudit("tenant.purged", leaving.tenantId()));
    }

    @Test
    void everyTableWithTenantRowsIsPurgedByTheRetention() throws Exception {
        try (var c = dataSource.getConnection()) {
            List<String> known = new ArrayList<>(org.mxdr.retention.control.TenantTables.PURGE_ORDER.stream()
                    .map(org.mxdr.retention.control.TenantTable::table).toList());
            // purged by the audit trail (its chain), the reporting stores (their outbox), or kept on purpose (the certificate)
            known.addAll(List.of("audit_record", "reporting_event", "deletion_certificate"));
            List<String> missing = new ArrayList<>(TenantCatalog.tenantTables(c));
            missing.removeAll(known);
            assertTrue(missing.isEmpty(), "tables with a tenant_id the purge does not know: " + missing);
        }
    }

    /** A tenant purged past its grace period: its counts and audit chain's head taken before, what the run purged. */
    private record Purged(Seeded leaving, Map<String, Long> before, String chainHead, List<String> purged) {
    }

    /** Terminates the tenant, then runs the purge 90 days and 5 minutes later, which purges it. */
    private Purged purgedPastTheGracePeriod(Seeded leaving) throws Exception {
        world.terminate(leaving);
        Map<String, Long> before = counts.of(leaving.tenantId());
        String chainHead = audit.chainHead(leaving.tenantId()).orElseThrow();
        As.user(leaving.admin(), Fixtures.PASSWORD, () -> null); // its users sign in until the purge
        clockAfter(Duration.ofDays(90).plusMinutes(5));
        List<String> purged = purge.run(ACTOR);
        assertTrue(purged.contains(leaving.tenantId()), purged.toString());
        return new Purged(leaving, before, chainHead, purged);
    }
}
