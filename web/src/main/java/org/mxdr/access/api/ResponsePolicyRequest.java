package org.mxdr.access.api;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.mxdr.access.entity.PolicyRule;
import org.mxdr.access.entity.PolicyScope;
import org.mxdr.access.entity.ResponseMode;
import org.mxdr.platform.BadInput;
import org.mxdr.response.entity.ActionType;

/** The request body of PUT /tenants/{t}/response-policy; durations ISO-8601 ({@code PT24H}), left out: the defaults. */
public record ResponsePolicyRequest(List<RuleRequest> rules, String approvalTimeout, String reminderEvery,
                                    @NotNull(message = "Send the version you read (0 before the first save).") Long version) {

    /** One rule: {@code {action, scope: {kind, name?}, mode}}. */
    public record RuleRequest(ActionType action, ScopeRequest scope, ResponseMode mode) {
    }

    public record ScopeRequest(PolicyScope.Kind kind, String name) {
    }

    /** The rules, each missing part named by its field. */
    public List<PolicyRule> policyRules() {
        List<PolicyRule> out = new ArrayList<>();
        List<RuleRequest> in = rules == null ? List.of() : rules;
        for (int i = 0; i < in.size(); i++) {
            RuleRequest r = in.get(i);
            String field = "rules[" + i + "]";
            if (r == null) {
                throw new BadInput(field, "A rule is {action, scope: {kind, name}, mode}.");
            }
            if (r.action() == null) {
                throw new BadInput(field + ".action", "The action type is required.");
            }
            if (r.scope() == null || r.scope().kind() == null) {
                throw new BadInput(field + ".scope.kind", "The scope's kind is required: ALL, DEVICE_GROUP or USER_GROUP.");
            }
            if (r.mode() == null) {
                throw new BadInput(field + ".mode", "The mode is required: ACT, APPROVE or GUIDE.");
            }
            out.add(new PolicyRule(r.action(), new PolicyScope(r.scope().kind(), r.scope().name()), r.mode()));
        }
        return out;
    }

    public Duration timeout() {
        return duration("approvalTimeout", approvalTimeout);
    }

    public Duration reminder() {
        return duration("reminderEvery", reminderEvery);
    }

    static Duration duration(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Duration.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadInput(field, "A duration in ISO-8601, such as PT24H or PT30M.");
        }
    }
}
