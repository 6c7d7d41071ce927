package org.mxdr.access.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.mxdr.response.entity.ActionType;

/** A {@link PolicyRule} as stored, one row of {@code response_policy_rule}. */
@Embeddable
public class PolicyRuleRow {
    @Enumerated(EnumType.STRING)
    @Column(name = "action_type", nullable = false, length = 24)
    private ActionType action;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope_kind", nullable = false, length = 16)
    private PolicyScope.Kind scopeKind;

    @Column(name = "scope_name", length = 200)
    private String scopeName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private ResponseMode mode;

    protected PolicyRuleRow() {
    }

    PolicyRuleRow(PolicyRule rule) {
        action = rule.action();
        scopeKind = rule.scope().kind();
        scopeName = rule.scope().name();
        mode = rule.mode();
    }

    /** False for the empty row an outer join gives a tenant without rules. */
    public boolean isSet() {
        return action != null && scopeKind != null && mode != null;
    }

    public PolicyRule rule() {
        return new PolicyRule(action, new PolicyScope(scopeKind, scopeName), mode);
    }
}
