package org.mxdr.reports.view;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mxdr.platform.BadInput;
import org.mxdr.platform.view.FieldMessages;
import org.mxdr.reports.boundary.MonthSummary;
import org.mxdr.reports.boundary.ReportService;
import org.mxdr.reports.entity.ReportWords;

/** Reports across tenants: every tenant's month (the previous one by default), each row opening the tenant's report. */
@Named
@ViewScoped
public class ReportSummaryView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ReportService reports;

    private String month;
    private MonthSummary summary;

    public void load() {
        try {
            summary = reports.summary(month);
        } catch (BadInput e) {
            FieldMessages.show("monthForm", e);
            summary = reports.summary(null);
        }
        month = summary.month().toString();
    }

    public MonthSummary getSummary() {
        return summary;
    }

    public String getLabel() {
        return summary.month().getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " " + summary.month().getYear();
    }

    public String getFrom() {
        return summary.month().atDay(1).toString();
    }

    public String getTo() {
        return summary.month().atEndOfMonth().toString();
    }

    public String duration(java.time.Duration d) {
        return ReportWords.duration(d);
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }
}
