package org.mxdr.platform.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class VitalsTest {

    @Test
    void aStoreIsUnusedUntilUsedThenAsLastSeen() {
        Vitals vitals = new Vitals();
        assertEquals(-1, vitals.storeUp("EU"));
        vitals.store("EU", false);
        assertEquals(0, vitals.storeUp("EU"));
        vitals.store("EU", true);
        vitals.store("US", false);
        assertEquals(Map.of("EU", "up", "US", "down", "JP", Vitals.UNUSED), vitals.storeStates(List.of("US", "EU", "JP")));
    }

    @Test
    void theOutboxAgeIsNeverNegative() {
        Vitals vitals = new Vitals();
        vitals.outbox(3, -20);
        assertEquals(3, vitals.outboxBacklog());
        assertEquals(0, vitals.outboxOldestAgeSeconds());
    }
}
