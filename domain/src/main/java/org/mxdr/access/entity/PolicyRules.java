package org.mxdr.access.entity;

import java.util.List;

import org.mxdr.response.entity.ActionType;

/**
 * A tenant's response policy as the access rule reads it. For each asset an action targets, the
 * most specific rule of that action type that covers it wins (a group over all assets); rules
 * equally specific resolve to the most restrictive mode. An action on several assets takes the
 * most restrictive of their modes. No rule at all: null, the grant's level decides alone.
 */
public record PolicyRules(List<PolicyRule> rules) {
    public static final PolicyRules NONE = new PolicyRules(List.of());

    /** The rule, in the words the policy page shows. */
    public static final String PRECEDENCE = "A rule on a device group or a user group wins over a rule on all assets; when "
            + "rules equally specific apply (a device in one group and a user in another, say), the most restrictive mode wins. "
            + "The policy never gives the experts more than their access level: with 'Investigate incidents and guide my "
            + "responses' only, or on an excluded asset, they only guide.";

    public PolicyRules {
        rules = List.copyOf(rules);
    }

    /** The mode for the action on these targets; no target (an action on nothing in particular) reads the rules on all assets. */
    public ResponseMode modeFor(ActionType action, List<PolicyTarget> targets) {
        if (targets.isEmpty()) {
            return modeFor(action, (PolicyTarget) null);
        }
        ResponseMode result = null;
        for (PolicyTarget target : targets) {
            result = ResponseMode.stricter(result, modeFor(action, target));
        }
        return result;
    }

    private ResponseMode modeFor(ActionType action, PolicyTarget target) {
        int best = -1;
        ResponseMode mode = null;
        for (PolicyRule rule : rules) {
            if (rule.action() != action || !(target == null ? rule.scope().kind() == PolicyScope.Kind.ALL : rule.scope().covers(target))) {
                continue;
            }
            int specificity = rule.scope().specificity();
            if (specificity > best) {
                best = specificity;
                mode = rule.mode();
            } else if (specificity == best) {
                mode = ResponseMode.stricter(mode, rule.mode());
            }
        }
        return mode;
    }
}
