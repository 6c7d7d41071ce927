package org.mxdr.access.view;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
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
 * Settings › Experts › Response policy: two grids of scope × action type → mode, one for the
 * actions on devices (all devices, each device group) and one for the actions on users (all users,
 * each user group of the inventory). The tenant's admin edits them; its other users and the
 * experts with a grant ({@code ?tenant=}) read them.
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
    private List<Grid> grids = new ArrayList<>();
    private String approvalTimeout;
    private String reminderEvery;
    private long version;

    static final String NO_RULE = "Access level decides";

    /** The actions on one kind of asset (columns) by the scopes they can have (rows). */
    public record Grid(String title, List<ActionType> actions, List<Row> rows) implements Serializable {
    }

    /** One scope of a grid, with a cell per action of the grid. */
    public record Row(String scope, List<Cell> cells) implements Serializable {
    }

    /** One cell of a grid; mode null: no rule, the experts' access level decides. */
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
            return mode == null ? NO_RULE : mode.label();
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
        grids = List.of(grid("Actions on devices", false, "All devices", groups.deviceGroups(), PolicyScope::deviceGroup, set),
                grid("Actions on users", true, "All users", groups.userGroups(), PolicyScope::userGroup, set));
        approvalTimeout = policy.approvalTimeout().toString();
        reminderEvery = policy.reminderEvery().toString();
        version = policy.getVersion();
    }

    private static Grid grid(String title, boolean onUser, String all, List<String> groups, Function<String, PolicyScope> group,
                             Map<String, ResponseMode> set) {
        List<ActionType> actions = Arrays.stream(ActionType.values()).filter(a -> a.onUser() == onUser).toList();
        List<Row> rows = new ArrayList<>();
        rows.add(row(all, PolicyScope.ALL, actions, set));
        groups.forEach(g -> rows.add(row("Group '" + g + "'", group.apply(g), actions, set)));
        return new Grid(title, actions, rows);
    }

    private static Row row(String shown, PolicyScope scope, List<ActionType> actions, Map<String, ResponseMode> set) {
        return new Row(shown, actions.stream().map(a -> new Cell(a, scope, set.get(key(a, scope)))).toList());
    }

    private static String key(ActionType action, PolicyScope scope) {
        return action + "|" + scope.kind() + "|" + scope.name();
    }

    public void save() {
        try {
            List<PolicyRule> rules = grids.stream().flatMap(g -> g.rows().stream()).flatMap(r -> r.cells().stream())
                    .filter(c -> c.mode != null).map(c -> new PolicyRule(c.action, c.scope, c.mode)).toList();
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

    public List<Grid> getGrids() {
        return grids;
    }

    public String getNoRule() {
        return NO_RULE;
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
