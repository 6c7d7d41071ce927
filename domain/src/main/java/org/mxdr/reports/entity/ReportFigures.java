package org.mxdr.reports.entity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.mxdr.reports.entity.ReportInputs.AssetRow;
import org.mxdr.reports.entity.ReportInputs.CardRow;
import org.mxdr.reports.entity.ReportInputs.IncidentRow;
import org.mxdr.response.entity.ActionState;
import org.mxdr.response.entity.Severity;
import org.mxdr.servicelevels.entity.ClockKind;
import org.mxdr.servicelevels.entity.Compliance;

/**
 * Every figure of a tenant's report for one period, counted as
 * {@link HowWeCount} says. Durations are null where there is nothing to average.
 */
public record ReportFigures(ReportPeriod period, long investigated, long resolved, long resolvedDirectly, long resolvedWithCustomer,
                            Duration meanTimeToResolve, Duration medianTimeToResolve, Duration meanExpertsTime, Duration meanCustomerTime,
                            Duration medianCustomerTaskTime, long cardsCompleted, List<Count> bySeverity, List<Count> byCategory,
                            List<Count> byTactic, List<Count> topDevices, List<Count> topUsers, CustomerActions cards,
                            Map<ClockKind, Compliance> serviceLevels) {
    public static final int TOP = 5;

    /** A name and how many incidents it stands for. */
    public record Count(String name, long count) {
    }

    /**
     * Counts the figures from the store's rows: incidents created or resolved in the period, the
     * assets of the period's incidents grouped, and the cards of incidents created in the period
     * or answered in it. Rows outside the period are ignored, so a wider read changes nothing.
     */
    public static ReportFigures count(ReportPeriod period, List<IncidentRow> incidents, List<AssetRow> assets, List<CardRow> cards) {
        List<IncidentRow> investigated = incidents.stream().filter(i -> period.covers(i.createdAt())).toList();
        List<IncidentRow> resolved = incidents.stream().filter(i -> period.covers(i.resolvedAt())).toList();
        long withCustomer = resolved.stream().filter(i -> IncidentFacts.WITH_CUSTOMER.equals(i.resolution())).count();
        List<Long> resolveMs = resolved.stream().map(IncidentRow::resolveMs).filter(Objects::nonNull).toList();
        List<Long> cardMs = cards.stream().filter(c -> ActionState.CUSTOMER_COMPLETED.name().equals(c.state()) && period.covers(c.answeredAt()))
                .map(CardRow::answerMs).filter(Objects::nonNull).toList();
        return new ReportFigures(period, investigated.size(), resolved.size(), resolved.size() - withCustomer, withCustomer,
                mean(resolveMs), median(resolveMs), mean(resolved.stream().map(IncidentRow::expertMs).filter(Objects::nonNull).toList()),
                mean(resolved.stream().map(IncidentRow::customerMs).toList()), median(cardMs), cardMs.size(), bySeverity(investigated),
                ranked(investigated, IncidentRow::category, Integer.MAX_VALUE), ranked(investigated, IncidentRow::tactic, Integer.MAX_VALUE),
                top(assets, IncidentFacts.DEVICE), top(assets, IncidentFacts.USER), CustomerActions.of(cards, period), serviceLevels(investigated));
    }

    /** Per kind of target, of the period's incidents: how many met it of those decided (met, or missed). */
    static Map<ClockKind, Compliance> serviceLevels(List<IncidentRow> incidents) {
        Map<ClockKind, Compliance> compliance = new EnumMap<>(ClockKind.class);
        for (ClockKind kind : ClockKind.values()) {
            long met = 0;
            long decided = 0;
            for (IncidentRow i : incidents) {
                char outcome = i.slaMet() == null ? '-' : i.slaMet().charAt(kind.ordinal());
                met += outcome == 'Y' ? 1 : 0;
                decided += outcome == '-' ? 0 : 1;
            }
            compliance.put(kind, new Compliance(met, decided));
        }
        return compliance;
    }

    /**
     * The same figures from a period's days as the reporting store keeps them: the sum of its days'
     * {@link DayFigures}, the values of its medians, its incidents per severity, category and tactic
     * summed over the days ({@link DayTally.DimensionCount}), its most affected devices and users, and
     * its cards. Answers what {@link #count} answers for the period's rows.
     */
    public static ReportFigures fromDays(ReportPeriod period, DayFigures days, List<Long> resolveMs, List<Long> cardMs,
                                         List<DayTally.DimensionCount> counts, List<AssetRow> assets, List<CardRow> cards) {
        return fromDays(period, days, resolveMs, cardMs, counts, assets, CustomerActions.of(cards, period));
    }

    /** As {@link #fromDays(ReportPeriod, DayFigures, List, List, List, List, List)}, with the cards' first page and counts as read. */
    public static ReportFigures fromDays(ReportPeriod period, DayFigures days, List<Long> resolveMs, List<Long> cardMs,
                                         List<DayTally.DimensionCount> counts, List<AssetRow> assets, CustomerActions actions) {
        Map<String, Long> severities = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            severities.put(s.name(), 0L);
        }
        counts.stream().filter(c -> DayTally.SEVERITY.equals(c.dimension())).forEach(c -> severities.merge(c.name(), c.count(), Long::sum));
        List<Count> bySeverity = severities.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList();
        return new ReportFigures(period, days.investigated(), days.resolved(), days.resolved() - days.resolvedWithCustomer(),
                days.resolvedWithCustomer(), ratio(days.resolveMsTotal(), days.resolveMsCount()), median(resolveMs),
                ratio(days.expertMsTotal(), days.expertMsCount()), ratio(days.customerMsTotal(), days.resolved()), median(cardMs), cardMs.size(),
                bySeverity, dimension(counts, DayTally.CATEGORY), dimension(counts, DayTally.TACTIC), top(assets, IncidentFacts.DEVICE),
                top(assets, IncidentFacts.USER), actions, complianceOfDays(counts));
    }

    /** Per kind of target, from the days' {@link DayTally#SLA} counts: as {@link #serviceLevels} counts the rows. */
    static Map<ClockKind, Compliance> complianceOfDays(List<DayTally.DimensionCount> counts) {
        Map<String, Long> byName = new LinkedHashMap<>();
        counts.stream().filter(c -> DayTally.SLA.equals(c.dimension())).forEach(c -> byName.merge(c.name(), c.count(), Long::sum));
        Map<ClockKind, Compliance> compliance = new EnumMap<>(ClockKind.class);
        for (ClockKind kind : ClockKind.values()) {
            long met = byName.getOrDefault(DayTally.slaName(kind, true), 0L);
            long missed = byName.getOrDefault(DayTally.slaName(kind, false), 0L);
            compliance.put(kind, new Compliance(met, met + missed));
        }
        return compliance;
    }

    public boolean empty() {
        return investigated == 0 && resolved == 0;
    }

    /** The first page of the period's cards (all of them when they fit one page). */
    public List<CardRow> customerActions() {
        return cards.firstPage();
    }

    /** The period's cards, all of them. */
    public long customerActionsTotal() {
        return cards.total();
    }

    /** The period's cards still awaiting the customer. */
    public long customerActionsPending() {
        return cards.awaiting();
    }

    static Duration mean(List<Long> ms) {
        if (ms.isEmpty()) {
            return null;
        }
        return Duration.ofMillis(ms.stream().mapToLong(Long::longValue).sum() / ms.size());
    }

    private static Duration ratio(long totalMs, long count) {
        return count == 0 ? null : Duration.ofMillis(totalMs / count);
    }

    private static List<Count> dimension(List<DayTally.DimensionCount> counts, String dimension) {
        Map<String, Long> byName = new LinkedHashMap<>();
        counts.stream().filter(c -> dimension.equals(c.dimension())).forEach(c -> byName.merge(c.name(), c.count(), Long::sum));
        return byName.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).sorted(BY_COUNT).toList();
    }

    static Duration median(List<Long> ms) {
        if (ms.isEmpty()) {
            return null;
        }
        List<Long> sorted = ms.stream().sorted().toList();
        int mid = sorted.size() / 2;
        long value = sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
        return Duration.ofMillis(value);
    }

    private static List<Count> bySeverity(List<IncidentRow> incidents) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            counts.put(s.name(), 0L);
        }
        incidents.forEach(i -> counts.merge(i.severity(), 1L, Long::sum));
        List<Count> result = new ArrayList<>();
        counts.forEach((k, v) -> result.add(new Count(k, v)));
        return List.copyOf(result);
    }

    private static List<Count> ranked(List<IncidentRow> incidents, Function<IncidentRow, String> key, int limit) {
        Map<String, Long> counts = new LinkedHashMap<>();
        incidents.forEach(i -> counts.merge(key.apply(i), 1L, Long::sum));
        return counts.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).sorted(BY_COUNT).limit(limit).toList();
    }

    private static List<Count> top(List<AssetRow> assets, String kind) {
        return assets.stream().filter(a -> kind.equals(a.kind())).map(a -> new Count(a.label(), a.incidents())).sorted(BY_COUNT).limit(TOP).toList();
    }

    private static final Comparator<Count> BY_COUNT = Comparator.comparingLong(Count::count).reversed().thenComparing(Count::name);
}
