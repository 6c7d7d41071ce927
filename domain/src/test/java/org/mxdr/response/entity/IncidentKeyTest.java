package org.mxdr.response.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

class IncidentKeyTest {

    @Test
    void theShortIdIsThePrefixAndTheNumber() {
        Incident incident = Incident.report("tenant-1", 1042, new Incident.Report("ext-1", "Ransomware", Severity.HIGH, "Malware", "Impact",
                null, List.of(), List.of()), false, Instant.parse("2026-12-01T00:00:00Z"));
        assertEquals(1042, incident.getNumber());
        assertEquals("INC-1042", incident.getKey());
    }

    @Test
    void numbersStartAtOne() {
        assertThrows(IllegalArgumentException.class, () -> Incident.report("tenant-1", 0, new Incident.Report("ext-1", "Ransomware",
                Severity.HIGH, "Malware", "Impact", null, List.of(), List.of()), false, Instant.parse("2026-12-01T00:00:00Z")));
    }

    @Test
    void aShortIdIsReadAsPeopleTypeIt() {
        for (String typed : List.of("INC-1042", "inc-1042", " INC-1042 ", "INC1042", "1042")) {
            assertEquals(OptionalLong.of(1042), Incident.numberOf(typed), typed);
        }
    }

    @Test
    void otherTextsAreNoShortId() {
        for (String typed : List.of("", "INC-", "INC--5", "3f2b6c1e-8d7a-4e0b-9a51-2c4d6e8f0a1b", "ransomware", "INC-12a",
                "1234567890123456")) {
            assertEquals(OptionalLong.empty(), Incident.numberOf(typed), typed);
        }
        assertEquals(OptionalLong.empty(), Incident.numberOf(null));
    }
}
