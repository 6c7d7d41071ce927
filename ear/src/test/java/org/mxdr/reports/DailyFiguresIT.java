package org.mxdr.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mxdr.testing.GrantedTenants.U_FREE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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
import org.mxdr.platform.BadInput;
import org.mxdr.platform.Role;
import org.mxdr.reports.boundary.ReportService;
import org.mxdr.reports.control.ReportFacts;
import org.mxdr.reports.control.ReportingStores;
import org.mxdr.reports.entity.ReportFigures;
import org.mxdr.reports.entity.ReportPeriod;
import org.mxdr.response.entity.ActionType;
import org.mxdr.response.entity.Classification;
import org.mxdr.response.entity.Incident;
import org.mxdr.response.entity.ResponseAction;
import org.mxdr.response.entity.Severity;
import org.mxdr.testing.As;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;
import org.mxdr.testing.GrantedTenants;
import org.mxdr.testing.GrantedTenants.Tenant;
import org.mxdr.testing.TestClock;

/**
 * The report's figures summed from the store's days equal a count from the rows themselves after
 * every kind of change the relay delivers (intake, a re-sent incident, a reclassification, a card
 * completed, a resolution on the next day and month), after a purge, and after the provider
 * admin's recount of rows changed by hand.
 */
@ExtendWith(ArquillianExtension.class)
class DailyFiguresIT {
    /** Two hours before a month's end, so the changes fall on three days and two months. */
    static final Instant EVENING = Instant.parse("2026-12-30T22:00:00Z");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(DailyFiguresIT.class, ReportingWorld.class, StoreRows.class);
    }

    @Inject
    ReportingWorld world;

    @Inject
    ReportFacts facts;

    @Inject
    ReportingStores stores;

    @Inject
    ReportService reports;

    @Inject
    GrantedTenants grants;

    @BeforeEach
    void users() throws Exception {
        world.users();
        world.deliver();
    }

    @AfterEach
    void clock() {
        TestClock.reset();
    }

    @Test
    void theDaysEqualACountFromTheRowsAfterTheEveningsIntake() throws Exception {
        Changed c = reportedInTheEvening("Daily intake");
        everyPeriod(c.t());
        ReportFigures december = same(c.t(), "2026-12-01", "2026-12-31");
        assertEquals(3, december.investigated());
    }

    @Test
    void theDaysEqualACountFromTheRowsAfterTheNextDaysClassificationsACardAndAnIncidentSentAgain() throws Exception {
        Changed c = reportedInTheEvening("Daily next day");
        changedTheNextDay(c);
        everyPeriod(c.t());
        assertEquals(3, same(c.t(), "2026-12-01", "2026-12-31").investigated(), "an incident sent again is not counted twice");
    }

    @Test
    void theDaysEqualACountFromTheRowsAfterACardCompletedAndAResolutionInTheNextMonth() throws Exception {
        Tenant t = resolvedInTheNextMonth("Daily resolved");
        everyPeriod(t);
        assertEquals(1, same(t, "2026-12-01", "2026-12-31").resolved());
        ReportFigures january = same(t, "2027-01-01", "2027-01-31");
        assertEquals(1, january.resolved());
        assertEquals(1, january.resolvedWithCustomer());
        assertEquals(1, january.cardsCompleted());
        assertEquals(3, same(t, "2026-12-01", "2027-01-31").investigated());
    }

    @Test
    void aPurgeTakesTheDaysWithTheRows() throws Exception {
        Tenant t = resolvedInTheNextMonth("Daily purged");
        // a purge (retention) takes the days with the rows
        world.asProviderAdmin(() -> stores.purgeTenant(t.id()));
        for (String table : List.of("rpt_day", "rpt_day_value", "rpt_day_count")) {
            assertEquals(0, StoreRows.count(Region.EU, table, t.id()), table);
        }
        assertEquals(0, same(t, "2026-12-01", "2027-01-31").investigated());
    }

    @Test
    void theProviderAdminsRecountRestoresRowsChangedByHand() throws Exception {
        Tenant t = world.tenant("Daily recount", Region.EU, true);
        TestClock.fixAt(EVENING);
        Incident incident = world.report(t, Severity.MEDIUM);
        world.asExpert(() -> world.incidents.take(t.id(), incident.getId()));
        // expected activity: classifying it resolves it
        world.asExpert(() -> world.incidents.classify(t.id(), incident.getId(), Classification.INFORMATIONAL_EXPECTED, "An admin's script"));
        world.deliver();
        ReportPeriod month = new ReportPeriod(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31));
        StoreRows.update(StoreRows.store(Region.EU), "UPDATE rpt_incident SET severity = 'LOW' WHERE incident_id = ?", incident.getId());
        assertNotEquals(facts.countedFromRows(Region.EU, t.id(), month), facts.figures(Region.EU, t.id(), month), "the hand's change is not counted yet");

        world.asProviderAdmin(() -> {
            reports.recount(t.id());
            return null;
        });
        ReportFigures recounted = same(t, "2026-12-01", "2026-12-31");
        assertEquals(1, recounted.bySeverity().stream().filter(c -> c.name().equals("LOW")).findFirst().orElseThrow().count());

        assertEquals("tenant", assertThrows(BadInput.class, () -> world.asProviderAdmin(() -> {
            reports.recount(" ");
            return null;
        })).field());
        String delivery = grants.newUser("df-delivery-" + Fixtures.unique(), Role.DELIVERY_MANAGER, null);
        for (java.util.concurrent.Callable<Object> refused : List.<java.util.concurrent.Callable<Object>>of(
                () -> As.user(delivery, Fixtures.PASSWORD, () -> {
                    reports.recount(t.id());
                    return null;
                }),
                () -> world.asAdmin(t, () -> {
                    reports.recount(t.id());
                    return null;
                }))) {
            assertThrows(EJBAccessException.class, refused::call);
        }
    }

    /** A test's own tenant (Reader level: actions become cards) and its three incidents, {@code resent} to be sent again. */
    private record Changed(Tenant t, Incident high, Incident medium, String resent) {
    }

    /** Three incidents reported on the evening two hours before the month's end, delivered to the store. */
    private Changed reportedInTheEvening(String name) throws Exception {
        Tenant t = world.tenant(name, Region.EU, false);
        TestClock.fixAt(EVENING);
        String resent = "rp-" + Fixtures.unique();
        Incident high = world.report(t, Severity.HIGH);
        Incident medium = world.report(t, Severity.MEDIUM);
        world.report(t, resent, Severity.LOW, "Phishing");
        world.deliver();
        return new Changed(t, high, medium, resent);
    }

    /**
     * The next day, the month's last: taken, classified, classified again (a false positive: resolved so); a card for the
     * customer; the platform sends one again. Answers the card.
     */
    private ResponseAction changedTheNextDay(Changed c) throws Exception {
        Tenant t = c.t();
        TestClock.fixAt(EVENING.plusSeconds(25 * 3600));
        world.asExpert(() -> world.incidents.take(t.id(), c.high().getId()));
        world.asExpert(() -> world.incidents.classify(t.id(), c.high().getId(), Classification.TRUE_POSITIVE, "Lateral movement"));
        world.asExpert(() -> world.incidents.classify(t.id(), c.high().getId(), Classification.FALSE_POSITIVE, "A test of the backup tool"));
        world.asExpert(() -> world.incidents.take(t.id(), c.medium().getId()));
        world.asExpert(() -> world.incidents.classify(t.id(), c.medium().getId(), Classification.TRUE_POSITIVE, "Credential theft"));
        ResponseAction card = world.asExpert(() -> world.actions.act(t.id(), c.medium().getId(), ActionType.DISABLE_USER, U_FREE, null,
                "Their password was taken."));
        world.report(t, c.resent(), Severity.HIGH, "Malware");
        world.deliver();
        return card;
    }

    /** After the next day's changes, past midnight in the next month: the card completed, the medium incident resolved. */
    private Tenant resolvedInTheNextMonth(String name) throws Exception {
        Changed c = reportedInTheEvening(name);
        ResponseAction card = changedTheNextDay(c);
        TestClock.fixAt(EVENING.plusSeconds(27 * 3600));
        world.asAdmin(c.t(), () -> world.actions.answer(c.t().id(), c.medium().getId(), card.getId(), true));
        world.asExpert(() -> world.incidents.resolve(c.t().id(), c.medium().getId()));
        world.deliver();
        return c.t();
    }

    /** Periods of days, of a whole month and of months, around the month's end. */
    private void everyPeriod(Tenant t) throws Exception {
        for (String[] p : new String[][]{{"2026-12-30", "2026-12-30"}, {"2026-12-31", "2026-12-31"}, {"2027-01-01", "2027-01-01"},
                {"2026-12-01", "2026-12-31"}, {"2026-12-15", "2027-01-14"}, {"2026-11-01", "2027-01-31"}, {"2026-12-31", "2027-01-31"}}) {
            same(t, p[0], p[1]);
        }
    }

    private ReportFigures same(Tenant t, String from, String to) {
        ReportPeriod period = new ReportPeriod(LocalDate.parse(from), LocalDate.parse(to));
        ReportFigures fromDays = facts.figures(Region.EU, t.id(), period);
        assertEquals(facts.countedFromRows(Region.EU, t.id(), period), fromDays, from + " to " + to);
        return fromDays;
    }
}
