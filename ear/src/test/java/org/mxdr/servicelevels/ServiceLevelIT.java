package org.mxdr.servicelevels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mxdr.testing.GrantedTenants.D_FREE;
import static org.mxdr.testing.GrantedTenants.D_HR;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.platform.AccessDenied;
import org.mxdr.platform.Role;
import org.mxdr.response.boundary.IncidentService;
import org.mxdr.response.boundary.ResponseActionService;
import org.mxdr.response.boundary.PlatformService;
import org.mxdr.response.entity.ActionType;
import org.mxdr.response.entity.Classification;
import org.mxdr.response.entity.Incident;
import org.mxdr.response.entity.ResponseAction;
import org.mxdr.response.entity.Severity;
import org.mxdr.servicelevels.boundary.BreachCheckService;
import org.mxdr.servicelevels.boundary.ExpertQueueFilter;
import org.mxdr.platform.CursorPage;
import org.mxdr.servicelevels.boundary.ExpertQueueService;
import org.mxdr.servicelevels.boundary.QueueItem;
import org.mxdr.servicelevels.boundary.ServiceLevelService;
import org.mxdr.servicelevels.entity.SlaState;
import org.mxdr.servicelevels.entity.Targets;
import org.mxdr.testing.As;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;
import org.mxdr.testing.GrantedTenants;
import org.mxdr.testing.GrantedTenants.Tenant;
import org.mxdr.testing.Prometheus;
import org.mxdr.testing.TestClock;

/**
 * Service levels in the container: breaches found by the scheduled check and told once, the
 * resolve clock paused while the customer's card waits, the experts' queue across tenants with
 * each tenant's grant applied, and a subscription's own targets held by its incidents.
 */
