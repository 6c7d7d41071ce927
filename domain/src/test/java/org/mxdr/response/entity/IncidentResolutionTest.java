package org.mxdr.response.entity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mxdr.platform.Conflict;

/** The page offers "Resolve" exactly when {@link Incident#resolve} would accept it: one rule, in the entity. */
class IncidentResolutionTest {
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    private static Incident reported() {
        return Incident.report("tenant-1", 1, new Incident.Report("ext-1", "Ransomware", Severity.HIGH, "Malware", "Impact", null,
                List.of("d-1"), List.of("u-1")), false, T0);
    }

    @Test
    void anUnclassifiedIncidentIsNotResolvable() {
        Incident incident = reported();
        assertTrue(incident.isOpen());
        assertFalse(incident.isResolvable(0));
        assertThrows(Conflict.class, () -> incident.resolve("expert", 0, T0));
    }

    @Test
    void aTruePositiveWithAnOpenActionIsNotResolvableUntilItCloses() {
        Incident incident = reported();
        incident.classify(Classification.TRUE_POSITIVE, "Malware", "expert", T0);
        assertTrue(incident.isTruePositive());
        assertFalse(incident.isResolvable(1));
        assertThrows(Conflict.class, () -> incident.resolve("expert", 1, T0));
        assertTrue(incident.isResolvable(0));
        assertDoesNotThrow(() -> incident.resolve("expert", 0, T0));
        assertFalse(incident.isOpen());
        assertFalse(incident.isResolvable(0), "a resolved incident is not resolved twice");
        assertEquals(Assignee.CUSTOMER, incident.getAssignedTo());
    }

    @Test
    void aFalsePositiveIsResolvedWithTheExperts() {
        Incident incident = reported();
        incident.classify(Classification.FALSE_POSITIVE, "A test", "expert", T0);
        assertFalse(incident.isOpen());
        assertTrue(incident.isWithExperts());
        assertFalse(incident.isResolvable(0));
    }
}
