package org.mxdr.access.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.mxdr.access.entity.AccessDecision.Reason;
import org.mxdr.response.entity.ActionType;

/**
 * The access rule with the response policy, as a truth table extended from {@link AccessRuleTest}:
 * level × policy mode (none, act, approve, guide) × where the rule applies (all assets, the target's
 * device group, the target's user group, another group only) × exclusion × grant state ×
 * operation. The policy never gives more than the grant, and an exclusion still means guidance.
 */
class PolicyDecisionTest {
    private static final Instant NOW = Instant.parse("2027-03-01T12:00:00Z");
    private static final String FINANCE = "Finance";
    private static final String FINANCE_USERS = "Finance Users";

    enum GrantState { ACTIVE, EXPIRED, REVOKED, NO_SUBSCRIPTION }

    /** Where the one rule of the policy applies, relative to the action's target. */
    enum ScopeMatch { ALL, DEVICE_GROUP, USER_GROUP, NONE }

    private static final List<Set<AccessLevel>> LEVELS = List.of(
            EnumSet.of(AccessLevel.INVESTIGATE_AND_GUIDE),
            EnumSet.of(AccessLevel.RESPOND_DIRECTLY),
            EnumSet.of(AccessLevel.INVESTIGATE_AND_GUIDE, AccessLevel.RESPOND_DIRECTLY));

    private static final List<ResponseMode> MODES = new ArrayList<>();

    static {
        MODES.add(null);
        MODES.addAll(List.of(ResponseMode.values()));
    }

    @TestFactory
    List<DynamicTest> everyCombination() {
        List<DynamicTest> rows = new ArrayList<>();
        for (Set<AccessLevel> levels : LEVELS) {
            for (ResponseMode mode : MODES) {
                for (ScopeMatch match : ScopeMatch.values()) {
                    for (boolean excluded : new boolean[] {true, false}) {
                        for (GrantState state : GrantState.values()) {
                            for (Operation operation : Operation.values()) {
                                Reason expected = expected(levels, mode, match, excluded, state, operation);
                                String name = levels + " policy=" + mode + " scope=" + match + " excluded=" + excluded + " " + state + " "
                                        + operation + " -> " + expected;
                                rows.add(DynamicTest.dynamicTest(name, () -> {
                                    ActionType action = match == ScopeMatch.USER_GROUP ? ActionType.DISABLE_USER : ActionType.ISOLATE_DEVICE;
                                    PolicyTarget target = action.onUser() ? PolicyTarget.user(FINANCE_USERS) : PolicyTarget.device(FINANCE);
                                    ResponseMode applied = policy(action, mode, match).modeFor(action, List.of(target));
                                    AccessDecision decision = AccessRule.decide(state != GrantState.NO_SUBSCRIPTION, grant(levels, state),
                                            operation, new AssetScope(true, excluded), applied, NOW);
                                    assertEquals(expected, decision.reason());
                                    assertEquals(expected == Reason.ALLOWED, decision.allowed());
                                    assertEquals(expected == Reason.APPROVAL_REQUIRED, decision.needsApproval());
                                }));
                            }
                        }
                    }
                }
            }
        }
        assertEquals(3 * 4 * 4 * 2 * 4 * 5, rows.size());
        return rows;
    }

    /** The policy of the row: no rule, or one rule of the mode on the scope the row names. */
    private static PolicyRules policy(ActionType action, ResponseMode mode, ScopeMatch match) {
        if (mode == null) {
            return PolicyRules.NONE;
        }
        PolicyScope scope = switch (match) {
            case ALL -> PolicyScope.ALL;
            case DEVICE_GROUP -> PolicyScope.deviceGroup(FINANCE);
            case USER_GROUP -> PolicyScope.userGroup(FINANCE_USERS);
            case NONE -> PolicyScope.deviceGroup("HR");
        };
        return new PolicyRules(List.of(new PolicyRule(action, scope, mode)));
    }

