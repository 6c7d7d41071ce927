package org.mxdr.reports.view;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mxdr.identity.boundary.UserService;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.NotFound;
import org.mxdr.platform.PageRequest;
import org.mxdr.platform.view.BoundaryPages;
import org.mxdr.platform.view.FieldMessages;
import org.mxdr.reports.boundary.Report;
import org.mxdr.reports.boundary.ReportService;
import org.mxdr.reports.entity.HowWeCount;
import org.mxdr.reports.entity.ReportFigures;
import org.mxdr.reports.entity.ReportInputs.CardRow;
import org.mxdr.reports.entity.ReportWords;
import org.primefaces.model.LazyDataModel;

/**
 * Reports: a tenant's figures for the chosen period (the last 30 days by default) with their charts
 * and 6 months of trends. A tenant user sees its own tenant; a provider user the tenant named by id.
 */
@Named
@ViewScoped
public class ReportsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ReportService reports;

    @Inject
    transient UserService users;

    private String id;
    private String from;
    private String to;
    private Report report;
    private LazyDataModel<CardRow> actions;

    public void load() {
        String wanted = id == null || id.isBlank() ? users.me().tenantId() : id;
        if (wanted == null) {
            throw new NotFound("Choose a tenant from Reports across tenants.");
        }
        id = wanted;
        try {
            report = reports.withTrends(id, from, to);
        } catch (BadInput e) {
            FieldMessages.show("period", e);
            report = reports.withTrends(id, null, null);
        }
        from = report.figures().period().from().toString();
        to = report.figures().period().to().toString();
        // the report carries the first page; later pages are read from the store a page at a time
        actions = new BoundaryPages<>(() -> report.figures().customerActionsTotal(), (first, size) -> first == 0
                && size <= report.figures().customerActions().size() ? report.figures().customerActions().subList(0, size)
                : reports.customerActionsFrom(id, from, to, first, size), CardRow::actionId, PageRequest.MAX_PAGE);
    }

    /** The period's cards as a lazy table: those awaiting you first, then the newest. */
    public LazyDataModel<CardRow> getActions() {
        return actions;
    }

    public ReportFigures getFigures() {
        return report.figures();
    }

    public Report getReport() {
        return report;
    }

    public String getSeverityChart() {
        return ChartConfig.bars(getFigures().bySeverity(), false, ChartConfig.severityLabel());
    }

    public String getCategoryChart() {
        return ChartConfig.bars(getFigures().byCategory(), true, Function.identity());
    }

    public String getTacticChart() {
        return ChartConfig.bars(getFigures().byTactic(), true, Function.identity());
    }

    public String getTrendChart() {
        return ChartConfig.trends(report.trends());
    }

    public String getSeverityLabel() {
        return ChartConfig.describe("Incidents by severity", getFigures().bySeverity(), ChartConfig.severityLabel());
    }

    public String getCategoryLabel() {
        return ChartConfig.describe("Incidents by category", getFigures().byCategory(), Function.identity());
    }

    public String getTacticLabel() {
        return ChartConfig.describe("Incidents by MITRE tactic", getFigures().byTactic(), Function.identity());
    }

    public String getTrendLabel() {
        StringBuilder s = new StringBuilder("Incidents investigated and resolved per month: ");
        report.trends().forEach(m -> s.append(ChartConfig.month(m)).append(' ').append(m.investigated()).append(" investigated, ")
                .append(m.resolved()).append(" resolved; "));
        return s.toString();
    }

    /** Why the breakdowns are empty, in words; null when they are not. */
    public String getEmptyReason() {
        ReportFigures f = getFigures();
        if (f.empty()) {
            return "No incident was created or resolved from " + f.period().from() + " to " + f.period().to()
                    + " (UTC), so there is nothing to chart. Choose a longer period to see earlier incidents.";
        }
        if (f.investigated() == 0) {
            return "No incident was created in this period (" + f.resolved() + " created earlier were resolved in it); the charts count "
                    + "incidents created in the period.";
        }
        return null;
    }

    public boolean isTrendsEmpty() {
        return report.trends().stream().allMatch(ReportFigures::empty);
    }

    public List<String> getHowWeCount() {
        return HowWeCount.ALL;
    }

    public String duration(java.time.Duration d) {
        return ReportWords.duration(d);
    }

    public String severity(String name) {
        return ReportWords.severity(name);
    }

    public String state(String name) {
        return ReportWords.state(name);
    }

    public String action(String name) {
        return ReportWords.action(name);
    }

    /** The console's download of this report: csv or pdf. */
    public String download(String format) {
        return "export?format=" + format + "&id=" + encode(id) + "&from=" + encode(from) + "&to=" + encode(to);
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
