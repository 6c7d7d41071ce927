package org.mxdr.notify.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mxdr.access.entity.Contact;
import org.mxdr.access.entity.WorkingHours;
import org.mxdr.platform.Conflict;

class EscalationTest {
    /** Monday 30 November 2026, 10:00 UTC: office hours in London, night in Los Angeles. */
    private static final Instant MONDAY_MORNING = Instant.parse("2026-11-30T10:00:00Z");

    private static Contact contact(String name, int order, WorkingHours hours) {
        return Contact.of("t", name, name.toLowerCase() + "@example.org", null, true, false, "admin", MONDAY_MORNING).onLadder(order, hours);
    }

    private static final Contact FIRST = contact("First", 1, WorkingHours.of("Europe/London", null, null, null, false));
    private static final Contact NIGHT = contact("Night", 2, WorkingHours.of("America/Los_Angeles", null, null, null, false));
    private static final Contact THIRD = contact("Third", 3, WorkingHours.of("Europe/Berlin", null, null, null, false));
    private static final Contact DESK = contact("Desk", 4, WorkingHours.allHours("UTC"));
    private static final List<Contact> LADDER = List.of(DESK, THIRD, NIGHT, FIRST);

    private static String next(int after, Set<String> told, Instant at) {
        return Escalation.next(LADDER, after, told, at).map(Contact::getName).orElse(null);
    }

    @Test
    void theNextContactInOrderWithinWorkingHoursIsNext() {
        assertEquals("First", next(0, Set.of(), MONDAY_MORNING));
        assertEquals("Third", next(1, Set.of(), MONDAY_MORNING), "Los Angeles is asleep: skipped");
        assertEquals("Night", next(1, Set.of(), Instant.parse("2026-11-30T17:30:00Z")), "09:30 in Los Angeles; 18:30 in Berlin");
    }

    @Test
    void withEveryoneAfterOffTheFirst24x7ContactIsNext() {
        Instant sunday = Instant.parse("2026-11-29T12:00:00Z");
        assertEquals("Desk", next(0, Set.of(), sunday));
        assertEquals("Desk", next(3, Set.of(), MONDAY_MORNING.plus(Duration.ofHours(12))));
        assertEquals(null, next(4, Set.of("desk@example.org"), sunday), "nobody left: the run waits for an acknowledgement");
    }

    @Test
    void withNobodyReachableTheFirstInOrderIsInChargeFirst() {
        Instant sundayNight = Instant.parse("2026-11-29T23:00:00Z");
        List<Contact> officeOnly = List.of(THIRD, NIGHT, FIRST);
        assertEquals("First", Escalation.firstInCharge(officeOnly, sundayNight).map(Contact::getName).orElse(null));
        assertEquals("Desk", Escalation.firstInCharge(LADDER, sundayNight).map(Contact::getName).orElse(null), "24x7 comes first when nobody else works");
    }

    @Test
    void aRunEscalatesUntilAcknowledgedOnce() {
        Escalation run = Escalation.start("i", "t", FIRST, MONDAY_MORNING, Duration.ofMinutes(15));
        assertFalse(run.isDue(MONDAY_MORNING.plus(Duration.ofMinutes(14))));
        assertTrue(run.isDue(MONDAY_MORNING.plus(Duration.ofMinutes(15))));
        run.escalatedTo(THIRD, MONDAY_MORNING.plus(Duration.ofMinutes(15)), Duration.ofMinutes(15));
        assertEquals(3, run.getCurrentOrder());
        assertEquals(MONDAY_MORNING.plus(Duration.ofMinutes(30)), run.getNextDueAt());
        run.acknowledge("Third <third@example.org>", MONDAY_MORNING.plus(Duration.ofMinutes(20)));
        assertEquals(Escalation.State.ACKNOWLEDGED, run.getState());
        assertFalse(run.isDue(MONDAY_MORNING.plus(Duration.ofHours(2))), "an acknowledged run is never due");
        Conflict again = assertThrows(Conflict.class, () -> run.acknowledge("First <first@example.org>", MONDAY_MORNING.plus(Duration.ofMinutes(21))));
        assertTrue(again.getMessage().contains("Third"), again.getMessage());
    }

    @Test
    void theLinkVerifiesOnlyUnchanged() {
        Escalation run = Escalation.start("00000000-0000-0000-0000-000000000001", "t", FIRST, MONDAY_MORNING, Duration.ofMinutes(15));
        EscalationStep step = EscalationStep.told(run, FIRST, true, "told at intake", MONDAY_MORNING);
        String token = step.token();
        assertEquals(step.getId(), EscalationStep.stepId(token));
        assertTrue(step.signs(token));
        char last = token.charAt(token.length() - 1);
        assertFalse(step.signs(token.substring(0, token.length() - 1) + (last == '0' ? '1' : '0')), "a changed signature");
        assertFalse(step.signs(token.substring(0, token.length() - 2)), "a shortened one");
        EscalationStep other = EscalationStep.told(run, FIRST, true, "told at intake", MONDAY_MORNING);
        assertFalse(other.signs(other.getId() + token.substring(token.indexOf('.'))), "another step's signature");
        assertEquals(Optional.empty(), Optional.ofNullable(EscalationStep.stepId("no-token")));
    }
}
