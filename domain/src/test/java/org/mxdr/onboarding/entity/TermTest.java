package org.mxdr.onboarding.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.mxdr.platform.BadInput;

class TermTest {
    private static final LocalDate FIRST = LocalDate.parse("2026-12-01");
    private static final LocalDate LAST = LocalDate.parse("2027-11-30");
    private static final Term YEAR = Term.of(FIRST, LAST);

    @Test
    void bothDaysAreInside() {
        assertTrue(YEAR.isAheadOn(FIRST.minusDays(1)));
        assertFalse(YEAR.isAheadOn(FIRST));
        assertFalse(YEAR.isOverOn(LAST));
        assertTrue(YEAR.isOverOn(LAST.plusDays(1)));
    }

    @Test
    void endsAtTheEndOfItsLastDayUtc() {
        assertEquals(Instant.parse("2027-12-01T00:00:00Z"), YEAR.endsAt());
    }

    @Test
    void refusesAMissingDayOrAnEndNotAfterTheStartByField() {
        assertEquals("termStart", assertThrows(BadInput.class, () -> Term.of(null, LAST)).field());
        assertEquals("termEnd", assertThrows(BadInput.class, () -> Term.of(FIRST, null)).field());
        assertEquals("termEnd", assertThrows(BadInput.class, () -> Term.of(FIRST, FIRST)).field());
        assertEquals("termEnd", assertThrows(BadInput.class, () -> Term.of(FIRST, FIRST.minusDays(1))).field());
        assertEquals(FIRST.plusDays(1), Term.of(FIRST, FIRST.plusDays(1)).lastDay(), "two days are a term");
    }

    @Test
    void isAValue() {
        assertEquals(Term.of(FIRST, LAST), YEAR);
        assertEquals(Term.of(FIRST, LAST).hashCode(), YEAR.hashCode());
        assertNotEquals(Term.of(FIRST, LAST.minusDays(1)), YEAR);
        assertEquals("2026-12-01..2027-11-30", YEAR.toString());
    }
}
