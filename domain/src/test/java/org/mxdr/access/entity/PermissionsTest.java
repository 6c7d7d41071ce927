package org.mxdr.access.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mxdr.platform.BadInput;

class PermissionsTest {
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final Instant END = Instant.parse("2027-11-01T00:00:00Z");

    @Test
    void theDefaultsAreTheSeeds() {
        Permissions p = Permissions.defaults(END);
        assertEquals(Set.of(AccessLevel.INVESTIGATE_AND_GUIDE), p.levels());
        assertTrue(p.allDevices());
        assertEquals(END, p.expiresAt());
        assertEquals(List.of(), p.warnings());
    }

    @Test
    void anotherExpiryKeepsEveryChoice() {
        Permissions chosen = new Permissions(false, true, false, END);
        assertEquals(new Permissions(false, true, false, NOW), chosen.expiringAt(NOW));
        assertEquals(new Permissions(false, true, false, null), chosen.expiringAt(null));
    }

    @Test
    void eachWarningAppliesToItsOwnChoice() {
        assertEquals(List.of(Permissions.NO_LEVEL_WARNING), new Permissions(false, false, true, END).warnings());
        assertEquals(List.of(Permissions.ALL_DEVICES_OFF_WARNING), new Permissions(true, false, false, END).warnings());
        assertEquals(List.of(Permissions.NO_LEVEL_WARNING, Permissions.ALL_DEVICES_OFF_WARNING),
                new Permissions(false, false, false, END).warnings());
        assertEquals(List.of(), new Permissions(false, true, true, END).warnings(), "respond alone is an additional level");
    }

    @Test
    void theExpiryIsAtMostTheSubscriptionsEndAndInTheFuture() {
        assertEquals(END, new Permissions(true, false, true, END).checked(NOW, END).expiresAt(), "the end itself is allowed");
        Instant earlier = Instant.parse("2027-03-01T00:00:00Z");
        assertEquals(earlier, new Permissions(true, false, true, earlier).checked(NOW, END).expiresAt());
        BadInput later = assertThrows(BadInput.class, () -> new Permissions(true, false, true, END.plusSeconds(1)).checked(NOW, END));
        assertEquals("expiresAt", later.field());
        assertTrue(later.getMessage().contains("the end of 31 Oct 2027 (UTC)"), later.getMessage());
        assertEquals("expiresAt", assertThrows(BadInput.class, () -> new Permissions(true, false, true, NOW).checked(NOW, END)).field());
        assertEquals("expiresAt", assertThrows(BadInput.class, () -> new Permissions(true, false, true, null).checked(NOW, END)).field());
    }

    @Test
    void thePlainWordsSayWhatIsGranted() {
        List<String> words = new Permissions(true, true, false, END).inPlainWords();
        assertTrue(words.get(0).startsWith("Service provider access"));
        assertTrue(words.stream().anyMatch(w -> w.startsWith("Investigate incidents and guide my responses")));
        assertTrue(words.stream().anyMatch(w -> w.startsWith("Respond directly to active threats")));
        assertTrue(words.stream().anyMatch(w -> w.startsWith("Not from devices in device groups")));
        assertTrue(words.contains("Until the end of 31 Oct 2027 (UTC), unless revoked earlier."), words.toString());
    }

    @Test
    void instantsOffMidnightShowTheirTime() {
        assertEquals("22 Nov 2026, 10:00 UTC", Permissions.shown(NOW));
        assertEquals("no date", Permissions.shown(null));
    }
}
