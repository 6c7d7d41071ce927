package org.mxdr.reports.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mxdr.platform.BadInput;

class ReportPeriodTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void theDefaultIsTheLastThirtyDaysIncludingToday() {
        assertEquals(new ReportPeriod(LocalDate.of(2026, 11, 3), TODAY), ReportPeriod.parse(null, "", TODAY));
    }

    @Test
    void datesAreUtcDaysBothIncluded() {
        ReportPeriod p = ReportPeriod.parse("2026-11-01", "2026-11-30", TODAY);
        assertEquals(Instant.parse("2026-11-01T00:00:00Z"), p.start());
        assertEquals(Instant.parse("2026-12-01T00:00:00Z"), p.end());
        assertTrue(p.covers(Instant.parse("2026-11-30T23:59:59.999Z")));
        assertFalse(p.covers(Instant.parse("2026-12-01T00:00:00Z")));
        assertFalse(p.covers(Instant.parse("2026-10-31T23:59:59.999Z")));
        assertEquals("November 2026", p.label());
    }

    @Test
    void badInputNamesItsField() {
        assertEquals("from", assertThrows(BadInput.class, () -> ReportPeriod.parse("yesterday", null, TODAY)).field());
        assertEquals("to", assertThrows(BadInput.class, () -> ReportPeriod.parse("2026-11-02", "2026-11-01", TODAY)).field());
        assertEquals("to", assertThrows(BadInput.class, () -> ReportPeriod.parse(null, "2026-13-01", TODAY)).field());
        assertEquals("from", assertThrows(BadInput.class, () -> ReportPeriod.parse("2024-01-01", "2026-11-01", TODAY)).field());
        assertEquals("months", assertThrows(BadInput.class, () -> ReportPeriod.months("0")).field());
        assertEquals("months", assertThrows(BadInput.class, () -> ReportPeriod.months("six")).field());
        assertEquals("month", assertThrows(BadInput.class, () -> ReportPeriod.yearMonth("11/2026", TODAY)).field());
    }

    @Test
    void trendsAreCalendarMonthsEndingToday() {
        List<ReportPeriod> months = ReportPeriod.lastMonths(ReportPeriod.months(null), TODAY);
        assertEquals(6, months.size());
        assertEquals(new ReportPeriod(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31)), months.get(0));
        assertEquals(new ReportPeriod(LocalDate.of(2026, 12, 1), TODAY), months.get(5));
        assertEquals(YearMonth.of(2026, 11), ReportPeriod.yearMonth(null, TODAY));
    }
}
