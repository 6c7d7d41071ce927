package org.mxdr.access.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mxdr.platform.BadInput;
import org.mxdr.response.entity.ActionType;

class ResponsePolicyTest {
    private static final Instant NOW = Instant.parse("2027-03-01T12:00:00Z");
    private static final Set<String> DEVICES = Set.of("Finance", "HR");
    private static final Set<String> USERS = Set.of("Finance Users");

    private static String refused(List<PolicyRule> rules, Duration timeout, Duration reminder) {
        ResponsePolicy p = ResponsePolicy.first("t", "admin", NOW);
        return assertThrows(BadInput.class, () -> p.replace(rules, timeout, reminder, DEVICES, USERS, "admin", NOW)).field();
    }

    @Test
    void aNewPolicyHasNoRulesAndTheDefaultDurations() {
        ResponsePolicy p = ResponsePolicy.none("t");
        assertTrue(p.rules().rules().isEmpty());
        assertEquals(Duration.ofHours(24), p.approvalTimeout());
        assertEquals(Duration.ofHours(4), p.reminderEvery());
        assertTrue(p.describe().startsWith("no rules"), p.describe());
    }

    @Test
    void rulesAreSavedAndDescribedInWords() {
        ResponsePolicy p = ResponsePolicy.first("t", "admin", NOW);
        p.replace(List.of(new PolicyRule(ActionType.ISOLATE_DEVICE, new PolicyScope(PolicyScope.Kind.DEVICE_GROUP, " Finance "), ResponseMode.APPROVE)),
                Duration.ofHours(8), Duration.ofHours(2), DEVICES, USERS, "admin", NOW);
        assertEquals(List.of(new PolicyRule(ActionType.ISOLATE_DEVICE, PolicyScope.deviceGroup("Finance"), ResponseMode.APPROVE)), p.rules().rules());
        assertEquals("Isolate device on devices in the group 'Finance': ask for approval. Approvals wait PT8H and remind every PT2H.", p.describe());
    }

    @Test
    void refusalsNameTheirField() {
        assertEquals("rules[0].scope.name", refused(List.of(new PolicyRule(ActionType.ISOLATE_DEVICE, PolicyScope.deviceGroup("Nope"),
                ResponseMode.GUIDE)), null, null));
        assertEquals("rules[0].scope.name", refused(List.of(new PolicyRule(ActionType.ISOLATE_DEVICE, new PolicyScope(PolicyScope.Kind.ALL, "HR"),
                ResponseMode.GUIDE)), null, null));
        assertEquals("rules[0].scope.kind", refused(List.of(new PolicyRule(ActionType.DISABLE_USER, PolicyScope.deviceGroup("HR"),
                ResponseMode.GUIDE)), null, null));
        PolicyRule twice = new PolicyRule(ActionType.ISOLATE_DEVICE, PolicyScope.ALL, ResponseMode.GUIDE);
        assertEquals("rules[1]", refused(List.of(twice, twice), null, null));
        assertEquals("approvalTimeout", refused(List.of(), Duration.ofMinutes(5), null));
        assertEquals("approvalTimeout", refused(List.of(), Duration.ofDays(8), null));
        assertEquals("reminderEvery", refused(List.of(), Duration.ofHours(2), Duration.ofHours(3)));
        assertEquals("reminderEvery", refused(List.of(), null, Duration.ofMinutes(1)));
    }
}
