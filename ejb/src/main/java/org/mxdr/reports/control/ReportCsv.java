package org.mxdr.reports.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Duration;
import java.util.function.Consumer;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mxdr.reports.boundary.Report;
import org.mxdr.reports.entity.HowWeCount;
import org.mxdr.reports.entity.ReportFigures;
import org.mxdr.reports.entity.ReportInputs.CardRow;

/**
 * A report as one CSV table of section, item and value rows (durations ISO-8601 and in words), so
 * a spreadsheet filters it by section; the definitions come last.
 */
@Stateless
@PermitAll
public class ReportCsv {
    public static final String[] HEADER = {"section", "item", "value", "detail"};
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    /** Every card of the period, in the list's order, each handed to the consumer as the store answers it. */
    public interface Cards {
        void each(Consumer<CardRow> card);
    }

    /** The report with the cards its figures list (a period's first page). */
    public void write(Report report, Writer out) {
        write(report, out, report.figures().customerActions()::forEach);
    }

    /** The report with every card of its period, written one at a time as {@code cards} reads them. */
    public void write(Report report, Writer out, Cards cards) {
        ReportFigures f = report.figures();
        try {
            CSVPrinter csv = new CSVPrinter(out, FORMAT);
            csv.printRecord((Object[]) HEADER);
            csv.printRecord("report", "tenant", report.tenantName(), report.tenantId());
            csv.printRecord("report", "from", f.period().from(), "UTC");
            csv.printRecord("report", "to", f.period().to(), "UTC, included");
            csv.printRecord("incidents", "investigated", f.investigated(), "");
            csv.printRecord("incidents", "resolved", f.resolved(), "");
            csv.printRecord("incidents", "resolvedDirectly", f.resolvedDirectly(), "by the experts alone");
            csv.printRecord("incidents", "resolvedWithCustomer", f.resolvedWithCustomer(), "with the customer's help");
            duration(csv, "meanTimeToResolve", f.meanTimeToResolve());
            duration(csv, "medianTimeToResolve", f.medianTimeToResolve());
            duration(csv, "meanTimeToResolve.experts", f.meanExpertsTime());
            duration(csv, "meanTimeToResolve.customer", f.meanCustomerTime());
            duration(csv, "medianCustomerTaskTime", f.medianCustomerTaskTime());
            for (var level : f.serviceLevels().entrySet()) {
                Double share = level.getValue().share();
                csv.printRecord("serviceLevels", level.getKey().field(), share == null ? "" : String.format(java.util.Locale.ROOT, "%.4f", share),
                        level.getValue().met() + " met of " + level.getValue().decided() + " decided");
            }
            counts(csv, "bySeverity", f.bySeverity());
            counts(csv, "byCategory", f.byCategory());
            counts(csv, "byTactic", f.byTactic());
            counts(csv, "topDevices", f.topDevices());
            counts(csv, "topUsers", f.topUsers());
            cards.each(c -> {
                try {
                    csv.printRecord("customerActions", c.incidentTitle(), c.state(), c.type() + " " + c.target());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            for (String line : HowWeCount.ALL) {
                csv.printRecord("howWeCount", "", "", line);
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void duration(CSVPrinter csv, String item, Duration d) throws IOException {
        csv.printRecord("time", item, d == null ? "" : d.toString(), org.mxdr.reports.entity.ReportWords.duration(d));
    }

    private static void counts(CSVPrinter csv, String section, java.util.List<ReportFigures.Count> counts) throws IOException {
        for (ReportFigures.Count c : counts) {
            csv.printRecord(section, c.name(), c.count(), "");
        }
    }
}
