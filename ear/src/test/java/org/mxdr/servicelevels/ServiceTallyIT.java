package org.mxdr.servicelevels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mxdr.testing.GrantedTenants.D_FREE;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
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
import org.mxdr.servicelevels.boundary.ServiceReviewRow;
import org.mxdr.servicelevels.boundary.ServiceReviewService;
import org.mxdr.servicelevels.entity.ClockKind;
import org.mxdr.servicelevels.entity.IncidentTally;
import org.mxdr.testing.As;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;
import org.mxdr.testing.GrantedTenants;
import org.mxdr.testing.GrantedTenants.Tenant;
import org.mxdr.testing.TestClock;

/**
 * The service tally stays exactly what counting the incidents gives, through every kind of write:
 * intake, a severity raised by the platform, take, classify, a card and its answer, resolve,
 * reopen, and breaches told by the scheduled check; and the review reads it.
 */
@ExtendWith(ArquillianExtension.class)
class ServiceTallyIT {
    private static final String PW = Fixtures.PASSWORD;
    private static final Duration MIN = Duration.ofMinutes(1);
    private static final String MONTH = "CAST(EXTRACT(YEAR FROM created_at AT TIME ZONE 'UTC') * 100 "
            + "+ EXTRACT(MONTH FROM created_at AT TIME ZONE 'UTC') AS INTEGER)";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(ServiceTallyIT.class);
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
    BreachCheckService check;

    @Inject
    ServiceReviewService review;

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void theTallyIsWhatCountingTheIncidentsGivesAfterEveryKindOfWrite() throws Exception {
        String u = Fixtures.unique();
        Tenant t = grants.granted("Tally " + u, false, true, true);
        String platformUser = grants.newUser("ty-platform-" + u, Role.PLATFORM, null);
        String expert = grants.newUser("ty-expert-" + u, Role.EXPERT, null);
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        TestClock.fixAt(t0);
        String high = As.user(platformUser, PW, () -> report(t, "ext-h-" + u, Severity.HIGH)).getId();
        String low = As.user(platformUser, PW, () -> report(t, "ext-l-" + u, Severity.LOW)).getId();
        String medium = As.user(platformUser, PW, () -> report(t, "ext-m-" + u, Severity.MEDIUM)).getId();
        assertExact(t);

        TestClock.fixAt(t0.plus(MIN.multipliedBy(3)));
        As.user(platformUser, PW, () -> report(t, "ext-l-" + u, Severity.HIGH)); // raised: counted under high now
        As.user(expert, PW, () -> incidents.take(t.id(), high));
        assertExact(t);

        TestClock.fixAt(t0.plus(MIN.multipliedBy(20)));
        GrantedTenants.asAdmin(() -> check.run()); // the raised one: its 15 minutes to acknowledge breached, told
        As.user(expert, PW, () -> incidents.classify(t.id(), high, Classification.TRUE_POSITIVE, "Ransomware staging"));
        ResponseAction card = As.user(expert, PW, () -> actions.act(t.id(), high, ActionType.ISOLATE_DEVICE, D_FREE, null, "The ransomware is staging on this host."));
        As.user(expert, PW, () -> incidents.classify(t.id(), medium, Classification.FALSE_POSITIVE, "A test"));
        assertExact(t);

        TestClock.fixAt(t0.plus(MIN.multipliedBy(90)));
        GrantedTenants.asAdminOf(t, () -> actions.answer(t.id(), high, card.getId(), true));
        As.user(expert, PW, () -> incidents.resolve(t.id(), high));
        As.user(expert, PW, () -> incidents.reopen(t.id(), medium, "Not a test"));
        GrantedTenants.asAdmin(() -> check.run());
        assertExact(t);

        ServiceReviewRow row = GrantedTenants.asAdmin(() -> review.month(YearMonth.now(ZoneOffset.UTC), false)).stream()
                .filter(r -> r.tenantId().equals(t.id())).findFirst().orElseThrow();
        assertEquals(2L, row.openBySeverity().get(Severity.HIGH) + row.openBySeverity().getOrDefault(Severity.MEDIUM, 0L),
                "the raised one and the reopened one are open");
        assertEquals(3, row.complianceOf(ClockKind.ACKNOWLEDGE).decided());
        assertEquals(2, row.complianceOf(ClockKind.ACKNOWLEDGE).met(), "taken in time: the high one and the medium one");
    }

    private Incident report(Tenant t, String externalId, Severity severity) {
        return platform.report(t.id(), new Incident.Report(externalId, "Tally " + externalId, severity, "Malware", "Execution", null,
                List.of(D_FREE), List.of())).incident();
    }

    /** The tally rows of the tenant equal the same counts taken from its incidents. */
    private void assertExact(Tenant t) {
        em.clear();
        String columns = String.join(", ", IncidentTally.COLUMNS);
        List<?> kept = em.createNativeQuery("SELECT month_key, " + columns + " FROM service_tally WHERE tenant_id = ?1 ORDER BY month_key")
                .setParameter(1, t.id()).getResultList();
        List<?> counted = em.createNativeQuery("SELECT " + MONTH + ", "
                + "SUM(CASE WHEN status <> 'RESOLVED' AND severity = 'HIGH' THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN status <> 'RESOLVED' AND severity = 'MEDIUM' THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN status <> 'RESOLVED' AND severity = 'LOW' THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN status <> 'RESOLVED' AND severity = 'INFORMATIONAL' THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN acknowledged_in_ms <= sla_acknowledge_ms THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN acknowledged_in_ms IS NOT NULL OR sla_notified LIKE '%ACKNOWLEDGE%' THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN classified_in_ms <= sla_classify_ms THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN classified_in_ms IS NOT NULL OR sla_notified LIKE '%CLASSIFY%' THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN resolved_in_ms <= sla_resolve_ms THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN resolved_in_ms IS NOT NULL OR sla_notified LIKE '%RESOLVE%' THEN 1 ELSE 0 END), "
                + "COALESCE(SUM(acknowledged_in_ms), 0), COUNT(acknowledged_in_ms), COALESCE(SUM(resolved_in_ms), 0), COUNT(resolved_in_ms) "
                + "FROM incident WHERE tenant_id = ?1 GROUP BY " + MONTH + " ORDER BY 1").setParameter(1, t.id()).getResultList();
        assertEquals(numbers(counted), numbers(kept));
    }

    private static List<List<Long>> numbers(List<?> rows) {
        return rows.stream().map(r -> Arrays.stream((Object[]) r).map(v -> ((Number) v).longValue()).toList()).toList();
    }
}
