package org.mxdr.access.control;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mxdr.access.entity.AccessDecision;
import org.mxdr.access.entity.AccessGrant;
import org.mxdr.access.entity.AccessRule;
import org.mxdr.access.entity.AssetScope;
import org.mxdr.access.entity.ExpertGrant;
import org.mxdr.access.entity.Operation;
import org.mxdr.access.entity.PolicyRules;
import org.mxdr.access.entity.PolicyTarget;
import org.mxdr.access.entity.ResponseMode;
import org.mxdr.access.entity.PolicyRule;
import org.mxdr.access.entity.PolicyRuleRow;
import org.mxdr.response.entity.ActionType;
import org.mxdr.platform.AccessDenied;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.DenialLog;
import org.mxdr.platform.Meters;
import org.mxdr.platform.NotFound;

/**
 * The one access control of the experts' access: whether the provider's experts may perform an
 * operation inside a tenant on the assets involved. Every expert-facing boundary asks it; none
 * decides on its own. It reads the tenant's state from {@link AccessCache}, and on a miss with at
 * most two queries (the grant with the subscriptions and the response policy; the assets' groups
 * and exclusions), and leaves the decision to {@link AccessRule}: a response action is decided with
 * the mode the tenant's response policy gives it on its targets.
 */
@Stateless
@PermitAll
public class AccessControl {
    public static final int MAX_ASSETS = 1000;

    // the grant and every subscription not terminated, one row each: which one is current is judged at each decision
    // and each rule of the response policy (rows: subscriptions × rules, both few): the tenant's state in one statement
    private static final String GRANT_AND_SUBSCRIPTIONS = "SELECT t.id, g, s.id, s.term.firstDay, s.term.lastDay, INDEX(r), r FROM Tenant t "
            + "LEFT JOIN ExpertGrant g ON g.tenantId = t.id "
            + "LEFT JOIN Subscription s ON s.tenantId = t.id AND s.terminatedAt IS NULL "
            + "LEFT JOIN ResponsePolicy p ON p.tenantId = t.id LEFT JOIN p.rules r "
            + "WHERE t.id = :tenant";

    // one row per asset found: D or U, its external id, whether it is a device in a device group, whether its group is excluded, its group
    private static final String ASSET_FACTS = "SELECT 'D', d.external_id, CASE WHEN d.device_group IS NULL THEN 0 ELSE 1 END, "
            + "CASE WHEN x.group_name IS NULL THEN 0 ELSE 1 END, d.device_group FROM device d "
            + "LEFT JOIN excluded_device_group x ON x.tenant_id = d.tenant_id AND x.group_name = d.device_group "
            + "WHERE d.tenant_id = ?1 AND d.external_id IN (?2) "
            + "UNION ALL "
            + "SELECT 'U', u.external_id, 0, CASE WHEN x.group_name IS NULL THEN 0 ELSE 1 END, u.user_group FROM inventory_user u "
            + "LEFT JOIN excluded_user_group x ON x.tenant_id = u.tenant_id AND x.group_name = u.user_group "
            + "WHERE u.tenant_id = ?1 AND u.external_id IN (?3)";

    /** Stands in for an empty id list: external ids are never empty, and SQL has no empty IN list. */
    private static final List<String> NOTHING = List.of("");

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    DenialLog denials;

    @Inject
    AccessCache cache;

    @Inject
    Meters meters;

    /** The decision for the tenant's experts, about no asset in particular (listing, reading the tenant). */
    public AccessDecision decide(String tenantId, Operation operation) {
        return decide(tenantId, operation, List.of(), List.of());
    }

    /**
     * The decision for the tenant's experts on the devices and users involved, by their inventory
     * external ids. Ids that are not in the tenant's inventory are refused, named.
     */
    public AccessDecision decide(String tenantId, Operation operation, Collection<String> deviceIds, Collection<String> userIds) {
        return check(tenantId, operation, deviceIds, userIds).decision();
    }

    /**
     * The decision on running a response action of this type on its targets: the grant's, then
     * the tenant's response policy (act, ask for approval, guidance only), never more than the grant.
     */
    public AccessDecision decideAction(String tenantId, ActionType type, Collection<String> deviceIds, Collection<String> userIds) {
        return check(tenantId, Operation.RUN_ACTION, type, deviceIds, userIds).decision();
    }

    /** The decision as the expert asking may learn it: no tenant without a grant tells its subscription or existence. */
    public AccessDecision decideForExpert(String tenantId, Operation operation, Collection<String> deviceIds, Collection<String> userIds) {
        try {
            return decide(tenantId, operation, deviceIds, userIds).seenByExpert();
        } catch (NotFound unknownTenant) {
            return AccessDecision.noGrant();
        }
    }

