package org.mxdr.access.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.mxdr.platform.BadInput;
import org.mxdr.platform.Text;

/**
 * A tenant's response policy: rules of action type × scope → mode, and
 * how long an approval request waits and how often it reminds. A tenant that never saved one has
 * no rules (the grant's level decides) and the default durations.
 */
@Entity
@Table(name = "response_policy")
public class ResponsePolicy {
    public static final int MAX_RULES = 200;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofHours(24);
    public static final Duration DEFAULT_REMINDER = Duration.ofHours(4);
    static final Duration SHORTEST = Duration.ofMinutes(15);
    static final Duration LONGEST = Duration.ofDays(7);

    @Id
    @Column(name = "tenant_id", length = 36)
    private String tenantId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "response_policy_rule", joinColumns = @JoinColumn(name = "tenant_id"))
    @OrderColumn(name = "position")
    private List<PolicyRuleRow> rules = new ArrayList<>();

    @Column(name = "approval_timeout_seconds", nullable = false)
    private long approvalTimeoutSeconds = DEFAULT_TIMEOUT.toSeconds();

    @Column(name = "reminder_every_seconds", nullable = false)
    private long reminderEverySeconds = DEFAULT_REMINDER.toSeconds();

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ResponsePolicy() {
    }

    /** The policy of a tenant that never saved one: no rules, the default durations, version 0, not stored. */
    public static ResponsePolicy none(String tenantId) {
        ResponsePolicy p = new ResponsePolicy();
        p.tenantId = Objects.requireNonNull(tenantId);
        return p;
    }

    /** The same, to be stored by its first editor. */
    public static ResponsePolicy first(String tenantId, String by, Instant now) {
        ResponsePolicy p = none(tenantId);
        p.updatedBy = by;
        p.updatedAt = now;
        return p;
    }

    /**
     * Replaces the rules and durations. Each rule needs its action, scope and mode; a group must be
     * one of the inventory's; the same action and scope twice is refused; a refusal names the
     * field ({@code rules[2].scope.name}, {@code approvalTimeout}).
     */
    public void replace(List<PolicyRule> newRules, Duration approvalTimeout, Duration reminderEvery, Set<String> knownDeviceGroups,
                        Set<String> knownUserGroups, String by, Instant now) {
        List<PolicyRule> checked = checked(newRules == null ? List.of() : newRules, knownDeviceGroups, knownUserGroups);
        Duration timeout = approvalTimeout == null ? DEFAULT_TIMEOUT : approvalTimeout;
        Duration reminder = reminderEvery == null ? DEFAULT_REMINDER : reminderEvery;
        if (timeout.compareTo(SHORTEST) < 0 || timeout.compareTo(LONGEST) > 0) {
            throw new BadInput("approvalTimeout", "An approval waits between 15 minutes (PT15M) and 7 days (P7D).");
        }
        if (reminder.compareTo(SHORTEST) < 0 || reminder.compareTo(timeout) > 0) {
            throw new BadInput("reminderEvery", "Reminders go out every 15 minutes (PT15M) at the most often, and not less often "
                    + "than the approval timeout (" + timeout + ").");
        }
        rules.clear();
        checked.forEach(r -> rules.add(new PolicyRuleRow(r)));
        approvalTimeoutSeconds = timeout.toSeconds();
        reminderEverySeconds = reminder.toSeconds();
        updatedBy = by;
        updatedAt = now;
    }

    private static List<PolicyRule> checked(List<PolicyRule> in, Set<String> knownDeviceGroups, Set<String> knownUserGroups) {
        if (in.size() > MAX_RULES) {
            throw new BadInput("rules", "A policy has at most " + MAX_RULES + " rules.");
        }
        List<PolicyRule> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < in.size(); i++) {
            PolicyRule rule = in.get(i);
            String field = "rules[" + i + "]";
            PolicyScope scope = rule.scope();
            String name = scope.name() == null ? null : scope.name().strip();
            if (scope.kind() == PolicyScope.Kind.ALL) {
                if (name != null && !name.isEmpty()) {
                    throw new BadInput(field + ".scope.name", "A rule on all assets names no group.");
                }
                name = null;
            } else {
                boolean devices = scope.kind() == PolicyScope.Kind.DEVICE_GROUP;
                if (name == null || name.isEmpty()) {
                    throw new BadInput(field + ".scope.name", "A rule on a " + (devices ? "device" : "user") + " group names the group.");
                }
                if (!(devices ? knownDeviceGroups : knownUserGroups).contains(name)) {
                    throw new BadInput(field + ".scope.name", "'" + Text.abbreviate(name, 60) + "' is not a " + (devices ? "device" : "user")
                            + " group of this tenant's inventory.");
                }
                if (devices == rule.action().onUser()) {
                    throw new BadInput(field + ".scope.kind", rule.action().label() + " acts on " + (rule.action().onUser() ? "users" : "devices")
                            + ": its scope is all assets or a " + (rule.action().onUser() ? "user" : "device") + " group.");
                }
            }
            PolicyRule clean = new PolicyRule(rule.action(), new PolicyScope(scope.kind(), name), rule.mode());
            if (!seen.add(clean.action() + "|" + clean.scope().kind() + "|" + name)) {
                throw new BadInput(field, "The policy already has a rule for " + clean.action().label() + " on " + clean.scope().inWords() + ".");
            }
            out.add(clean);
        }
        return out;
    }

    public PolicyRules rules() {
        return new PolicyRules(rules.stream().map(PolicyRuleRow::rule).toList());
    }

    /** The policy in words, for the audit trail's before and after. */
    public String describe() {
        List<PolicyRule> list = rules().rules();
        String words = list.isEmpty() ? "no rules: the experts' access level decides"
                : String.join("; ", list.stream().map(PolicyRule::inWords).toList());
        return words + ". Approvals wait " + approvalTimeout() + " and remind every " + reminderEvery() + ".";
    }

    public String getTenantId() {
        return tenantId;
    }

    public Duration approvalTimeout() {
        return Duration.ofSeconds(approvalTimeoutSeconds);
    }

    public Duration reminderEvery() {
        return Duration.ofSeconds(reminderEverySeconds);
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