    /** Section 13 read row by row: the grant first, then the policy's mode where a rule covers the target. */
    private static Reason expected(Set<AccessLevel> levels, ResponseMode mode, ScopeMatch match, boolean excluded, GrantState state,
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
        if (operation != Operation.RUN_ACTION) {
            return Reason.ALLOWED;
        }
        if (!levels.contains(AccessLevel.RESPOND_DIRECTLY)) {
            return Reason.LEVEL_TOO_LOW;
        }
        if (excluded) {
            return Reason.EXCLUDED_ASSET;
        }
        boolean applies = mode != null && match != ScopeMatch.NONE;
        if (applies && mode == ResponseMode.APPROVE) {
            return Reason.APPROVAL_REQUIRED;
        }
        if (applies && mode == ResponseMode.GUIDE) {
            return Reason.POLICY_GUIDANCE;
        }
        return Reason.ALLOWED;
    }

    private static AccessGrant grant(Set<AccessLevel> levels, GrantState state) {
        Instant expiry = state == GrantState.EXPIRED ? NOW : NOW.plusSeconds(1);
        return new AccessGrant(levels, true, true, expiry, state == GrantState.REVOKED ? NOW.minusSeconds(60) : null);
    }

    // ---------------------------------------------------------------- precedence

    private static final ActionType ISOLATE = ActionType.ISOLATE_DEVICE;

    @Test
    void theMostSpecificRuleWins() {
        PolicyRules rules = new PolicyRules(List.of(
                new PolicyRule(ISOLATE, PolicyScope.ALL, ResponseMode.GUIDE),
                new PolicyRule(ISOLATE, PolicyScope.deviceGroup(FINANCE), ResponseMode.ACT)));
        assertEquals(ResponseMode.ACT, rules.modeFor(ISOLATE, List.of(PolicyTarget.device(FINANCE))));
        assertEquals(ResponseMode.GUIDE, rules.modeFor(ISOLATE, List.of(PolicyTarget.device("HR"))));
        assertEquals(ResponseMode.GUIDE, rules.modeFor(ISOLATE, List.of(PolicyTarget.device(null))));
        assertEquals(ResponseMode.GUIDE, rules.modeFor(ISOLATE, List.of()), "an action on no asset reads the rule on all assets");
    }

    @Test
    void tiesResolveToTheMostRestrictive() {
        PolicyRules rules = new PolicyRules(List.of(
                new PolicyRule(ISOLATE, PolicyScope.deviceGroup(FINANCE), ResponseMode.ACT),
                new PolicyRule(ISOLATE, PolicyScope.deviceGroup("HR"), ResponseMode.APPROVE)));
        assertEquals(ResponseMode.APPROVE, rules.modeFor(ISOLATE, List.of(PolicyTarget.device(FINANCE), PolicyTarget.device("HR"))));
        assertEquals(ResponseMode.ACT, rules.modeFor(ISOLATE, List.of(PolicyTarget.device(FINANCE))));
        assertEquals(ResponseMode.APPROVE, rules.modeFor(ISOLATE, List.of(PolicyTarget.device(null), PolicyTarget.device("HR"))),
                "an asset without a rule counts as the grant's level, freer than approval");
    }

    @Test
    void rulesOfOtherActionsAndOtherKindsDoNotApply() {
        PolicyRules rules = new PolicyRules(List.of(
                new PolicyRule(ActionType.RELEASE_DEVICE, PolicyScope.ALL, ResponseMode.GUIDE),
                new PolicyRule(ActionType.DISABLE_USER, PolicyScope.userGroup(FINANCE), ResponseMode.GUIDE)));
        assertNull(rules.modeFor(ISOLATE, List.of(PolicyTarget.device(FINANCE))));
        assertNull(rules.modeFor(ActionType.DISABLE_USER, List.of(PolicyTarget.user("Sales"))));
        assertEquals(ResponseMode.GUIDE, rules.modeFor(ActionType.DISABLE_USER, List.of(PolicyTarget.user(FINANCE))));
        assertNull(PolicyRules.NONE.modeFor(ISOLATE, List.of(PolicyTarget.device(FINANCE))), "no policy: the grant alone decides, as before");
    }
}
