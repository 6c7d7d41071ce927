package org.mxdr.servicelevels.view;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mxdr.response.entity.Severity;
import org.mxdr.servicelevels.api.ServiceReviewCsv;
import org.mxdr.servicelevels.boundary.ServiceReviewRow;
import org.mxdr.servicelevels.boundary.ServiceReviewService;
import org.mxdr.servicelevels.entity.ClockKind;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The delivery manager's service review: one month across tenants, and its CSV. */
@Named
@ViewScoped
public class ServiceReviewView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int MONTHS_OFFERED = 12;

    @Inject
    transient ServiceReviewService review;

    private YearMonth month;
    private boolean mine;
    private List<ServiceReviewRow> rows = List.of();

    public void load() {
        if (month == null) {
            month = review.currentMonth();
        }
        rows = review.month(month, mine);
    }

    public StreamedContent getCsv() {
        YearMonth m = month;
        List<ServiceReviewRow> shown = rows;
        return DefaultStreamedContent.builder().name("service-review-" + m + ".csv").contentType("text/csv; charset=UTF-8")
                .writer(out -> ServiceReviewCsv.write(m, shown, new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)))).build();
    }

    /** The months the page offers: this one and the eleven before. */
    public List<String> getMonths() {
        YearMonth now = review.currentMonth();
        List<String> months = new ArrayList<>();
        for (int i = 0; i < MONTHS_OFFERED; i++) {
            months.add(now.minusMonths(i).toString());
        }
        return months;
    }

    public List<ServiceReviewRow> getRows() {
        return rows;
    }

    public List<Severity> getSeverities() {
        return List.of(Severity.values());
    }

    public List<ClockKind> getKinds() {
        return List.of(ClockKind.values());
    }

    public String mean(Duration d) {
        return d == null ? "–" : SlaBadges.words(d);
    }

    /** Only the tenants the caller looks after as their delivery manager. */
    public boolean isMine() {
        return mine;
    }

    public void setMine(boolean mine) {
        this.mine = mine;
    }

    public String getMonth() {
        return month == null ? null : month.toString();
    }

    public void setMonth(String month) {
        this.month = month == null || month.isBlank() ? null : YearMonth.parse(month);
    }
}
