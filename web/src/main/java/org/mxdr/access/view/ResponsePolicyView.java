package org.mxdr.access.view;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mxdr.access.boundary.ResponsePolicyService;
import org.mxdr.access.control.Exclusions;
import org.mxdr.access.entity.PolicyRule;
import org.mxdr.access.entity.PolicyRules;
import org.mxdr.access.entity.PolicyScope;
import org.mxdr.access.entity.ResponseMode;
import org.mxdr.access.entity.ResponsePolicy;
import org.mxdr.identity.boundary.UserService;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.Caller;
import org.mxdr.platform.Conflict;
import org.mxdr.platform.Role;
import org.mxdr.platform.view.FieldMessages;
import org.mxdr.response.entity.ActionType;

/**
 * Settings › Experts › Response policy: the grid of action type × scope (all assets, each device
 * group, each user group of the inventory) → mode. The tenant's admin edits it; its other users
 * and the experts with a grant ({@code ?tenant=}) read it.
 */
@Named
@ViewScoped
public class ResponsePolicyView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ResponsePolicyService policies;

    @Inject
    transient UserService users;

    private String tenantId;
    private boolean editable;
    private List<Cell> cells = new ArrayList<>();
    private String approvalTimeout;
    private String reminderEvery;
    private long version;

    /** One cell of the grid; mode null: no rule, the experts' access level decides. */
    public static class Cell implements Serializable {
        private static final long serialVersionUID = 1L;
        private final ActionType action;
        private final PolicyScope scope;
        private ResponseMode mode;

        Cell(ActionType action, PolicyScope scope, ResponseMode mode) {
            this.action = action;
            this.scope = scope;
            this.mode = mode;
        }

        public String getAction() {
            return action.label();
        }

        public String getScope() {
            return scope.inWords();
        }

        public boolean isFirstOfAction() {
            return scope.kind() == PolicyScope.Kind.ALL;
        }

        public String getLabel() {
            return action.label() + " on " + scope.inWords();
        }

        public ResponseMode getMode() {
            return mode;
        }

        public void setMode(ResponseMode mode) {
            this.mode = mode;
        }

        public String getModeShown() {
            return mode == null ? "As the access level allows" : mode.label();
        }
    }

    public void load() {
        Caller me = users.me();
        if (me.is(Role.EXPERT)) {
            if (tenantId == null || tenantId.isBlank()) {
                throw new org.mxdr.platform.NotFound("Open the response policy from My tenants.");
            }
        } else {
            tenantId = TenantAdminPage.tenantOf(users);
        }
        editable = me.is(Role.TENANT_ADMIN);
        read();
    }

    private void read() {
        ResponsePolicy policy = policies.get(tenantId);
        Exclusions.KnownGroups groups = policies.groups(tenantId);
        Map<String, ResponseMode> set = policy.rules().rules().stream()
                .collect(Collectors.toMap(r -> key(r.action(), r.scope()), PolicyRule::mode, (a, b) -> a));
        cells = new ArrayList<>();
        for (ActionType action : ActionType.values()) {
            List<PolicyScope> scopes = new ArrayList<>();
            scopes.add(PolicyScope.ALL);
            Function<String, PolicyScope> group = action.onUser() ? PolicyScope::userGroup : PolicyScope::deviceGroup;
            (action.onUser() ? groups.userGroups() : groups.deviceGroups()).forEach(g -> scopes.add(group.apply(g)));
            scopes.forEach(s -> cells.add(new Cell(action, s, set.get(key(action, s)))));
        }
        approvalTimeout = policy.approvalTimeout().toString();
        reminderEvery = policy.reminderEvery().toString();
        version = policy.getVersion();
    }

    private static String key(ActionType action, PolicyScope scope) {
        return action + "|" + scope.kind() + "|" + scope.name();
    }

    public void save() {
        try {
            List<PolicyRule> rules = cells.stream().filter(c -> c.mode != null).map(c -> new PolicyRule(c.action, c.scope, c.mode)).toList();
            policies.put(tenantId, rules, duration("approvalTimeout", approvalTimeout), duration("reminderEvery", reminderEvery), version);
            read();
            FieldMessages.info("Saved: the policy applies to the experts' next action.");
        } catch (BadInput | Conflict refused) {
            FieldMessages.show("policyForm", refused);
        }
    }

    private static java.time.Duration duration(String field, String value) {
        try {
            return java.time.Duration.parse(value == null ? "" : value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new BadInput(field, "A duration in ISO-8601, such as PT24H or PT30M.");
        }
    }

    public void reload() {
        read();
    }

    public ResponseMode[] getModes() {
        return ResponseMode.values();
    }

    public String getPrecedence() {
        return PolicyRules.PRECEDENCE;
    }

    public List<Cell> getCells() {
        return cells;
    }

    public boolean isEditable() {
        return editable;
    }

    public String getTenantId() {
        return tenantId;
    }

    public void setTenantId(String tenantId) {
        this.tenantId = tenantId;
    }

    public String getApprovalTimeout() {
        return approvalTimeout;
    }

    public void setApprovalTimeout(String approvalTimeout) {
        this.approvalTimeout = approvalTimeout;
    }

    public String getReminderEvery() {
        return reminderEvery;
    }

    public void setReminderEvery(String reminderEvery) {
        this.reminderEvery = reminderEvery;
    }

    public long getVersion() {
        return version;
    }
}
