package org.mxdr.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;

import javax.imageio.ImageIO;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.testing.Api;
import org.mxdr.testing.Api.Reply;
import org.mxdr.testing.Commercial;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;
import org.mxdr.testing.Mailbox;
import org.mxdr.testing.TestClockResource;

/** The reports' API: JSON, CSV and PDF by Accept, 400s naming their field, 403s; the monthly mail with its PDF. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportsApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear(TestClockResource.class, ReportFixtureResource.class);
    }

    /** made once for the class (a user costs a password hash); the tests only read it */
    private static String tenant;
    private static String reader;
    private static String stranger;
    private static String expert;
    private static String overview;

    @BeforeAll
    static void reportedTenant() {
        String u = Fixtures.unique();
        tenant = Api.createEligibleTenant("Reports API " + u, "EU");
        String other = Api.createEligibleTenant("Reports API other " + u, "US");
        reader = Api.createUser("ra-reader-" + u, "tenant-reader", tenant);
        stranger = Api.createUser("ra-stranger-" + u, "tenant-reader", other);
        expert = Api.createUser("ra-expert-" + u, "expert", null);
        assertEquals(204, Api.post("/test/report-fixture?tenant=" + tenant + "&month=2026-11", Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD, null).status());
        overview = "/tenants/" + tenant + "/reports/overview?from=2026-11-01&to=2026-11-30";
    }

    @Test
    void theOverviewAsJsonHasTheMonthsFigures() {
        Reply json = Api.get(overview, reader, Fixtures.PASSWORD);
        assertEquals(200, json.status(), json.body());
        JsonObject r = json.json();
        assertEquals("2026-11-01", r.getString("from"));
        assertEquals("2026-11-30", r.getString("to"));
        assertEquals(3, r.getInt("investigated"));
        assertEquals(3, r.getInt("resolved"));
        assertEquals(1, r.getInt("resolvedDirectly"));
        assertEquals(2, r.getInt("resolvedWithCustomer"));
        assertEquals("PT16H40M", r.getJsonObject("meanTimeToResolve").getString("total"));
        assertEquals("PT15H10M", r.getJsonObject("meanTimeToResolve").getString("experts"));
        assertEquals("PT1H30M", r.getJsonObject("meanTimeToResolve").getString("customer"));
        assertEquals("PT1H", r.getString("medianCustomerTaskTime"));
        assertEquals(2, r.getJsonObject("bySeverity").getInt("HIGH"));
        assertEquals(2, r.getJsonObject("byCategory").getInt("Malware"));
        assertEquals(1, r.getJsonObject("byTactic").getInt("Initial Access"));
        assertEquals("laptop-1", r.getJsonArray("topDevices").getJsonObject(0).getString("name"));
        assertEquals(4, r.getJsonArray("customerActions").size());
        assertTrue(r.getJsonArray("howWeCount").size() > 5);
        JsonObject classify = r.getJsonObject("serviceLevels").getJsonObject("classify");
        assertEquals(1, classify.getInt("met"), classify.toString());
        assertEquals(2, classify.getInt("decided"), classify.toString());
        assertEquals(0.5, classify.getJsonNumber("share").doubleValue());
    }

    @Test
    void theTrendsAnswerAnItemForEachMonthAskedFor() {
        Reply trends = Api.get("/tenants/" + tenant + "/reports/trends?months=3", reader, Fixtures.PASSWORD);
        assertEquals(200, trends.status(), trends.body());
        assertEquals(3, trends.json().getJsonArray("items").size());
    }

    @Test
    void theOverviewIsJsonUnlessCsvOrPdfIsAskedFor() throws Exception {
        HttpResponse<byte[]> anything = download(overview, "*/*", reader);
        assertTrue(anything.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), "JSON unless CSV or PDF is asked for");
    }

    @Test
    void theOverviewAsCsvHasTheFiguresInItsColumns() throws Exception {
        HttpResponse<byte[]> csv = download(overview, "text/csv", reader);
        assertEquals(200, csv.statusCode());
        String csvText = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(csvText.startsWith("section,item,value,detail\r\n"), csvText);
        assertTrue(csvText.contains("incidents,investigated,3,"), csvText);
        assertTrue(csvText.contains("time,meanTimeToResolve,PT16H40M,16 h 40 min"), csvText);
        assertTrue(csvText.contains("serviceLevels,acknowledge,1.0000,3 met of 3 decided"), csvText);
        assertTrue(csvText.contains("serviceLevels,resolve,0.5000,1 met of 2 decided"), csvText);
    }

    @Test
    void theOverviewAsPdfIsADocumentWithAPage() throws Exception {
        HttpResponse<byte[]> pdf = download(overview, "application/pdf", reader);
        assertEquals(200, pdf.statusCode());
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            File png = new File("target/screenshots/reports-api-pdf-page-1.png");
            png.getParentFile().mkdirs();
            ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(0, 110), "png", png);
        }
    }

    @Test
    void aBadPeriodMonthsOrMonthIsRefusedByName() {
        field(Api.get("/tenants/" + tenant + "/reports/overview?from=1.11.2026", reader, Fixtures.PASSWORD), "from");
        field(Api.get("/tenants/" + tenant + "/reports/overview?from=2026-11-02&to=2026-11-01", reader, Fixtures.PASSWORD), "to");
        field(Api.get("/tenants/" + tenant + "/reports/trends?months=0", reader, Fixtures.PASSWORD), "months");
        field(Api.get("/tenants/" + tenant + "/reports/trends?months=six", reader, Fixtures.PASSWORD), "months");
        field(Api.get("/reports/summary?month=November", Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD), "month");
    }

    @Test
    void anotherTenantsUserAndAnExpertAreRefusedTheOverviewAndATenantUserTheSummary() throws Exception {
        assertEquals(403, Api.get(overview, stranger, Fixtures.PASSWORD).status());
        assertEquals(403, download(overview, "application/pdf", stranger).statusCode());
        assertEquals(403, Api.get(overview, expert, Fixtures.PASSWORD).status());
        assertEquals(403, Api.get("/reports/summary", reader, Fixtures.PASSWORD).status());
    }

    @Test
    void theSummaryAcrossTenantsHasTheTenantsRow() {
        Reply summary = Api.get("/reports/summary?month=2026-11", Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD);
        assertEquals(200, summary.status());
        assertTrue(summary.body().contains("\"tenantId\":\"" + tenant + "\""), summary.body());
    }

    @Test
    void theMonthlyReportMailsThePdfToTheServiceReviewContactsOnce() throws Exception {
        String u = Fixtures.unique();
        String tenant = Api.createEligibleTenant("Monthly mail " + u, "EU");
        assertEquals(201, Commercial.subscribe(tenant, Commercial.newCommercialExecutive(), Fixtures.PASSWORD, Commercial.aYear()).status());
        String admin = Api.createUser("mm-admin-" + u, "tenant-admin", tenant);
        String address = "review-" + u + "@example.org";
        assertEquals(201, Api.post("/tenants/" + tenant + "/contacts", admin, Fixtures.PASSWORD, Json.createObjectBuilder().add("name", "Service review")
                .add("email", address).add("incidentNotification", false).add("serviceReview", true).build().toString()).status());
        LocalDate first = LocalDate.now(ZoneOffset.UTC).plusDays(40).withDayOfMonth(1);
        Mailbox mailbox = Mailbox.ofTheRun();
        Commercial.fixClock(first.atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofMinutes(25)));
        MimeMessage mail;
        try {
            Reply run = Api.post("/jobs/monthly-report", Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD, null);
            assertEquals(200, run.status(), run.body());
            assertEquals(first.minusMonths(1).toString().substring(0, 7), run.json().getString("month"));
            assertEquals(0, Api.post("/jobs/monthly-report", Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD, null).json().getInt("handled"));
            // waited for with the clock still at the month's start: the mail was queued then, and is
            // not due at a clock set back before it
            mail = mailbox.awaitSubject(address, "Monthly service report", Duration.ofSeconds(60));
        } finally {
            Commercial.resetClock();
        }
        assertTrue(mail.getSubject().contains("Monthly mail " + u), mail.getSubject());
        Multipart parts = (Multipart) mail.getContent();
        assertEquals(2, parts.getCount());
        Part pdf = parts.getBodyPart(1);
        assertTrue(Part.ATTACHMENT.equalsIgnoreCase(pdf.getDisposition()));
        assertTrue(pdf.getContentType().startsWith("application/pdf"), pdf.getContentType());
        try (PDDocument doc = Loader.loadPDF(pdf.getInputStream().readAllBytes())) {
            assertTrue(doc.getNumberOfPages() >= 1);
        }
        assertEquals(1, mailbox.to(address).stream().filter(m -> Mailbox.subject(m).startsWith("Monthly service report")).count(), "once");
    }

    private static void field(Reply reply, String field) {
        assertEquals(400, reply.status(), reply.body());
        assertEquals(field, reply.json().getString("field"), reply.body());
    }

    private static HttpResponse<byte[]> download(String path, String accept, String user) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Api.BASE + path)).timeout(Duration.ofSeconds(60)).header("Accept", accept)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
