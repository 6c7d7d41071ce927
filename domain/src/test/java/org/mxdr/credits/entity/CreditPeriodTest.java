package org.mxdr.credits.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mxdr.platform.BadInput;

class CreditPeriodTest {

    @Test
    void monthsAndQuartersReadAndPrintTheSame() {
        assertEquals("2026-12", CreditPeriod.parse("2026-12").toString());
        assertEquals("2026-Q4", CreditPeriod.parse("2026-Q4").toString());
        assertEquals("2026-Q4", CreditPeriod.parse(" 2026-q4 ").toString());
        assertEquals(CreditPeriod.Kind.MONTH, CreditPeriod.parse("2027-01").kind());
    }

    @Test
    void boundsAreInclusiveDaysAndLeapYearsCount() {
        CreditPeriod feb = CreditPeriod.parse("2028-02");
        assertEquals(LocalDate.of(2028, 2, 1), feb.start());
        assertEquals(LocalDate.of(2028, 2, 29), feb.end());
        assertEquals(LocalDate.of(2027, 2, 28), CreditPeriod.parse("2027-02").end());
        CreditPeriod q4 = CreditPeriod.parse("2026-Q4");
        assertEquals(LocalDate.of(2026, 10, 1), q4.start());
        assertEquals(LocalDate.of(2026, 12, 31), q4.end());
        assertEquals("2027-Q1", q4.next().toString());
        assertEquals("2027-01", CreditPeriod.parse("2026-12").next().toString());
        assertTrue(q4.contains(LocalDate.of(2026, 12, 31)));
        assertFalse(q4.contains(LocalDate.of(2027, 1, 1)));
        assertEquals("2026-Q3", CreditPeriod.quarterOf(LocalDate.of(2026, 9, 30)).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "2026", "2026-13", "2026-00", "2026-Q5", "2026-Q0", "26-12", "2026/12", "1999-12", "december",
            "2026-12-01", "2026-1", "2026-Q"})
    void anythingElseIsRefusedNamingThePeriod(String text) {
        BadInput refused = assertThrows(BadInput.class, () -> CreditPeriod.parse(text));
        assertEquals("period", refused.field());
        assertTrue(refused.getMessage().contains("2026-Q4"), refused.getMessage());
    }

    @Test
    void nullIsRefusedToo() {
        assertEquals("period", assertThrows(BadInput.class, () -> CreditPeriod.parse(null)).field());
    }
}
