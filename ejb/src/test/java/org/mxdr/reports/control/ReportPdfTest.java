package org.mxdr.reports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.mxdr.onboarding.entity.Region;
import org.mxdr.reports.boundary.Report;
import org.mxdr.reports.entity.HowWeCount;
import org.mxdr.reports.entity.ReportFigures;
import org.mxdr.reports.entity.ReportInputs.AssetRow;
import org.mxdr.reports.entity.ReportInputs.CardRow;
import org.mxdr.reports.entity.ReportInputs.IncidentRow;
import org.mxdr.reports.entity.ReportPeriod;

/** The PDF and CSV of a month with incidents of every kind; the PDF's first page goes to target/ as a PNG to look at. */
class ReportPdfTest {
    static final Instant NOW = Instant.parse("2026-12-01T00:25:00Z");

    @Test
    void thePdfReadsLikeAServiceReportWithItsCharts() throws Exception {
        ReportPdf pdf = new ReportPdf();
        pdf.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        byte[] bytes = pdf.bytes(report());
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Contoso Ltd"), text);
            assertTrue(text.contains("November 2026"), text);
            assertTrue(text.contains("incidents investigated"), text);
            assertTrue(text.contains("How we count"), text);
            assertTrue(text.replaceAll("\\s+", " ").contains(HowWeCount.INVESTIGATED.substring(0, 40)), text);
            long images = 0;
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    images += page.getResources().isImageXObject(name) ? 1 : 0;
                }
            }
            assertEquals(4, images, "severity, category, tactic and trends as images");
            BufferedImage first = new PDFRenderer(doc).renderImageWithDPI(0, 110);
            File png = new File("target/report-pdf-page-1.png");
            ImageIO.write(first, "png", png);
            assertTrue(png.length() > 10_000);
        }
    }

    @Test
    void theCsvHasOneRowPerFigure() {
        StringWriter out = new StringWriter();
        new ReportCsv().write(report(), out);
        String csv = out.toString();
        assertTrue(csv.startsWith("section,item,value,detail\r\n"), csv);
        assertTrue(csv.contains("incidents,investigated,40,"), csv);
        assertTrue(csv.contains("bySeverity,HIGH,"), csv);
        assertTrue(csv.contains("howWeCount"), csv);
    }

    static Report report() {
        ReportPeriod november = new ReportPeriod(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
        String[] severities = {"HIGH", "MEDIUM", "MEDIUM", "LOW", "INFORMATIONAL"};
        String[] categories = {"Malware", "Phishing", "Credential access", "Suspicious activity"};
        String[] tactics = {"Execution", "Initial Access", "Credential Access", "Lateral Movement", "Persistence"};
        List<IncidentRow> incidents = new ArrayList<>();
        List<CardRow> cards = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Instant created = november.start().plus(Duration.ofHours(17L * i));
            boolean withCustomer = i % 4 == 0;
            long resolveMs = Duration.ofMinutes(90 + 37L * i).toMillis();
            long customerMs = withCustomer ? resolveMs / 3 : 0;
            incidents.add(new IncidentRow("i" + i, severities[i % 5], categories[i % 4], tactics[i % 5], created,
                    i % 7 == 6 ? null : created.plusMillis(resolveMs), i % 7 == 6 ? null : withCustomer ? "WITH_CUSTOMER" : "EXPERTS",
                    i % 7 == 6 ? null : resolveMs, i % 7 == 6 ? null : resolveMs - customerMs, customerMs, i % 3 == 0 ? "YN-" : "YYY"));
            if (withCustomer) {
                Instant asked = created.plus(Duration.ofMinutes(30));
                cards.add(new CardRow("i" + i, "Suspicious sign-in of user " + i, severities[i % 5], created, "DISABLE_USER", "u" + i,
                        i % 8 == 0 ? "CUSTOMER_COMPLETED" : "AWAITING_CUSTOMER", asked, i % 8 == 0 ? asked.plus(Duration.ofMinutes(45)) : null,
                        i % 8 == 0 ? Duration.ofMinutes(45).toMillis() : null));
            }
        }
        List<AssetRow> assets = List.of(new AssetRow("DEVICE", "d1", "laptop-finance-01", 9), new AssetRow("DEVICE", "d2", "srv-web-02", 4),
                new AssetRow("USER", "u1", "Ann Example", 7), new AssetRow("USER", "u2", "Bob Example", 2));
        ReportFigures figures = ReportFigures.count(november, incidents, assets, cards);
        List<ReportFigures> trends = new ArrayList<>();
        for (ReportPeriod m : ReportPeriod.lastMonths(6, november.to())) {
            trends.add(m.equals(november) ? figures : ReportFigures.count(m, incidents.subList(0, m.from().getMonthValue() * 3), List.of(), List.of()));
        }
        return new Report("t1", "Contoso Ltd", Region.EU, figures, trends);
    }
}
