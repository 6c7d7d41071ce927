package org.mxdr.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.testing.Api;
import org.mxdr.testing.Api.Reply;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;
import org.mxdr.testing.TestClockResource;

/**
 * The overview's cards a page at a time: the overview answers the first page with the totals and
 * the next page's cursor, GET .../reports/customer-actions follows it to the last page in the same
 * order (awaiting the customer first, then the newest asked, then by id), the CSV lists every card
 * and the PDF the first page and how many more; the same roles as the overview, 400s naming their field.
 * The summary across tenants counts the same month from the days.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportCustomerActionsIT {
    /** The month fixture's four cards and 41 more: three pages of 20, 20 and 5. */
    static final int MORE = 41;
    static final int TOTAL = 4 + MORE;
    /** Of the 41, every third from the first (14); of the fixture's four, one. */
    static final int AWAITING = 14 + 1;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear(TestClockResource.class, ReportFixtureResource.class);
    }

    /** made once for the class (a user costs a password hash); the tests only read it */
    private static String tenant;
    private static String other;
    private static String reader;
    private static String operator;
    private static String manager;
    private static String stranger;
    private static String expert;
    private static String period;
    private static String cards;

    @BeforeAll
    static void cards() {
        String u = Fixtures.unique();
        tenant = Api.createEligibleTenant("Report cards " + u, "EU");
        other = Api.createEligibleTenant("Report cards other " + u, "EU");
        reader = Api.createUser("rc-reader-" + u, "tenant-reader", tenant);
        operator = Api.createUser("rc-operator-" + u, "tenant-operator", tenant);
        manager = Api.createUser("rc-dm-" + u, "delivery-manager", null);
        stranger = Api.createUser("rc-stranger-" + u, "tenant-reader", other);
        expert = Api.createUser("rc-expert-" + u, "expert", null);
        assertEquals(204, Api.post("/test/report-fixture?tenant=" + tenant + "&month=2026-11&cards=" + MORE, Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD,
                null).status());
        period = "from=2026-11-01&to=2026-11-30";
        cards = "/tenants/" + tenant + "/reports/customer-actions?" + period;
    }

    @Test
    void theOverviewAnswersTheFirstPageWithTheTotalsAndTheNextPagesCursor() {
        JsonObject overview = overview();
        assertEquals(20, overview.getJsonArray("customerActions").size());
        assertEquals(TOTAL, overview.getInt("customerActionsTotal"));
        assertEquals(AWAITING, overview.getInt("customerActionsPending"));
        assertNotNull(overview.getString("customerActionsNext"));
    }

    @Test
    void onePageHoldsEveryCardInTheListsOrderTheOverviewsPageFirst() {
        JsonArray all = everyCard();
        assertEquals(TOTAL, all.size());
        assertInOrder(all);
        assertEquals(ids(overview().getJsonArray("customerActions")), ids(all).subList(0, 20), "the overview's page is the list's first");
    }

    @Test
    void theCursorsLeadThroughTheListNoneRepeatedOrSkipped() {
        JsonObject overview = overview();
        // the second and third pages by the cursors, as each page answers them
        JsonObject second = ok(Api.get(cards + "&cursor=" + overview.getString("customerActionsNext"), operator, Fixtures.PASSWORD));
        assertEquals(20, second.getInt("size"));
        assertEquals("2026-11-01", second.getString("from"));
        JsonObject third = ok(Api.get(cards + "&cursor=" + second.getString("nextCursor"), manager, Fixtures.PASSWORD));
        assertTrue(!third.containsKey("nextCursor") || third.isNull("nextCursor"), "the last page: " + third);
        List<String> paged = new ArrayList<>(ids(overview.getJsonArray("customerActions")));
        paged.addAll(ids(second.getJsonArray("items")));
        paged.addAll(ids(third.getJsonArray("items")));
        assertEquals(ids(everyCard()), paged, "the pages by cursor are the list, none repeated or skipped");
        assertEquals(TOTAL, new HashSet<>(paged).size());
    }

    @Test
    void aPageOfTheSizeAskedForIsTheListsFirst() {
        JsonObject small = ok(Api.get(cards + "&size=7", Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD));
        assertEquals(ids(everyCard()).subList(0, 7), ids(small.getJsonArray("items")));
    }

    @Test
    void theCsvListsEveryCard() throws Exception {
        String csv = new String(download("/tenants/" + tenant + "/reports/overview?" + period, "text/csv", reader).body(), StandardCharsets.UTF_8);
        assertEquals(TOTAL, csv.lines().filter(l -> l.startsWith("customerActions,")).count(), csv);
    }

    @Test
    void thePdfListsTheFirstPageAndHowManyMore() throws Exception {
        HttpResponse<byte[]> pdf = download("/tenants/" + tenant + "/reports/overview?" + period, "application/pdf", reader);
        assertEquals(200, pdf.statusCode());
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("and " + (TOTAL - 20) + " more"), text);
        }
    }

    @Test
    void theSummaryAcrossTenantsCountsTheMonthFromTheDaysAndTheCardsAwaitingNow() {
        JsonObject row = ok(Api.get("/reports/summary?month=2026-11", manager, Fixtures.PASSWORD)).getJsonArray("items").stream()
                .map(v -> v.asJsonObject()).filter(o -> o.getString("tenantId").equals(tenant)).findFirst().orElseThrow();
        assertEquals(4, row.getInt("investigated"), row.toString()); // the fixture's three and the cards' incident
        assertEquals(3, row.getInt("resolved"), row.toString());
        assertEquals("PT16H40M", row.getString("meanTimeToResolve"), row.toString());
        assertEquals(AWAITING, row.getInt("customerActionsPending"), row.toString());
    }

    @Test
    void aBadSizeCursorOrPeriodIsRefusedByName() {
        field(Api.get(cards + "&size=0", reader, Fixtures.PASSWORD), "size");
        field(Api.get(cards + "&size=201", reader, Fixtures.PASSWORD), "size");
        field(Api.get(cards + "&size=ten", reader, Fixtures.PASSWORD), "size");
        field(Api.get(cards + "&cursor=not-a-cursor", reader, Fixtures.PASSWORD), "cursor");
        field(Api.get(cards + "&cursor=" + URLEncoder.encode(Base64.getUrlEncoder().withoutPadding().encodeToString("2nope".getBytes(StandardCharsets.UTF_8))
                + ".YQ", StandardCharsets.UTF_8), reader, Fixtures.PASSWORD), "cursor");
        field(Api.get("/tenants/" + tenant + "/reports/customer-actions?from=1.11.2026", reader, Fixtures.PASSWORD), "from");
        field(Api.get("/tenants/" + tenant + "/reports/customer-actions?from=2026-11-02&to=2026-11-01", reader, Fixtures.PASSWORD), "to");
    }

    @Test
    void anotherTenantsUserAndAnExpertAreRefusedAndTheCardsAreEachTenantsOwn() throws Exception {
        assertEquals(403, Api.get(cards, stranger, Fixtures.PASSWORD).status());
        assertEquals(403, Api.get(cards, expert, Fixtures.PASSWORD).status());
        assertEquals(403, download("/tenants/" + tenant + "/reports/overview?" + period, "text/csv", stranger).statusCode());
        assertEquals(401, Api.get(cards, null, null).status());
        assertEquals(0, ok(Api.get("/tenants/" + other + "/reports/customer-actions?" + period, stranger, Fixtures.PASSWORD))
                .getJsonArray("items").size(), "another tenant's cards are its own");
    }

    private static JsonObject overview() {
        return ok(Api.get("/tenants/" + tenant + "/reports/overview?" + period, reader, Fixtures.PASSWORD));
    }

    /** Every card in one page, in the list's order. */
    private static JsonArray everyCard() {
        return ok(Api.get(cards + "&size=200", reader, Fixtures.PASSWORD)).getJsonArray("items");
    }

    /** Awaiting the customer first, then the newest asked, then the greater id. */
    private static void assertInOrder(JsonArray items) {
        for (int i = 1; i < items.size(); i++) {
            JsonObject a = items.getJsonObject(i - 1);
            JsonObject b = items.getJsonObject(i);
            int rankA = "AWAITING_CUSTOMER".equals(a.getString("state")) ? 0 : 1;
            int rankB = "AWAITING_CUSTOMER".equals(b.getString("state")) ? 0 : 1;
            int byTime = Instant.parse(b.getString("requestedAt")).compareTo(Instant.parse(a.getString("requestedAt")));
            boolean ordered = rankA < rankB || rankA == rankB && (byTime < 0 || byTime == 0 && a.getString("id").compareTo(b.getString("id")) > 0);
            assertTrue(ordered, "row " + i + ": " + a + " before " + b);
        }
        assertFalse(items.isEmpty());
    }

    private static List<String> ids(JsonArray items) {
        return items.stream().map(v -> v.asJsonObject().getString("id")).toList();
    }

    private static JsonObject ok(Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
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
