package org.mxdr.access.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mxdr.platform.BadInput;

class WorkingHoursTest {
    private static final WorkingHours LONDON = WorkingHours.of("Europe/London", null, null, null, false);

    @Test
    void officeHoursAreCountedInTheContactsOwnTimeZone() {
        // Monday 30 November 2026: London is on UTC in winter
        assertFalse(LONDON.covers(Instant.parse("2026-11-30T08:59:00Z")));
        assertTrue(LONDON.covers(Instant.parse("2026-11-30T09:00:00Z")));
        assertTrue(LONDON.covers(Instant.parse("2026-11-30T16:59:00Z")));
        assertFalse(LONDON.covers(Instant.parse("2026-11-30T17:00:00Z")), "the end is exclusive");
        assertFalse(LONDON.covers(Instant.parse("2026-11-28T12:00:00Z")), "Saturday");
        // in summer London is UTC+1: 08:30 UTC is 09:30 there
        assertTrue(LONDON.covers(Instant.parse("2026-07-06T08:30:00Z")));
        assertFalse(LONDON.covers(Instant.parse("2026-07-06T16:30:00Z")));
    }

    @Test
    void theLocalDayDecidesAcrossTheDateLine() {
        WorkingHours auckland = WorkingHours.of("Pacific/Auckland", List.of("MON", "TUE", "WED", "THU", "FRI"), "08:00", "18:00", false);
        // Sunday 29 November 2026 21:00 UTC is Monday 10:00 in Auckland (UTC+13 in summer)
        assertTrue(auckland.covers(Instant.parse("2026-11-29T21:00:00Z")));
        // Friday 4 December 2026 21:00 UTC is Saturday 10:00 in Auckland
        assertFalse(auckland.covers(Instant.parse("2026-12-04T21:00:00Z")));
        WorkingHours losAngeles = WorkingHours.of("America/Los_Angeles", null, "09:00", "17:00", false);
        // Monday 30 November 2026 02:00 UTC is still Sunday 18:00 in Los Angeles
        assertFalse(losAngeles.covers(Instant.parse("2026-11-30T02:00:00Z")));
        assertTrue(losAngeles.covers(Instant.parse("2026-11-30T18:00:00Z")));
    }

    @Test
    void overnightHoursBelongToTheDayTheyStart() {
        WorkingHours night = WorkingHours.of("UTC", List.of("FRI"), "22:00", "06:00", false);
        assertTrue(night.covers(Instant.parse("2026-12-04T23:00:00Z")), "Friday night");
        assertTrue(night.covers(Instant.parse("2026-12-05T05:59:00Z")), "early Saturday is Friday's shift");
        assertFalse(night.covers(Instant.parse("2026-12-05T23:00:00Z")), "Saturday night is no shift");
        assertFalse(night.covers(Instant.parse("2026-12-04T05:00:00Z")), "early Friday is Thursday's shift");
    }

    @Test
    void aContactMarked24x7IsAlwaysReachable() {
        WorkingHours always = WorkingHours.allHours("Asia/Tokyo");
        assertTrue(always.covers(Instant.parse("2026-11-29T03:00:00Z")));
        assertEquals("24x7 (Asia/Tokyo)", always.describe());
        assertEquals("Mon-Fri 09:00-17:00 (Europe/London)", LONDON.describe());
        assertEquals("Mon-Wed,Sat", WorkingHours.daysInWords(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.SATURDAY)));
        assertEquals("Sat,Sun", WorkingHours.daysInWords(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)));
        assertEquals("Mon,Tue,Thu", WorkingHours.daysInWords(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY)));
    }

    @Test
    void eachBadValueIsNamed() {
        assertEquals("timeZone", assertThrows(BadInput.class, () -> WorkingHours.of("Mars/Olympus", null, null, null, false)).field());
        assertEquals("workingDays", assertThrows(BadInput.class, () -> WorkingHours.of("UTC", List.of("MON", "Funday"), null, null, false)).field());
        assertEquals("workingFrom", assertThrows(BadInput.class, () -> WorkingHours.of("UTC", null, "9am", null, false)).field());
        assertEquals("workingTo", assertThrows(BadInput.class, () -> WorkingHours.of("UTC", null, "09:00", "25:00", false)).field());
        assertEquals("workingTo", assertThrows(BadInput.class, () -> WorkingHours.of("UTC", null, "09:00", "09:00", false)).field());
    }
}
