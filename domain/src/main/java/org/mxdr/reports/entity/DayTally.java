package org.mxdr.reports.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.mxdr.reports.entity.ReportInputs.IncidentRow;
import org.mxdr.response.entity.ActionState;
import org.mxdr.servicelevels.entity.ClockKind;

/**
 * Counts a tenant's rows into per UTC day figures, as {@link ReportFigures#count} counts a period:
 * an incident on the day it was created (severity, category, tactic, its devices and users) and on
 * the day it was resolved (times to resolve), a card on the day it was completed. Fed with every row
 * of some days, it answers exactly those days' figures, whatever else the store holds.
 */
public final class DayTally {
    public static final String SEVERITY = "SEVERITY";
    public static final String CATEGORY = "CATEGORY";
    public static final String TACTIC = "TACTIC";
    /** Service-level outcomes of the incidents created on a day: name {@code KIND:Y} (met) or {@code KIND:N} (missed). */
    public static final String SLA = "SLA";
    /** The values of the medians: times to resolve, times to complete a card. */
    public static final String RESOLVE = "RESOLVE";
    public static final String CARD = "CARD";

    /** Incidents of a day (or month) per severity, category, tactic, device or user; the label is the greatest name seen. */
    public record DimensionCount(String dimension, String name, String label, long count) {
    }

    private final Map<LocalDate, DayFigures> figures = new TreeMap<>();
    private final Map<LocalDate, Map<String, List<Long>>> values = new TreeMap<>();
    private final Map<LocalDate, Map<String, DimensionCount>> counts = new TreeMap<>();

    public static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    /** An incident created on one of the days. */
    public void created(IncidentRow i) {
        LocalDate d = day(i.createdAt());
        figures.merge(d, DayFigures.NONE.created(), DayFigures::plus);
        count(d, SEVERITY, i.severity(), null, 1);
        count(d, CATEGORY, i.category(), null, 1);
        count(d, TACTIC, i.tactic(), null, 1);
        for (ClockKind kind : ClockKind.values()) {
            char outcome = i.slaMet() == null ? '-' : i.slaMet().charAt(kind.ordinal());
            if (outcome != '-') {
                count(d, SLA, slaName(kind, outcome == 'Y'), null, 1);
            }
        }
    }

    /** The {@link #SLA} count's name for a kind of target met or missed. */
    public static String slaName(ClockKind kind, boolean met) {
        return kind.name() + (met ? ":Y" : ":N");
    }

    /** An incident resolved on one of the days. */
    public void resolved(IncidentRow i) {
        LocalDate d = day(i.resolvedAt());
        figures.merge(d, DayFigures.NONE.resolved(i), DayFigures::plus);
        if (i.resolveMs() != null) {
            value(d, RESOLVE, i.resolveMs());
        }
    }

    /** {@code incidents} incidents created on the day involving the device or user ({@link IncidentFacts#DEVICE}, {@link IncidentFacts#USER}). */
    public void asset(LocalDate day, String kind, String externalId, String name, long incidents) {
        count(day, kind, externalId, name, incidents);
    }

    /** A card answered on one of the days: its time counts when the customer completed it. */
    public void card(String state, Instant answeredAt, Long answerMs) {
        if (ActionState.CUSTOMER_COMPLETED.name().equals(state) && answeredAt != null && answerMs != null) {
            value(day(answeredAt), CARD, answerMs);
        }
    }

    public Map<LocalDate, DayFigures> figures() {
        return figures;
    }

    /** Per day and figure ({@link #RESOLVE}, {@link #CARD}) the values, sorted. */
    public Map<LocalDate, Map<String, List<Long>>> values() {
        values.values().forEach(m -> m.values().forEach(l -> l.sort(null)));
        return values;
    }

    public Map<LocalDate, List<DimensionCount>> counts() {
        Map<LocalDate, List<DimensionCount>> result = new TreeMap<>();
        counts.forEach((d, m) -> result.put(d, List.copyOf(m.values())));
        return result;
    }

    private void value(LocalDate d, String figure, long ms) {
        values.computeIfAbsent(d, k -> new TreeMap<>()).computeIfAbsent(figure, k -> new ArrayList<>()).add(ms);
    }

    private void count(LocalDate d, String dimension, String name, String label, long n) {
        counts.computeIfAbsent(d, k -> new TreeMap<>()).merge(dimension + '\u0000' + name, new DimensionCount(dimension, name, label, n),
                (a, b) -> new DimensionCount(dimension, name, greatest(a.label(), b.label()), a.count() + b.count()));
    }

    /** The greatest of two names, as SQL's MAX: null only when both are. */
    public static String greatest(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) >= 0 ? a : b;
    }
}
