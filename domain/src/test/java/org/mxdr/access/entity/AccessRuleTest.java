package org.mxdr.access.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.mxdr.access.entity.AccessDecision.Reason;

/**
 * The access rule as a truth table: every level set × all-devices switch × asset in a device
 * group or not × excluded or not × grant active / expired / revoked / no subscription × operation.
 */
class AccessRuleTest {
    private static final Instant NOW = Instant.parse("2027-03-01T12:00:00Z");

    enum GrantState { ACTIVE, EXPIRED, REVOKED, NO_SUBSCRIPTION }

    private static final List<Set<AccessLevel>> LEVELS = List.of(
            EnumSet.of(AccessLevel.INVESTIGATE_AND_GUIDE),
            EnumSet.of(AccessLevel.RESPOND_DIRECTLY),
            EnumSet.of(AccessLevel.INVESTIGATE_AND_GUIDE, AccessLevel.RESPOND_DIRECTLY));

    @TestFactory
    List<DynamicTest> everyCombination() {
        List<DynamicTest> rows = new ArrayList<>();
        for (Set<AccessLevel> levels : LEVELS) {
            for (boolean allDevices : new boolean[] {true, false}) {
                for (boolean inGroup : new boolean[] {true, false}) {
                    for (boolean excluded : new boolean[] {true, false}) {
                        for (GrantState state : GrantState.values()) {
                            for (Operation operation : Operation.values()) {
                                Reason expected = expected(levels, allDevices, inGroup, excluded, state, operation);
                                String name = levels + " allDevices=" + allDevices + " inGroup=" + inGroup + " excluded=" + excluded
                                        + " " + state + " " + operation + " -> " + expected;
                                rows.add(DynamicTest.dynamicTest(name, () -> {
                                    AccessDecision decision = AccessRule.decide(state != GrantState.NO_SUBSCRIPTION,
                                            grant(levels, allDevices, state), operation, new AssetScope(inGroup, excluded), NOW);
                                    assertEquals(expected, decision.reason());
                                    assertEquals(expected == Reason.ALLOWED, decision.allowed());
                                }));
                            }
                        }
                    }
                }
            }
        }
        assertEquals(3 * 2 * 2 * 2 * 4 * 5, rows.size());
        return rows;
    }

    /** The spec's words, read row by row, kept apart from the rule's own ordering. */
    private static Reason expected(Set<AccessLevel> levels, boolean allDevices, boolean inGroup, boolean excluded, GrantState state,
                                   Operation operation) {
        switch (state) {
            case NO_SUBSCRIPTION:
                return Reason.NO_SUBSCRIPTION;
            case REVOKED:
                return Reason.REVOKED;
            case EXPIRED:
                return Reason.EXPIRED;
            default:
                break;
        }
        boolean action = operation == Operation.RUN_ACTION;
        if (action && !levels.contains(AccessLevel.RESPOND_DIRECTLY)) {
            return Reason.LEVEL_TOO_LOW;
        }
        if (!allDevices && inGroup) {
            return Reason.DEVICE_GROUPS_WITHHELD;
        }
        if (action && excluded) {
            return Reason.EXCLUDED_ASSET;
        }
        return Reason.ALLOWED;
    }

    private static AccessGrant grant(Set<AccessLevel> levels, boolean allDevices, GrantState state) {
        Instant expiry = state == GrantState.EXPIRED ? NOW : NOW.plusSeconds(1);
        return new AccessGrant(levels, true, allDevices, expiry, state == GrantState.REVOKED ? NOW.minusSeconds(60) : null);
    }

    @Test
    void noGrantOrNoLevelDeniesEverything() {
        for (Operation operation : Operation.values()) {
            assertEquals(Reason.NO_GRANT, AccessRule.decide(true, null, operation, AssetScope.NONE, NOW).reason());
            assertEquals(Reason.NO_GRANT, AccessRule.decide(true, new AccessGrant(Set.of(), true, true, null, null), operation,
                    AssetScope.NONE, NOW).reason());
        }
    }

    @Test
    void serviceProviderAccessOffDeniesEverything() {
        AccessGrant off = new AccessGrant(EnumSet.allOf(AccessLevel.class), false, true, NOW.plusSeconds(3600), null);
        for (Operation operation : Operation.values()) {
            assertEquals(Reason.NO_SERVICE_PROVIDER_ACCESS, AccessRule.decide(true, off, operation, AssetScope.NONE, NOW).reason());
        }
    }

    @Test
    void expiryIsExclusiveToTheInstant() {
        AccessGrant grant = new AccessGrant(Set.of(AccessLevel.INVESTIGATE_AND_GUIDE), true, true, NOW, null);
        assertEquals(Reason.ALLOWED, AccessRule.decide(true, grant, Operation.READ_INCIDENTS, AssetScope.NONE, NOW.minusMillis(1)).reason());
        assertEquals(Reason.EXPIRED, AccessRule.decide(true, grant, Operation.READ_INCIDENTS, AssetScope.NONE, NOW).reason());
    }

    @Test
    void excludedAssetsStillGetGuidance() {
        AccessGrant operator = new AccessGrant(Set.of(AccessLevel.RESPOND_DIRECTLY), true, true, NOW.plusSeconds(60), null);
        AssetScope excluded = new AssetScope(false, true);
        assertEquals(Reason.ALLOWED, AccessRule.decide(true, operator, Operation.RECOMMEND, excluded, NOW).reason());
        assertEquals(Reason.EXCLUDED_ASSET, AccessRule.decide(true, operator, Operation.RUN_ACTION, excluded, NOW).reason());
    }
}