    /** A decision with the grant it was made on (null when the tenant granted nothing under its subscription). */
    private record Checked(AccessDecision decision, AccessGrant grant) {
    }

    private Checked check(String tenantId, Operation operation, Collection<String> deviceIds, Collection<String> userIds) {
        return check(tenantId, operation, null, deviceIds, userIds);
    }

    /** @param action the response action asked about, whose policy mode counts; null for any other operation */
    private Checked check(String tenantId, Operation operation, ActionType action, Collection<String> deviceIds, Collection<String> userIds) {
        Instant now = Instant.now(clock);
        TenantAccess tenant = tenant(tenantId);
        String currentSubscription = tenant.subscriptionOn(LocalDate.now(clock));
        AccessGrant rule = tenant.grantUnder(currentSubscription);
        AccessDecision withoutAssets = AccessRule.decide(currentSubscription != null, rule, operation, AssetScope.NONE, now);
        Set<String> devices = ids("devices", deviceIds);
        Set<String> users = ids("users", userIds);
        if (!withoutAssets.allowed()) {
            return new Checked(withoutAssets, rule);
        }
        if (devices.isEmpty() && users.isEmpty()) {
            ResponseMode mode = action == null ? null : tenant.policy().modeFor(action, List.of());
            return new Checked(AccessRule.decide(true, rule, operation, AssetScope.NONE, mode, now), rule);
        }
        List<PolicyTarget> targets = new ArrayList<>();
        AssetScope scope = scope(tenantId, tenant, devices, users, targets);
        ResponseMode mode = action == null ? null : tenant.policy().modeFor(action, targets);
        return new Checked(AccessRule.decide(true, rule, operation, scope, mode, now), rule);
    }

    /**
     * Refuses an unknown tenant with a 404, from the tenant's cached state: a tenant user's list needs
     * no row of the tenant read on every page. A purge drops the state with the tenant, as any change does.
     */
    public void requireExisting(String tenantId) {
        tenant(tenantId);
    }

    /** The tenant's state, cached or read in one query. */
    private TenantAccess tenant(String tenantId) {
        TenantAccess cached = cache.valid(tenantId);
        if (cached != null) {
            return cached;
        }
        long stamp = cache.stamp(tenantId); // before the read: a change committed meanwhile makes what is read stale
        List<Object[]> rows = em.createQuery(GRANT_AND_SUBSCRIPTIONS, Object[].class).setParameter("tenant", tenantId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFound("There is no tenant with the id '" + tenantId + "'.");
        }
        ExpertGrant grant = (ExpertGrant) rows.get(0)[1];
        Map<String, TenantAccess.Term> terms = new LinkedHashMap<>();
        Map<Integer, PolicyRule> rules = new TreeMap<>();
        for (Object[] row : rows) {
            if (row[2] != null) {
                terms.putIfAbsent((String) row[2], new TenantAccess.Term((String) row[2], (LocalDate) row[3], (LocalDate) row[4]));
            }
            if (row[6] instanceof PolicyRuleRow rule && rule.isSet()) {
                rules.putIfAbsent(((Number) row[5]).intValue(), rule.rule());
            }
        }
        TenantAccess read = new TenantAccess(stamp, grant == null ? null : grant.toRule(), grant == null ? null : grant.getSubscriptionId(),
                List.copyOf(terms.values()), new PolicyRules(List.copyOf(rules.values())));
        cache.keep(tenantId, read);
        return read;
    }

    /**
     * Refuses, logged with a reference, unless the decision allows the caller; returns the grant
     * allowing it (its all-devices switch filters the incident queue).
     */
    public AccessGrant require(String who, String tenantId, Operation operation, Collection<String> deviceIds, Collection<String> userIds) {
        Checked checked;
        try {
            checked = check(tenantId, operation, deviceIds, userIds);
        } catch (NotFound unknownTenant) {
            // an unknown tenant looks like any other without a grant: ids are not probed this way
            meters.accessDecision(false, "UNKNOWN_TENANT");
            String ref = denials.record(who, "expert " + operation + " tenant=" + tenantId, "UNKNOWN_TENANT");
            throw new AccessDenied(AccessDecision.Reason.NO_GRANT.message(), ref);
        }
        AccessDecision decision = checked.decision();
        meters.accessDecision(decision.allowed(), decision.allowed() ? "GRANTED" : decision.reason().name());
        if (!decision.allowed()) {
            String ref = denials.record(who, "expert " + operation + " tenant=" + tenantId, decision.reason().name() + ": "
                    + decision.reason().message());
            throw new AccessDenied(decision.seenByExpert().reason().message(), ref);
        }
        return checked.grant();
    }

