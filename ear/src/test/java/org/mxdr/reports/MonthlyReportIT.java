package org.mxdr.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.access.boundary.ContactService;
import org.mxdr.onboarding.entity.Region;
import org.mxdr.platform.BadInput;
import org.mxdr.reports.boundary.MonthlyReportService;
import org.mxdr.reports.control.MonthlyReports;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;
import org.mxdr.testing.GrantedTenants;
import org.mxdr.testing.GrantedTenants.Tenant;
import org.mxdr.testing.TestClock;

/**
 * The monthly report under the test clock: once per tenant and month, also when two runs race and
 * when run again; nothing for a tenant whose setting is off; the PDF attached to the outbox mail.
 */
@ExtendWith(ArquillianExtension.class)
class MonthlyReportIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(MonthlyReportIT.class, ReportFixture.class, StoreRows.class);
    }

    @Inject
    GrantedTenants grants;

    @Inject
    ContactService contacts;

    @Inject
    MonthlyReportService monthly;

    @Inject
    MonthlyReports job;

    @Resource
    ManagedExecutorService executor;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void twoRunsAtOnceAndARerunSendATenantsMonthOnce() throws Exception {
        Reviewed on = reviewed("Monthly on", Region.EU);
        YearMonth month = aMonthTheSubscriptionsWereActiveAtTheEndOf();
        clockAtTheStartOfTheMonthAfter(month);
        // two runs at once, as two nodes' timers would
        CountDownLatch start = new CountDownLatch(1);
        List<Future<MonthlyReports.Run>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(executor.submit(() -> {
                start.await();
                return job.send(month);
            }));
        }
        start.countDown();
        for (Future<MonthlyReports.Run> run : runs) {
            assertEquals(month, run.get().month());
        }
        MonthlyReports.Run again = GrantedTenants.asAdmin(() -> monthly.send(month.toString()));
        assertEquals(0, again.handled(), "a re-run handles nothing");
        assertEquals(1, monthlyMails(on.address()).size(), "one mail for the month, whatever ran");
        assertEquals(1, recipients(on.tenant().id(), month));
        assertTrue(StoreRows.rows(StoreRows.operational(), "SELECT action FROM audit_record WHERE tenant_id = ? AND action = 'report.monthly-sent'",
                on.tenant().id()).size() == 1);
    }

    @Test
    void theMonthsMailNamesTheTenantAndCarriesItsFiguresAndItsPdf() throws Exception {
        Reviewed on = reviewed("Monthly on", Region.EU);
        YearMonth month = aMonthTheSubscriptionsWereActiveAtTheEndOf();
        ReportFixture.write(Region.EU, on.tenant().id(), month);
        clockAtTheStartOfTheMonthAfter(month);
        GrantedTenants.asAdmin(() -> monthly.send(month.toString()));

        List<Map<String, Object>> mails = monthlyMails(on.address());
        assertEquals(1, mails.size(), mails.toString());
        String subject = (String) mails.get(0).get("subject");
        assertTrue(subject.contains("Monthly on " + on.u()) && subject.contains(String.valueOf(month.getYear())), subject);
        assertTrue(((String) mails.get(0).get("body")).contains("Incidents investigated: 3"), (String) mails.get(0).get("body"));
        List<Map<String, Object>> files = StoreRows.rows(StoreRows.operational(), "SELECT file_name, content_type, content FROM outbox_attachment "
                + "WHERE mail_id = ?", mails.get(0).get("id"));
        assertEquals(1, files.size());
        assertEquals("application/pdf", files.get(0).get("content_type"));
        assertEquals("service-report-monthly-on-" + on.u().toLowerCase() + "-" + month + ".pdf", files.get(0).get("file_name"));
        byte[] pdf = (byte[]) files.get(0).get("content");
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void aTenantThatSwitchedTheReportOffIsSentNone() throws Exception {
        Reviewed off = reviewed("Monthly off", Region.UK);
        StoreRows.update(StoreRows.operational(), "INSERT INTO notification_settings (tenant_id, incident_severities, monthly_report, version) "
                + "VALUES (?, 'HIGH,MEDIUM', FALSE, 0)", off.tenant().id());
        YearMonth month = aMonthTheSubscriptionsWereActiveAtTheEndOf();
        clockAtTheStartOfTheMonthAfter(month);
        GrantedTenants.asAdmin(() -> monthly.send(month.toString()));
        assertEquals(0, StoreRows.rows(StoreRows.operational(), "SELECT id FROM outbox_mail WHERE recipient = ? AND subject LIKE 'Monthly%'",
                off.address()).size(),
                "the setting is off");
        assertEquals(0, recipients(off.tenant().id(), month));
    }

    @Test
    void aMonthThatHasNotEndedIsRefusedNamingTheField() throws Exception {
        TestClock.fixAt(Instant.parse("2031-03-15T10:00:00Z"));
        BadInput refused = org.junit.jupiter.api.Assertions.assertThrows(BadInput.class, () -> GrantedTenants.asAdmin(() -> monthly.send("2031-03")));
        assertEquals("month", refused.field());
        assertEquals("month", org.junit.jupiter.api.Assertions.assertThrows(BadInput.class,
                () -> GrantedTenants.asAdmin(() -> monthly.send("March"))).field());
    }

    /** A tenant of one test, subscribed from yesterday, and its service-review contact; {@code u} is in its name. */
    private record Reviewed(Tenant tenant, String u, String address) {
    }

    private Reviewed reviewed(String name, Region region) throws Exception {
        String u = Fixtures.unique();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Tenant t = grants.subscribed(name + " " + u, region, today.minusDays(1), today.plusYears(1));
        String address = "review-" + u + "@example.org";
        GrantedTenants.asAdminOf(t, () -> contacts.add(t.id(), "Service review", address, null, false, true));
        return new Reviewed(t, u, address);
    }

    /** The month before the first of a month some weeks ahead: the subscriptions made today were active at its end. */
    private static YearMonth aMonthTheSubscriptionsWereActiveAtTheEndOf() {
        return YearMonth.from(LocalDate.now(ZoneOffset.UTC).plusDays(40).withDayOfMonth(1)).minusMonths(1);
    }

    /** 00:25 UTC on the first of the next month, when the report goes out. */
    private static void clockAtTheStartOfTheMonthAfter(YearMonth month) {
        TestClock.fixAt(month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofMinutes(25)));
    }

    private static List<Map<String, Object>> monthlyMails(String address) throws Exception {
        return StoreRows.rows(StoreRows.operational(), "SELECT id, subject, body FROM outbox_mail WHERE recipient = ? "
                + "AND subject LIKE 'Monthly service report%'", address);
    }

    private static int recipients(String tenantId, YearMonth month) throws Exception {
        return ((Number) StoreRows.rows(StoreRows.operational(), "SELECT recipients FROM monthly_report WHERE tenant_id = ? AND report_month = ?", tenantId,
                month.toString()).get(0).get("recipients")).intValue();
    }
}
