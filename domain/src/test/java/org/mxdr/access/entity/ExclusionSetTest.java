package org.mxdr.access.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mxdr.platform.BadInput;

class ExclusionSetTest {
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final Set<String> DEVICE_GROUPS = Set.of("Finance", "Servers");
    private static final Set<String> USER_GROUPS = Set.of("Executives");

    @Test
    void onlyGroupsOfTheInventoryAreExcluded() {
        ExclusionSet set = ExclusionSet.empty("t", "admin", NOW);
        set.replace(List.of(" Finance", "Finance"), List.of("Executives"), DEVICE_GROUPS, USER_GROUPS, "admin", NOW);
        assertEquals(Set.of("Finance"), set.getDeviceGroups());
        assertEquals(Set.of("Executives"), set.getUserGroups());
        BadInput unknown = assertThrows(BadInput.class,
                () -> set.replace(List.of("Finanse"), List.of(), DEVICE_GROUPS, USER_GROUPS, "admin", NOW));
        assertEquals("deviceGroups", unknown.field());
        assertTrue(unknown.getMessage().contains("'Finanse' is not a device group"), unknown.getMessage());
        assertEquals(Set.of("Finance"), set.getDeviceGroups(), "a refused replacement changes nothing");
        assertEquals("userGroups", assertThrows(BadInput.class,
                () -> set.replace(List.of(), List.of("Nobody"), DEVICE_GROUPS, USER_GROUPS, "admin", NOW)).field());
        set.replace(null, null, DEVICE_GROUPS, USER_GROUPS, "admin", NOW);
        assertTrue(set.isEmpty(), "absent lists exclude nothing");
    }
}
