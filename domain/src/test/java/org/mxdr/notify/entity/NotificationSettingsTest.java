package org.mxdr.notify.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mxdr.platform.BadInput;
import org.mxdr.response.entity.Severity;

class NotificationSettingsTest {

    @Test
    void theDefaultsAreHighAndMediumTheMonthlyReportAnd15Minutes() {
        NotificationSettings s = NotificationSettings.defaults("t");
        assertEquals(EnumSet.of(Severity.HIGH, Severity.MEDIUM), s.getIncidentSeverities());
        assertTrue(s.isMonthlyReport());
        assertEquals(15, s.getEscalationMinutes());
        assertTrue(s.notifiesOf(Severity.HIGH));
        assertFalse(s.notifiesOf(Severity.LOW));
    }

    @Test
    void aChangeKeepsItsWordsAndRefusesWhatIsOutOfRange() {
        NotificationSettings s = NotificationSettings.defaults("t");
        s.change(NotificationSettings.severities(List.of(" low", "INFORMATIONAL")), false, 30);
        assertEquals(EnumSet.of(Severity.LOW, Severity.INFORMATIONAL), s.getIncidentSeverities());
        assertEquals("incident severities=LOW,INFORMATIONAL; monthly report=off; escalate after 30 min", s.describe());
        s.change(NotificationSettings.severities(List.of()), true, 1);
        assertEquals("incident severities=none; monthly report=on; escalate after 1 min", s.describe());
        assertEquals("incidentSeverities", assertThrows(BadInput.class, () -> NotificationSettings.severities(List.of("SEVERE"))).field());
        assertEquals("escalationMinutes", assertThrows(BadInput.class, () -> s.change(EnumSet.of(Severity.HIGH), true, 0)).field());
        assertEquals("escalationMinutes", assertThrows(BadInput.class, () -> s.change(EnumSet.of(Severity.HIGH), true, 1441)).field());
        assertEquals(EnumSet.noneOf(Severity.class), s.getIncidentSeverities(), "a refused change changes nothing");
    }
}
