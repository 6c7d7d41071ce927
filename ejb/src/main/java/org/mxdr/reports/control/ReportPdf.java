package org.mxdr.reports.control;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.mxdr.reports.boundary.Report;
import org.mxdr.reports.entity.HowWeCount;
import org.mxdr.reports.entity.ReportFigures;
import org.mxdr.reports.entity.ReportInputs.CardRow;
import org.mxdr.reports.entity.ReportWords;

/**
 * A report as a PDF a customer would forward: the key figures, the charts as images, the most
 * affected assets, the customer's actions, the trends and the definitions (OpenPDF, A4).
 */
@Stateless
@PermitAll
public class ReportPdf {
    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final Color INK = new Color(0x11, 0x18, 0x27);
    private static final Color MUTED = new Color(0x4b, 0x55, 0x63);
    private static final Color BAND = new Color(0xef, 0xf4, 0xff);
    private static final Font H1 = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 20, INK);
    private static final Font H2 = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13, INK);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 9.5f, INK);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 8.5f, MUTED);
    private static final Font FIGURE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16, ReportCharts.PRIMARY);
    private static final Font HEAD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9, INK);

    @Inject
    Clock clock;

    public byte[] bytes(Report report) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        write(report, out);
        return out.toByteArray();
    }

    public void write(Report report, OutputStream out) {
        ReportFigures f = report.figures();
        Document doc = new Document(PageSize.A4, 42, 42, 42, 42);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle("Service report " + report.tenantName() + " " + f.period().label());
            doc.addCreator("MXDR Console");
            doc.open();
            doc.add(new Paragraph("Service report", SMALL));
            doc.add(new Paragraph(report.tenantName(), H1));
            String range = f.period().from() + " to " + f.period().to();
            String when = f.period().label().equals(range) ? range + " (UTC)" : f.period().label() + " (" + range + ", UTC)";
            doc.add(new Paragraph(when + "  ·  reporting data in "
                    + report.region().label() + "  ·  generated " + GENERATED.format(Instant.now(clock)), SMALL));
            doc.add(spacer(10));
            doc.add(keyFigures(f));
            doc.add(serviceLevels(f));
            if (f.empty()) {
                doc.add(new Paragraph("No incident was created or resolved in this period, so there is nothing to chart.", TEXT));
            } else {
                PdfPTable charts = grid(2);
                charts.addCell(image(ReportCharts.counts("Incidents by severity", f.bySeverity(), true, false)));
                charts.addCell(image(ReportCharts.counts("Incidents by category", f.byCategory(), false, true)));
                charts.addCell(image(ReportCharts.counts("Incidents by MITRE tactic", f.byTactic(), false, true)));
                PdfPCell assets = new PdfPCell();
                assets.setBorder(Rectangle.NO_BORDER);
                assets.addElement(new Paragraph("Most affected devices", H2));
                assets.addElement(counts(f.topDevices(), "No device was involved."));
                assets.addElement(new Paragraph("Most affected users", H2));
                assets.addElement(counts(f.topUsers(), "No user was involved."));
                charts.addCell(assets);
                doc.add(charts);
            }
            if (!report.trends().isEmpty()) {
                doc.add(heading("Trends"));
                PdfPTable trend = grid(1);
                trend.addCell(image(ReportCharts.trends(report.trends())));
                doc.add(trend);
                doc.add(trendTable(report.trends()));
            }
            doc.add(heading("Actions the experts asked of you"));
            doc.add(actions(f));
            doc.add(heading("How we count"));
            for (String line : HowWeCount.ALL) {
                doc.add(new Paragraph("• " + line, SMALL));
            }
            doc.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("The report's PDF could not be written", e);
        }
    }

    private static PdfPTable keyFigures(ReportFigures f) {
        PdfPTable t = grid(4);
        figure(t, String.valueOf(f.investigated()), "incidents investigated");
        figure(t, String.valueOf(f.resolved()), "resolved (" + f.resolvedDirectly() + " directly by the experts, " + f.resolvedWithCustomer()
                + " with your help)");
        figure(t, ReportWords.duration(f.meanTimeToResolve()), "mean time to resolve (median " + ReportWords.duration(f.medianTimeToResolve()) + ")");
        figure(t, ReportWords.duration(f.medianCustomerTaskTime()), "your median time to complete an action card");
        figure(t, ReportWords.duration(f.meanExpertsTime()), "of which the experts' time (mean)");
        figure(t, ReportWords.duration(f.meanCustomerTime()), "of which awaiting your action (mean)");
        figure(t, String.valueOf(f.customerActionsTotal()), "action cards for you");
        figure(t, String.valueOf(f.customerActionsPending()), "of them still awaiting you");
        t.setSpacingAfter(12);
        return t;
    }

    /** The share of each kind of target met, of the period's incidents. */
    private static PdfPTable serviceLevels(ReportFigures f) {
        PdfPTable t = grid(3);
        f.serviceLevels().forEach((kind, c) -> figure(t, c.percent(), "service level met: " + kind.label().toLowerCase() + " ("
                + c.met() + " of " + c.decided() + ")"));
        t.setSpacingAfter(12);
        return t;
    }

    private static void figure(PdfPTable t, String value, String label) {
        PdfPCell c = new PdfPCell();
        c.setBorder(Rectangle.NO_BORDER);
        c.setBackgroundColor(BAND);
        c.setPadding(8);
        c.addElement(new Paragraph(value, FIGURE));
        c.addElement(new Paragraph(label, SMALL));
        PdfPCell gap = new PdfPCell(c);
        gap.setBorderColor(Color.WHITE);
        gap.setBorder(Rectangle.BOX);
        gap.setBorderWidth(3);
        t.addCell(gap);
    }

    private static PdfPTable counts(List<ReportFigures.Count> counts, String none) {
        PdfPTable t = new PdfPTable(new float[]{4, 1});
        t.setWidthPercentage(100);
        t.setSpacingBefore(4);
        t.setSpacingAfter(10);
        if (counts.isEmpty()) {
            PdfPCell c = cell(none, SMALL);
            c.setColspan(2);
            t.addCell(c);
        }
        for (ReportFigures.Count c : counts) {
            t.addCell(cell(c.name(), TEXT));
            PdfPCell n = cell(String.valueOf(c.count()), TEXT);
            n.setHorizontalAlignment(Element.ALIGN_RIGHT);
            t.addCell(n);
        }
        return t;
    }

    private static PdfPTable trendTable(List<ReportFigures> months) {
        PdfPTable t = new PdfPTable(new float[]{2.2f, 1.6f, 1.3f, 1.3f, 1.3f, 1.8f, 1.8f});
        t.setWidthPercentage(100);
        t.setSpacingBefore(6);
        t.setKeepTogether(true);
        for (String h : List.of("Month", "Investigated", "Resolved", "Directly", "With you", "Mean to resolve", "Your card time")) {
            t.addCell(head(h));
        }
        for (ReportFigures m : months) {
            t.addCell(cell(m.period().label(), TEXT));
            t.addCell(cell(String.valueOf(m.investigated()), TEXT));
            t.addCell(cell(String.valueOf(m.resolved()), TEXT));
            t.addCell(cell(String.valueOf(m.resolvedDirectly()), TEXT));
            t.addCell(cell(String.valueOf(m.resolvedWithCustomer()), TEXT));
            t.addCell(cell(ReportWords.duration(m.meanTimeToResolve()), TEXT));
            t.addCell(cell(ReportWords.duration(m.medianCustomerTaskTime()), TEXT));
        }
        return t;
    }

    /** The first page of the cards (those awaiting you first, then the newest), and how many more there are. */
    private static PdfPTable actions(ReportFigures f) {
        List<CardRow> cards = f.customerActions();
        PdfPTable t = new PdfPTable(new float[]{4, 1.4f, 3, 2});
        t.setWidthPercentage(100);
        t.setSpacingBefore(6);
        if (cards.isEmpty()) {
            PdfPCell c = cell("None: no incident of the period needed an action of yours.", TEXT);
            c.setColspan(4);
            t.addCell(c);
            return t;
        }
        for (String h : List.of("Incident", "Severity", "Action", "State")) {
            t.addCell(head(h));
        }
        cards.forEach(c -> {
            t.addCell(cell(c.incidentTitle(), TEXT));
            t.addCell(cell(ReportWords.severity(c.severity()), TEXT));
            t.addCell(cell(ReportWords.action(c.type()) + ": " + c.target(), TEXT));
            t.addCell(cell(ReportWords.state(c.state()), TEXT));
        });
        if (f.customerActionsTotal() > cards.size()) {
            PdfPCell more = cell("… and " + (f.customerActionsTotal() - cards.size()) + " more: see the console's Reports page or the CSV.", SMALL);
            more.setColspan(4);
            t.addCell(more);
        }
        return t;
    }

    private static PdfPTable grid(int columns) {
        PdfPTable t = new PdfPTable(columns);
        t.setWidthPercentage(100);
        t.getDefaultCell().setBorder(Rectangle.NO_BORDER);
        return t;
    }

    private static PdfPCell image(byte[] png) throws IOException {
        PdfPCell c = new PdfPCell(Image.getInstance(png), true);
        c.setBorder(Rectangle.NO_BORDER);
        c.setPadding(4);
        return c;
    }

    private static PdfPCell head(String text) {
        PdfPCell c = cell(text, HEAD);
        c.setBackgroundColor(BAND);
        return c;
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell c = new PdfPCell(new Phrase(text == null ? ReportWords.NONE : text, font));
        c.setBorderColor(ReportCharts.GRID);
        c.setPadding(4);
        return c;
    }

    private static Paragraph heading(String text) {
        Paragraph p = new Paragraph(text, H2);
        p.setSpacingBefore(14);
        p.setSpacingAfter(2);
        return p;
    }

    private static Paragraph spacer(float height) {
        Paragraph p = new Paragraph(" ", SMALL);
        p.setSpacingAfter(height);
        return p;
    }
}
