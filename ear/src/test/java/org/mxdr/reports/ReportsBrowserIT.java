package org.mxdr.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.testing.Api;
import org.mxdr.testing.Commercial;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;
import org.mxdr.testing.TestClockResource;
import org.mxdr.testing.browser.Browser;
import org.mxdr.testing.browser.ConsolePages;
import org.mxdr.testing.browser.ReportPages;
import org.mxdr.testing.browser.ReportSummaryPages;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportsBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear(TestClockResource.class, ReportFixtureResource.class);
    }

    @Test
    void aTenantReaderSeesTheChartsAndPagesThroughTheCardsOfAPeriod() {
        String u = Fixtures.unique();
        String name = "0 Reports Browser " + u;
        String reader = Api.createUser("rb-reader-" + u, "tenant-reader", tenantWithFourMonthsOfFigures(name));

        try (Browser browser = Browser.open()) {
            ReportPages pages = new ReportPages(browser);
            new ConsolePages(browser).signIn(reader, Fixtures.PASSWORD);
            pages.openFromMenu();
            assertTrue(pages.text("reportTitle").contains(name));
            browser.waiting().until(d -> pages.chartsDrawn() == 4);
            assertTrue(pages.text("howWeCount").contains("Investigated: incidents created within the period"), pages.text("howWeCount"));
            assertTrue(pages.text("customerActions").contains("Awaiting customer"), pages.text("customerActions"));
            browser.screenshot("reports-01-overview");
            browser.resize(390);
            assertFalse(browser.scrollsSideways(), "the report fits a phone");
            browser.screenshot("reports-02-overview-390");
            browser.resize(1366);

            // ten cards to a page of the lazy table, those awaiting first
            int total = sinceTheFirstOfLastMonth(pages);
            assertEquals("1-10 of " + total, pages.actionsShown());
            assertEquals("Awaiting customer", pages.actionState(0));
            String firstPage = pages.text("actionsForm:actions");
            pages.nextActionsPage();
            assertEquals("11-20 of " + total, pages.actionsShown());
            assertFalse(pages.text("actionsForm:actions").equals(firstPage));
            browser.screenshot("reports-06-cards-page-2");
            browser.resize(390);
            assertFalse(browser.scrollsSideways(), "the cards' table fits a phone");
            browser.screenshot("reports-07-cards-390");
        }
    }

    @Test
    void aTenantReaderDownloadsThePeriodAsCsvAndPdf() throws Exception {
        String u = Fixtures.unique();
        String name = "Reports Download " + u;
        String reader = Api.createUser("rb-dl-reader-" + u, "tenant-reader", tenantWithFourMonthsOfFigures(name));

        try (Browser browser = Browser.open()) {
            ReportPages pages = new ReportPages(browser);
            new ConsolePages(browser).signIn(reader, Fixtures.PASSWORD);
            pages.openFromMenu();
            int total = sinceTheFirstOfLastMonth(pages);
            HttpResponse<byte[]> csv = pages.download("downloadCsv");
            assertEquals(200, csv.statusCode());
            String csvText = new String(csv.body(), StandardCharsets.UTF_8);
            assertTrue(csvText.startsWith("section,item,value,detail"), csvText);
            assertTrue(csvText.contains(name), csvText);
            assertEquals(total, csvText.lines().filter(l -> l.startsWith("customerActions,")).count(), "the CSV lists every card of the period");
            HttpResponse<byte[]> pdf = pages.download("downloadPdf");
            assertEquals(200, pdf.statusCode());
            assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
            try (PDDocument doc = Loader.loadPDF(pdf.body())) {
                File png = new File("target/screenshots/reports-03-pdf-page-1.png");
                png.getParentFile().mkdirs();
                ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(0, 110), "png", png);
                assertTrue(png.length() > 10_000);
            }
        }
    }

    @Test
    void aDeliveryManagerOpensATenantsReportFromTheSummary() {
        String u = Fixtures.unique();
        String name = "0 Reports Browser " + u;
        tenantWithFourMonthsOfFigures(name);
        String delivery = Api.createUser("rb-delivery-" + u, "delivery-manager", null);
        try (Browser browser = Browser.open()) {
            ReportPages pages = new ReportPages(browser);
            ReportSummaryPages summary = new ReportSummaryPages(browser);
            new ConsolePages(browser).signIn(delivery, Fixtures.PASSWORD);
            summary.openFromMenu();
            browser.screenshot("reports-04-summary");
            summary.openTenant(name);
            assertTrue(pages.text("reportTitle").contains(name));
            browser.screenshot("reports-05-provider-opens-tenant");
        }
    }

    /** Chooses the period since the first of last month, which holds the 25 extra cards, and returns its count of cards. */
    private static int sinceTheFirstOfLastMonth(ReportPages pages) {
        pages.choosePeriod(YearMonth.now(ZoneOffset.UTC).minusMonths(1).atDay(1), LocalDate.now(ZoneOffset.UTC));
        int total = pages.customerActionsTotal();
        assertTrue(total >= 25, pages.text("customerActionsCount"));
        return total;
    }

    /**
     * A subscribed tenant with figures for the last four months and 25 more cards last month, so that
     * the cards' table pages. Its name sorts first among the suite's tenants, so the summary's first page shows it.
     */
    private static String tenantWithFourMonthsOfFigures(String name) {
        String tenant = Api.createEligibleTenant(name, "EU");
        assertEquals(201, Commercial.subscribe(tenant, Commercial.newCommercialExecutive(), Fixtures.PASSWORD, Commercial.aYear()).status());
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        String months = now.minusMonths(3) + "," + now.minusMonths(2) + "," + now.minusMonths(1) + "," + now;
        assertEquals(204, Api.post("/test/report-fixture?tenant=" + tenant + "&month=" + months, Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD, null).status());
        assertEquals(204, Api.post("/test/report-fixture?tenant=" + tenant + "&month=" + now.minusMonths(1) + "&cards=25", Fixtures.ADMIN,
                Fixtures.ADMIN_PASSWORD, null).status());
        return tenant;
    }
}
