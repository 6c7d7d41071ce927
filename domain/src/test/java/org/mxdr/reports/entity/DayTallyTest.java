package org.mxdr.reports.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.mxdr.reports.entity.ReportInputs.AssetRow;
import org.mxdr.reports.entity.ReportInputs.CardRow;
import org.mxdr.reports.entity.ReportInputs.IncidentRow;

/** The figures summed from days equal the figures counted from the period's rows, for any period. */
class DayTallyTest {
    static final Instant START = Instant.parse("2026-09-01T00:00:00Z");
    static final String[] SEVERITIES = {"HIGH", "MEDIUM", "LOW", "INFORMATIONAL"};

    record Asset(String incidentId, String kind, String externalId, String name, Instant createdAt) {
    }

    @Test
    void theHandCountedMonthFromItsDays() {
        List<IncidentRow> incidents = List.of(ReportFiguresTest.FIRST_INSTANT, ReportFiguresTest.WITH_HELP, ReportFiguresTest.ACROSS_THE_END,
                ReportFiguresTest.BEFORE_THE_START, ReportFiguresTest.AFTER_THE_END);
        List<Asset> assets = List.of(new Asset("i1", "DEVICE", "d1", "laptop-1", ReportFiguresTest.FIRST_INSTANT.createdAt()),
                new Asset("i2", "DEVICE", "d1", "laptop-1", ReportFiguresTest.WITH_HELP.createdAt()),
                new Asset("i3", "DEVICE", "d2", null, ReportFiguresTest.ACROSS_THE_END.createdAt()),
                new Asset("i1", "USER", "u1", "Ann", ReportFiguresTest.FIRST_INSTANT.createdAt()));
        ReportFigures days = fromDays(ReportFiguresTest.NOVEMBER, incidents, assets, ReportFiguresTest.CARDS);
        assertEquals(ReportFigures.count(ReportFiguresTest.NOVEMBER, incidents, periodAssets(ReportFiguresTest.NOVEMBER, assets),
                ReportFiguresTest.CARDS), days);
        assertEquals(3, days.investigated());
        assertEquals(java.time.Duration.ofHours(24), days.medianTimeToResolve());
    }

    @TestFactory
    Stream<DynamicTest> randomRowsAnyPeriod() {
        Random random = new Random(20261202);
        List<IncidentRow> incidents = new ArrayList<>();
        List<Asset> assets = new ArrayList<>();
        List<CardRow> cards = new ArrayList<>();
        for (int n = 0; n < 600; n++) {
            Instant created = START.plusSeconds(random.nextInt(120 * 86_400));
            boolean resolved = random.nextInt(4) > 0;
            Long resolveMs = resolved ? (long) random.nextInt(72 * 3_600_000) : null;
            long customerMs = resolved && random.nextBoolean() ? random.nextInt(3_600_000) : 0;
            String id = "i" + n;
            incidents.add(new IncidentRow(id, SEVERITIES[random.nextInt(4)], "cat-" + random.nextInt(6), "tac-" + random.nextInt(8), created,
                    resolved ? created.plusMillis(resolveMs) : null, resolved ? (customerMs > 0 ? "WITH_CUSTOMER" : "EXPERTS") : null, resolveMs,
                    resolveMs == null || random.nextInt(10) == 0 ? null : resolveMs - customerMs, customerMs,
                    random.nextInt(5) == 0 ? null : "" + "YN-".charAt(random.nextInt(3)) + "YN-".charAt(random.nextInt(3)) + "YN-".charAt(random.nextInt(3))));
            assets.add(new Asset(id, "DEVICE", "d" + random.nextInt(30), "host-" + random.nextInt(3), created));
            assets.add(new Asset(id, "USER", "u" + random.nextInt(20), random.nextInt(5) == 0 ? null : "user-" + random.nextInt(2), created));
            if (random.nextInt(3) == 0) {
                Instant requested = created.plusSeconds(600);
                String state = List.of("CUSTOMER_COMPLETED", "SKIPPED", "AWAITING_CUSTOMER").get(random.nextInt(3));
                Instant answered = "AWAITING_CUSTOMER".equals(state) ? null : requested.plusMillis(random.nextInt(48 * 3_600_000));
                cards.add(new CardRow(id, "Incident " + id, "HIGH", created, "DISABLE_USER", "u1", state, requested, answered,
                        answered == null ? null : answered.toEpochMilli() - requested.toEpochMilli()));
            }
        }
        LocalDate first = LocalDate.of(2026, 8, 25);
        return Stream.generate(() -> {
            LocalDate from = first.plusDays(random.nextInt(130));
            return new ReportPeriod(from, from.plusDays(random.nextInt(70)));
        }).limit(40).map(p -> DynamicTest.dynamicTest(p.label(), () -> assertEquals(
                ReportFigures.count(p, incidents, periodAssets(p, assets), cards), fromDays(p, incidents, assets, cards))));
    }