    public AccessGrant require(String who, String tenantId, Operation operation) {
        return require(who, tenantId, operation, List.of(), List.of());
    }

    /**
     * Of these tenants, those whose incidents the experts may read now, each with whether its grant
     * withholds the devices in device groups: the same cached decision as each tenant's own queue.
     */
    public Map<String, Boolean> readableWithholdingGroups(Collection<String> tenantIds) {
        Map<String, Boolean> readable = new LinkedHashMap<>();
        for (String tenantId : tenantIds) {
            try {
                Checked checked = check(tenantId, Operation.READ_INCIDENTS, List.of(), List.of());
                if (checked.decision().allowed()) {
                    readable.put(tenantId, !checked.grant().allDevices());
                }
            } catch (NotFound purged) {
                // purged meanwhile: nothing to read
            }
        }
        return readable;
    }

    /** The assets' scope from the facts the tenant's state remembers; the others are read in one query and remembered. */
    private AssetScope scope(String tenantId, TenantAccess tenant, Set<String> devices, Set<String> users, List<PolicyTarget> targets) {
        Map<String, TenantAccess.Asset> deviceFacts = known(tenant.devices(), devices);
        Map<String, TenantAccess.Asset> userFacts = known(tenant.users(), users);
        if (deviceFacts.size() < devices.size() || userFacts.size() < users.size()) {
            List<String> newDevices = devices.stream().filter(id -> !deviceFacts.containsKey(id)).toList();
            List<String> newUsers = users.stream().filter(id -> !userFacts.containsKey(id)).toList();
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(ASSET_FACTS).setParameter(1, tenantId)
                    .setParameter(2, newDevices.isEmpty() ? NOTHING : newDevices).setParameter(3, newUsers.isEmpty() ? NOTHING : newUsers)
                    .getResultList();
            for (Object[] row : rows) {
                boolean device = "D".equals(String.valueOf(row[0]));
                TenantAccess.Asset asset = new TenantAccess.Asset(((Number) row[2]).intValue() == 1, ((Number) row[3]).intValue() == 1,
                        (String) row[4]);
                (device ? deviceFacts : userFacts).put((String) row[1], asset);
                tenant.remember(device ? tenant.devices() : tenant.users(), (String) row[1], asset);
            }
            requireKnown("devices", devices, deviceFacts);
            requireKnown("users", users, userFacts);
        }
        deviceFacts.values().forEach(d -> targets.add(PolicyTarget.device(d.group())));
        userFacts.values().forEach(u -> targets.add(PolicyTarget.user(u.group())));
        boolean inGroup = deviceFacts.values().stream().anyMatch(TenantAccess.Asset::inGroup);
        boolean excluded = deviceFacts.values().stream().anyMatch(TenantAccess.Asset::excluded)
                || userFacts.values().stream().anyMatch(TenantAccess.Asset::excluded);
        return new AssetScope(inGroup, excluded);
    }

    private static Map<String, TenantAccess.Asset> known(Map<String, TenantAccess.Asset> remembered, Set<String> ids) {
        Map<String, TenantAccess.Asset> known = new HashMap<>();
        for (String id : ids) {
            TenantAccess.Asset asset = remembered.get(id);
            if (asset != null) {
                known.put(id, asset);
            }
        }
        return known;
    }

    /** Ids that are not in the tenant's inventory are refused, named (the first ten). */
    private static void requireKnown(String field, Set<String> ids, Map<String, TenantAccess.Asset> found) {
        List<String> missing = ids.stream().filter(id -> !found.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            throw new BadInput(field, "Not in this tenant's inventory: " + String.join(", ", missing.stream().limit(10).map(id -> "'" + id + "'").toList())
                    + (missing.size() > 10 ? " and others" : "") + ".");
        }
    }

    private static Set<String> ids(String field, Collection<String> ids) {
        Set<String> result = new LinkedHashSet<>();
        if (ids == null) {
            return result;
        }
        if (ids.size() > MAX_ASSETS) {
            throw new BadInput(field, "At most " + MAX_ASSETS + " " + field + " per request.");
        }
        for (String id : ids) {
            if (id == null || id.isBlank() || id.length() > 128) {
                throw new BadInput(field, "An external id has 1 to 128 characters.");
            }
            result.add(id.strip());
        }
        return result;
    }
}
