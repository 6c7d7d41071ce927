package org.mxdr.response.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mxdr.platform.BadInput;

/** A card tells the customer why to act in the expert's words; an action the experts run may say why. */
class ResponseActionRationaleTest {
    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private final Incident incident = Incident.report("tenant-1", 7, new Incident.Report("ext-1", "Ransomware", Severity.HIGH, "Malware",
            "Impact", null, List.of("d-1"), List.of()), false, T0);

    @Test
    void aRecommendationWithoutARationaleIsRefusedNamingIt() {
        for (String missing : Arrays.asList(null, "", "   ")) {
            BadInput refused = assertThrows(BadInput.class, () -> ResponseAction.recommend(incident, ActionType.ISOLATE_DEVICE, "d-1", null,
                    missing, "Reader grant", "expert", T0));
            assertEquals("rationale", refused.field());
        }
    }

    @Test
    void aRecommendationKeepsTheRationaleBesideTheSystemsReason() {
        ResponseAction card = ResponseAction.recommend(incident, ActionType.ISOLATE_DEVICE, "d-1", null, "  The tool still runs here. ",
                "Reader grant", "expert", T0);
        assertEquals("The tool still runs here.", card.getRationale());
        assertEquals("Reader grant", card.getReason());
    }

    @Test
    void anActionTheExpertsRunMaySayWhy() {
        assertNull(ResponseAction.run(incident, ActionType.ISOLATE_DEVICE, "d-1", null, null, "expert", T0).getRationale());
        assertEquals("Contain it", ResponseAction.run(incident, ActionType.ISOLATE_DEVICE, "d-1", null, "Contain it", "expert", T0)
                .getRationale());
    }

    @Test
    void aRationaleHasAtMostAThousandCharacters() {
        assertEquals("rationale", assertThrows(BadInput.class, () -> ResponseAction.run(incident, ActionType.ISOLATE_DEVICE, "d-1", null,
                "x".repeat(ResponseAction.RATIONALE_MAX + 1), "expert", T0)).field());
    }
}