    /** What the store's day rows give a period: every day's tally, summed over the period's days. */
    static ReportFigures fromDays(ReportPeriod p, List<IncidentRow> incidents, List<Asset> assets, List<CardRow> cards) {
        DayTally tally = new DayTally();
        incidents.forEach(tally::created);
        incidents.stream().filter(i -> i.resolvedAt() != null).forEach(tally::resolved);
        Map<String, Asset> perDay = new LinkedHashMap<>();
        Map<String, Long> n = new LinkedHashMap<>();
        for (Asset a : assets) {
            String key = DayTally.day(a.createdAt()) + a.kind() + a.externalId();
            perDay.merge(key, a, (x, y) -> DayTally.greatest(x.name(), y.name()) == x.name() ? x : y);
            n.merge(key, 1L, Long::sum);
        }
        perDay.forEach((k, a) -> tally.asset(DayTally.day(a.createdAt()), a.kind(), a.externalId(), a.name(), n.get(k)));
        cards.forEach(c -> tally.card(c.state(), c.answeredAt(), c.answerMs()));
        DayFigures sum = tally.figures().entrySet().stream().filter(e -> in(p, e.getKey())).map(Map.Entry::getValue)
                .reduce(DayFigures.NONE, DayFigures::plus);
        List<Long> resolveMs = new ArrayList<>();
        List<Long> cardMs = new ArrayList<>();
        tally.values().forEach((d, v) -> {
            if (in(p, d)) {
                resolveMs.addAll(v.getOrDefault(DayTally.RESOLVE, List.of()));
                cardMs.addAll(v.getOrDefault(DayTally.CARD, List.of()));
            }
        });
        List<DayTally.DimensionCount> counts = tally.counts().entrySet().stream().filter(e -> in(p, e.getKey()))
                .flatMap(e -> e.getValue().stream()).toList();
        Map<String, AssetRow> top = new LinkedHashMap<>();
        counts.stream().filter(c -> c.dimension().equals("DEVICE") || c.dimension().equals("USER")).forEach(c -> top.merge(c.dimension() + c.name(),
                new AssetRow(c.dimension(), c.name(), c.label(), c.count()),
                (x, y) -> new AssetRow(x.kind(), x.externalId(), DayTally.greatest(x.name(), y.name()), x.incidents() + y.incidents())));
        return ReportFigures.fromDays(p, sum, resolveMs, cardMs, counts, List.copyOf(top.values()), cards);
    }

    /** The store's asset query for a period: per device and user, the period's incidents and its greatest name. */
    static List<AssetRow> periodAssets(ReportPeriod p, List<Asset> assets) {
        Map<String, AssetRow> rows = new LinkedHashMap<>();
        assets.stream().filter(a -> p.covers(a.createdAt())).forEach(a -> rows.merge(a.kind() + a.externalId(),
                new AssetRow(a.kind(), a.externalId(), a.name(), 1),
                (x, y) -> new AssetRow(x.kind(), x.externalId(), DayTally.greatest(x.name(), y.name()), x.incidents() + 1)));
        return List.copyOf(rows.values());
    }

    private static boolean in(ReportPeriod p, LocalDate d) {
        return !d.isBefore(p.from()) && !d.isAfter(p.to());
    }
}
