package org.mxdr.servicelevels.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;

import org.mxdr.response.entity.Severity;
import org.mxdr.servicelevels.boundary.ServiceReviewRow;
import org.mxdr.servicelevels.entity.ClockKind;
import org.mxdr.servicelevels.entity.Compliance;

/** The service review as CSV, one row per tenant: what the page shows, for the spreadsheet the delivery manager keeps. */
public final class ServiceReviewCsv {
    private static final String HEADER = "month,tenantId,tenant,readiness,openHigh,openMedium,openLow,openInformational,"
            + "acknowledgeMet,acknowledgeDecided,classifyMet,classifyDecided,resolveMet,resolveDecided,meanTimeToAcknowledge,"
            + "meanTimeToResolve,pendingCustomerActions,creditsUsed,grantExpiresAt";

    private ServiceReviewCsv() {
    }

    public static void write(YearMonth month, List<ServiceReviewRow> rows, Writer out) {
        try {
            out.write(HEADER + "\r\n");
            for (ServiceReviewRow r : rows) {
                StringBuilder line = new StringBuilder().append(month).append(',').append(r.tenantId()).append(',').append(cell(r.tenantName()))
                        .append(',').append(r.readiness().name());
                for (Severity s : Severity.values()) {
                    line.append(',').append(r.openCount(s));
                }
                for (ClockKind k : ClockKind.values()) {
                    Compliance c = r.complianceOf(k);
                    line.append(',').append(c.met()).append(',').append(c.decided());
                }
                line.append(',').append(duration(r.meanTimeToAcknowledge())).append(',').append(duration(r.meanTimeToResolve()))
                        .append(',').append(r.pendingCustomerActions()).append(',').append(r.creditsUsed()).append(',')
                        .append(r.grantExpiresAt() == null ? "" : r.grantExpiresAt().toString());
                out.write(line + "\r\n");
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String duration(Duration d) {
        return d == null ? "" : d.withNanos(0).toString();
    }

    /** Quoted when needed; a leading formula character is defused so a spreadsheet shows the name, not a formula. */
    static String cell(String text) {
        String s = text == null ? "" : text;
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
