package org.mxdr.servicelevels.entity;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;

import org.mxdr.response.entity.Severity;

/**
 * What one incident counts in its tenant's service tally for the month it came in (UTC): open or
 * not by severity, each target met and decided (done, or its breach told), and its times to
 * acknowledge and to resolve. The service review adds up these counts instead of reading every
 * incident; each change of an incident adds the difference to its tally in the same transaction.
 *
 * @param counts one value per column of {@link #COLUMNS}, in that order
 */
public record IncidentTally(String tenantId, int month, long[] counts) {
    /** The tally's columns, as the table {@code service_tally} names them. */
    public static final String[] COLUMNS = {"open_high", "open_medium", "open_low", "open_informational",
        "acknowledge_met", "acknowledge_decided", "classify_met", "classify_decided", "resolve_met", "resolve_decided",
        "acknowledged_ms", "acknowledged", "resolved_ms", "resolved"};

    /** The counts of one incident in its own terms. */
    public record Facts(String tenantId, Instant createdAt, Severity openSeverity, Long acknowledgedInMs, Long acknowledgeTargetMs,
                        Long classifiedInMs, Long classifyTargetMs, Long resolvedInMs, Long resolveTargetMs, String notified) {
    }

    public static IncidentTally of(Facts f) {
        long[] c = new long[COLUMNS.length];
        if (f.openSeverity() != null) {
            c[f.openSeverity().ordinal()] = 1;
        }
        step(c, 4, f.acknowledgedInMs(), f.acknowledgeTargetMs(), f.notified(), ClockKind.ACKNOWLEDGE);
        step(c, 6, f.classifiedInMs(), f.classifyTargetMs(), f.notified(), ClockKind.CLASSIFY);
        step(c, 8, f.resolvedInMs(), f.resolveTargetMs(), f.notified(), ClockKind.RESOLVE);
        if (f.acknowledgedInMs() != null) {
            c[10] = f.acknowledgedInMs();
            c[11] = 1;
        }
        if (f.resolvedInMs() != null) {
            c[12] = f.resolvedInMs();
            c[13] = 1;
        }
        return new IncidentTally(f.tenantId(), monthOf(f.createdAt()), c);
    }

    // met: done within its target; decided: done, or its breach was told (a target missed and still open)
    private static void step(long[] c, int at, Long took, Long target, String notified, ClockKind kind) {
        c[at] = took != null && target != null && took <= target ? 1 : 0;
        c[at + 1] = took != null || notified.contains(kind.name()) ? 1 : 0;
    }

    /** The month as the tally keys it: 202611 for November 2026, in UTC. */
    public static int monthOf(Instant at) {
        ZonedDateTime utc = at.atZone(ZoneOffset.UTC);
        return utc.getYear() * 100 + utc.getMonthValue();
    }

    /** What changed from {@code before} (null: nothing was counted yet) to this; all zero when nothing did. */
    public long[] minus(IncidentTally before) {
        long[] delta = counts.clone();
        if (before != null) {
            for (int i = 0; i < delta.length; i++) {
                delta[i] -= before.counts[i];
            }
        }
        return delta;
    }

    public static boolean isZero(long[] delta) {
        return Arrays.stream(delta).allMatch(d -> d == 0);
    }

    /**
     * Each target's outcome, acknowledge, classify, resolve: 'Y' met, 'N' missed (done late or its
     * breach told), '-' not decided yet; "YN-", say. The tenant's report counts its compliance from it.
     */
    public String outcomes() {
        StringBuilder s = new StringBuilder();
        for (int at = 4; at < 10; at += 2) {
            s.append(counts[at + 1] == 0 ? '-' : counts[at] == 1 ? 'Y' : 'N');
        }
        return s.toString();
    }

    /** These counts taken away (the incident is deleted). */
    public long[] negated() {
        return Arrays.stream(counts).map(c -> -c).toArray();
    }
}