@ExtendWith(ArquillianExtension.class)
class ServiceLevelIT {
    private static final String PW = Fixtures.PASSWORD;
    private static final Duration MIN = Duration.ofMinutes(1);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(ServiceLevelIT.class);
    }

    @Inject
    GrantedTenants grants;

    @Inject
    PlatformService platform;

    @Inject
    IncidentService incidents;

    @Inject
    ResponseActionService actions;

    @Inject
    ExpertQueueService queue;

    @Inject
    BreachCheckService check;

    @Inject
    ServiceLevelService serviceLevels;

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void aBreachIsFoundByTheScheduledCheckAndToldOnceAcrossTwoRuns() throws Exception {
        String u = Fixtures.unique();
        Tenant t = grants.granted("Breach " + u, false, true, true);
        String platformUser = grants.newUser("sl-platform-" + u, Role.PLATFORM, null);
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        TestClock.fixAt(t0);
        Incident incident = As.user(platformUser, PW, () -> report(t, "Breach " + u, Severity.HIGH, D_FREE));
        assertEquals(t0.plus(MIN.multipliedBy(15)), incident.getSlaDueAt(), "high: acknowledged within 15 minutes");

        TestClock.fixAt(t0.plus(MIN.multipliedBy(15)));
        GrantedTenants.asAdmin(() -> check.run());
        assertEquals(0, told(t, incident), "exactly at the target nothing is breached");

        TestClock.fixAt(t0.plus(MIN.multipliedBy(16)));
        double countedBefore = breachesCounted();
        int toldNow = GrantedTenants.asAdmin(() -> check.run());
        assertTrue(toldNow >= 1, "the first run tells the breach");
        assertTrue(breachesCounted() - countedBefore >= toldNow, "each breach told is counted on the Prometheus endpoint");
        assertEquals(0, GrantedTenants.asAdmin(() -> check.run()), "the second run at the same time finds nothing new");
        assertEquals(1, told(t, incident), "one mail to the on-call address, one sla.breached event, one audit record");

        TestClock.fixAt(t0.plus(MIN.multipliedBy(61)));
        GrantedTenants.asAdmin(() -> check.run());
        GrantedTenants.asAdmin(() -> check.run());
        assertEquals(2, told(t, incident), "the classify target breached next, told once too");
    }

    @Test
    void theResolveClockPausesWhileTheCardAwaitsTheCustomerAndResumesWhenAnswered() throws Exception {
        String u = Fixtures.unique();
        Tenant t = grants.granted("Pause " + u, false, true, true);
        String platformUser = grants.newUser("sl-platform-" + u, Role.PLATFORM, null);
        String expert = grants.newUser("sl-expert-" + u, Role.EXPERT, null);
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        TestClock.fixAt(t0);
        String id = As.user(platformUser, PW, () -> report(t, "Pause " + u, Severity.HIGH, D_FREE)).getId();
        TestClock.fixAt(t0.plus(MIN.multipliedBy(5)));
        As.user(expert, PW, () -> incidents.take(t.id(), id));
        TestClock.fixAt(t0.plus(MIN.multipliedBy(10)));
        Incident classified = As.user(expert, PW, () -> incidents.classify(t.id(), id, Classification.TRUE_POSITIVE, "Ransomware staging"));
        assertEquals(t0.plus(Duration.ofHours(24)), classified.getSlaDueAt(), "taken and classified: the resolve target is due next");

        TestClock.fixAt(t0.plus(MIN.multipliedBy(20)));
        // the grant is Reader level: the isolation becomes a card for the customer
        ResponseAction card = As.user(expert, PW, () -> actions.act(t.id(), id, ActionType.ISOLATE_DEVICE, D_FREE, null, "Stops the spread"));
        assertTrue(card.isRecommended());
        TestClock.fixAt(t0.plus(Duration.ofHours(30)));
        Incident waiting = As.user(expert, PW, () -> incidents.get(t.id(), id).incident());
        assertEquals(SlaState.PAUSED, waiting.serviceLevel().state(t0.plus(Duration.ofHours(30))), "past the 24 hours, but paused");
        assertNull(waiting.getSlaDueAt(), "nothing falls due while paused");
        assertEquals(SlaState.PAUSED, item(expert, t, id).state(), "the queue shows it paused");

        TestClock.fixAt(t0.plus(MIN.multipliedBy(20)).plus(Duration.ofHours(10)));
        GrantedTenants.asAdminOf(t, () -> actions.answer(t.id(), id, card.getId(), true));
        Incident resumed = As.user(expert, PW, () -> incidents.get(t.id(), id).incident());
        assertEquals(t0.plus(Duration.ofHours(34)), resumed.getSlaDueAt(), "the ten hours waited move the target");
        QueueItem shown = item(expert, t, id);
        assertEquals(SlaState.ON_TRACK, shown.state());
        assertEquals(Duration.ofHours(24).minus(MIN.multipliedBy(20)), shown.left(), "20 minutes counted: before the card went out");
    }

    @Test
    void theQueueHoldsExactlyWhatEachGrantAllowsNearestDueFirstAndARevokedTenantLeavesIt() throws Exception {
        Queued q = aQueueAcrossThreeTenants();
        List<String> before = walk(q.expert(), q.mine(), ExpertQueueFilter.NONE, 50);
        assertTrue(before.contains(q.revokedIncident()), "while granted, the tenant's incidents are in the queue");

        grants.revoke(q.revoked());
        assertEquals(q.expected(), walk(q.expert(), q.mine(), ExpertQueueFilter.NONE, 50), "exactly the allowed incidents, nearest due first");
        assertThrows(AccessDenied.class, () -> As.user(q.expert(), PW,
                () -> queue.queue(new ExpertQueueFilter(q.revoked().id(), null, null, null, null), null, 10)), "a revoked tenant by id: 403");
    }

    @Test
    void theQueuesFiltersByTenantSeverityAndBreachKeepToWhatTheGrantsAllow() throws Exception {
        Queued q = aQueueAcrossThreeTenants();
        grants.revoke(q.revoked());
        List<String> expected = q.expected();
        assertEquals(expected.subList(1, 2), walk(q.expert(), q.mine(), new ExpertQueueFilter(q.grouped().id(), null, null, null, null), 1),
                "one tenant, page by page");
        assertEquals(List.of(expected.get(3)), walk(q.expert(), q.mine(), new ExpertQueueFilter(null, Severity.LOW, null, null, null), 2));
        assertEquals(expected.subList(0, 2), walk(q.expert(), q.mine(), new ExpertQueueFilter(null, null, null, null, true), 50),
                "the high ones are past their 15 minutes");
        assertEquals(expected.subList(2, 4), walk(q.expert(), q.mine(), new ExpertQueueFilter(null, null, null, null, false), 50));
    }

    @Test
    void theQueuesNearestDueItemIsBreachedAndNamesItsTenant() throws Exception {
        Queued q = aQueueAcrossThreeTenants();
        QueueItem first = item(q.expert(), q.live(), q.expected().get(0));
        assertEquals(SlaState.BREACHED, first.state());
        assertEquals(q.live().id(), first.incident().getTenantId());
        assertEquals("Queue live " + q.u(), first.tenantName());
    }

    @Test
    void aSubscriptionsOwnTargetsAreHeldByItsIncidentsAndARaisedSeverityCountsFromIntake() throws Exception {
        String u = Fixtures.unique();
        Tenant t = grants.granted("Targets " + u, false, true, true);
        String platformUser = grants.newUser("sl-platform-" + u, Role.PLATFORM, null);
        Targets strict = new Targets(Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(8));
        GrantedTenants.asAdmin(() -> serviceLevels.replace(t.id(), Map.of(Severity.HIGH, strict)));
        var shown = GrantedTenants.asAdminOf(t, () -> serviceLevels.of(t.id()));
        assertEquals(strict, shown.targets().get(Severity.HIGH), "the tenant sees its own targets");
        assertEquals(Set.of(Severity.HIGH), shown.ownTargets());
        assertEquals(Duration.ofHours(1), shown.targets().get(Severity.MEDIUM).acknowledge(), "the others follow the default");

        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        TestClock.fixAt(t0);
        String externalId = "ext-" + Fixtures.unique();
        Incident low = As.user(platformUser, PW, () -> platform.report(t.id(), report(externalId, Severity.LOW, D_FREE)).incident());
        assertEquals(t0.plus(Duration.ofHours(4)), low.getSlaDueAt());
        TestClock.fixAt(t0.plus(MIN.multipliedBy(3)));
        Incident raised = As.user(platformUser, PW, () -> platform.report(t.id(), report(externalId, Severity.HIGH, D_FREE)).incident());
        assertEquals(t0.plus(MIN.multipliedBy(5)), raised.getSlaDueAt(), "raised to high: its 5 minutes count from intake");
    }

    // ---------------------------------------------------------------- helpers

    /**
     * The queue of a test's own expert over three granted tenants of its own: {@code expected} the incidents the grants allow,
     * nearest due first (the grouped tenant's incident on a device in a device group withheld); {@code revoked} still granted.
     */
    private record Queued(String u, String expert, Tenant live, Tenant grouped, Tenant revoked, String revokedIncident, List<String> expected) {
        Set<String> mine() {
            return Set.of(live.id(), grouped.id(), revoked.id());
        }
    }

    private Queued aQueueAcrossThreeTenants() throws Exception {
        String u = Fixtures.unique();
        Tenant live = grants.granted("Queue live " + u, false, true, true);
        Tenant grouped = grants.granted("Queue grouped " + u, false, true, false);
        Tenant revoked = grants.granted("Queue revoked " + u, false, true, true);
        String platformUser = grants.newUser("sl-platform-" + u, Role.PLATFORM, null);
        String expert = grants.newUser("sl-expert-" + u, Role.EXPERT, null);
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(MIN.multipliedBy(30));
        List<String> expected = new ArrayList<>();
        String revokedIncident = As.user(platformUser, PW, () -> {
            // due order: a low one reported first falls due last (4 hours to acknowledge)
            TestClock.fixAt(t0);
            String low = report(live, "Low " + u, Severity.LOW, D_FREE).getId();
            expected.add(report(live, "High 1 " + u, Severity.HIGH, D_FREE).getId());
            TestClock.fixAt(t0.plus(MIN));
            expected.add(report(grouped, "High 2 " + u, Severity.HIGH, D_FREE).getId());
            TestClock.fixAt(t0.plus(MIN.multipliedBy(2)));
            String other = report(revoked, "High 3 " + u, Severity.HIGH, D_FREE).getId();
            TestClock.fixAt(t0.plus(MIN.multipliedBy(3)));
            report(grouped, "Grouped " + u, Severity.HIGH, D_HR); // a device in a device group: withheld
            expected.add(report(live, "Medium " + u, Severity.MEDIUM, D_FREE).getId());
            expected.add(low);
            return other;
        });
        TestClock.reset();
        return new Queued(u, expert, live, grouped, revoked, revokedIncident, List.copyOf(expected));
    }

    private Incident report(Tenant t, String title, Severity severity, String device) {
        return platform.report(t.id(), new Incident.Report("ext-" + Fixtures.unique(), title, severity, "Malware", "Execution", null,
                List.of(device), List.of())).incident();
    }

    private static Incident.Report report(String externalId, Severity severity, String device) {
        return new Incident.Report(externalId, "Raised " + externalId, severity, "Malware", "Execution", null, List.of(device), List.of());
    }

    /** The expert's queue walked page by page, keeping the incidents of these tenants only (the suite shares one server). */
    private List<String> walk(String expert, Set<String> tenants, ExpertQueueFilter filter, int size) throws Exception {
        return As.user(expert, PW, () -> {
            List<String> seen = new ArrayList<>();
            String cursor = null;
            do {
                CursorPage<QueueItem> page = queue.queue(filter, cursor, size);
                assertTrue(page.items().size() <= size);
                page.items().stream().filter(i -> tenants.contains(i.incident().getTenantId())).forEach(i -> seen.add(i.incident().getId()));
                cursor = page.nextCursor();
            } while (cursor != null);
            return seen;
        });
    }

    private QueueItem item(String expert, Tenant t, String incidentId) throws Exception {
        return As.user(expert, PW, () -> {
            String cursor = null;
            do {
                CursorPage<QueueItem> page = queue.queue(new ExpertQueueFilter(t.id(), null, null, null, null), cursor, 50);
                for (QueueItem i : page.items()) {
                    if (i.incident().getId().equals(incidentId)) {
                        return i;
                    }
                }
                cursor = page.nextCursor();
            } while (cursor != null);
            throw new AssertionError("not in the queue: " + incidentId);
        });
    }

    /** How many breaches of the incident were told: mails, events and audit records agree, or the test fails. */
    private long told(Tenant t, Incident incident) {
        long mails = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM outbox_mail WHERE recipient = ?1 AND body LIKE ?2")
                .setParameter(1, "oncall@mxdr.example").setParameter(2, "%" + incident.getExternalId() + "%").getSingleResult()).longValue();
        long events = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM webhook_event WHERE tenant_id = ?1 AND type = 'sla.breached' "
                + "AND data LIKE ?2").setParameter(1, t.id()).setParameter(2, "%" + incident.getId() + "%").getSingleResult()).longValue();
        long audited = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM audit_record WHERE tenant_id = ?1 AND action = 'sla.breached'")
                .setParameter(1, t.id()).getSingleResult()).longValue();
        assertEquals(mails, events, "events");
        assertEquals(mails, audited, "audit records");
        return mails;
    }

    /** The high-severity breaches of the acknowledge target counted so far (mxdr_sla_breaches_total). */
    private static double breachesCounted() {
        return Prometheus.sum(Prometheus.scrape(), "mxdr_sla_breaches_total", List.of("severity=\"HIGH\"", "target=\"acknowledge\""));
    }
}
