package org.mxdr.access.control;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
import org.mxdr.platform.AccessDenied;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.DenialLog;
import org.mxdr.platform.NotFound;

/**
 * The one access control of the experts' access: whether the provider's experts may perform an
 * operation inside a tenant on the assets involved. Every expert-facing boundary asks it; none
 * decides on its own. It reads the state with at most two queries (the grant with the current
 * subscription; the assets' groups and exclusions) and leaves the decision to {@link AccessRule}.
 */
@Stateless
@PermitAll
public class AccessControl {
    public static final int MAX_ASSETS = 1000;

    private static final String GRANT_AND_SUBSCRIPTION = "SELECT t.id, g, s.id FROM Tenant t "
            + "LEFT JOIN ExpertGrant g ON g.tenantId = t.id "
            + "LEFT JOIN Subscription s ON s.tenantId = t.id AND s.terminatedAt IS NULL AND s.termStart <= :today AND s.termEnd >= :today "
            + "WHERE t.id = :tenant";

    // one row per asset found: whether it is a device in a device group, and whether its group is excluded
    private static final String ASSET_SCOPE = "SELECT COALESCE(SUM(a.in_group), 0), COALESCE(SUM(a.excluded), 0), "
            + "COALESCE(SUM(a.is_device), 0), COUNT(*) FROM ("
            + "SELECT CASE WHEN d.device_group IS NULL THEN 0 ELSE 1 END AS in_group, "
            + "CASE WHEN x.group_name IS NULL THEN 0 ELSE 1 END AS excluded, 1 AS is_device FROM device d "
            + "LEFT JOIN excluded_device_group x ON x.tenant_id = d.tenant_id AND x.group_name = d.device_group "
            + "WHERE d.tenant_id = ?1 AND d.external_id IN (?2) "
            + "UNION ALL "
            + "SELECT 0, CASE WHEN x.group_name IS NULL THEN 0 ELSE 1 END, 0 FROM inventory_user u "
            + "LEFT JOIN excluded_user_group x ON x.tenant_id = u.tenant_id AND x.group_name = u.user_group "
            + "WHERE u.tenant_id = ?1 AND u.external_id IN (?3)) a";

    /** Stands in for an empty id list: external ids are never empty, and SQL has no empty IN list. */
    private static final List<String> NOTHING = List.of("");

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    DenialLog denials;

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
        Instant now = Instant.now(clock);
        Object[] row = em.createQuery(GRANT_AND_SUBSCRIPTION, Object[].class).setParameter("tenant", tenantId)
                .setParameter("today", LocalDate.now(clock)).setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("There is no tenant with the id '" + tenantId + "'."));
        ExpertGrant grant = (ExpertGrant) row[1];
        String currentSubscription = (String) row[2];
        // a grant given for an earlier subscription grants nothing under a new one
        AccessGrant rule = grant != null && grant.getSubscriptionId().equals(currentSubscription) ? grant.toRule() : null;
        AccessDecision withoutAssets = AccessRule.decide(currentSubscription != null, rule, operation, AssetScope.NONE, now);
        Set<String> devices = ids("devices", deviceIds);
        Set<String> users = ids("users", userIds);
        if (!withoutAssets.allowed() || (devices.isEmpty() && users.isEmpty())) {
            return new Checked(withoutAssets, rule);
        }
        AssetScope scope = scope(tenantId, devices, users);
        return new Checked(AccessRule.decide(true, rule, operation, scope, now), rule);
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
            String ref = denials.record(who, "expert " + operation + " tenant=" + tenantId, "UNKNOWN_TENANT");
            throw new AccessDenied(AccessDecision.Reason.NO_GRANT.message(), ref);
        }
        AccessDecision decision = checked.decision();
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

    private AssetScope scope(String tenantId, Set<String> devices, Set<String> users) {
        Object[] counts = (Object[]) em.createNativeQuery(ASSET_SCOPE).setParameter(1, tenantId)
                .setParameter(2, devices.isEmpty() ? NOTHING : devices).setParameter(3, users.isEmpty() ? NOTHING : users)
                .getSingleResult();
        long inGroup = ((Number) counts[0]).longValue();
        long excluded = ((Number) counts[1]).longValue();
        long devicesFound = ((Number) counts[2]).longValue();
        long usersFound = ((Number) counts[3]).longValue() - devicesFound;
        if (devicesFound < devices.size()) {
            throw new BadInput("devices", "Not in this tenant's inventory: " + missing(tenantId, "device", devices) + ".");
        }
        if (usersFound < users.size()) {
            throw new BadInput("users", "Not in this tenant's inventory: " + missing(tenantId, "inventory_user", users) + ".");
        }
        return new AssetScope(inGroup > 0, excluded > 0);
    }

    /** Only on the error path: which of the ids the inventory lacks. */
    private String missing(String tenantId, String table, Set<String> ids) {
        @SuppressWarnings("unchecked")
        List<String> found = em.createNativeQuery("SELECT external_id FROM " + table + " WHERE tenant_id = ?1 AND external_id IN (?2)")
                .setParameter(1, tenantId).setParameter(2, ids).getResultList();
        List<String> missing = new ArrayList<>(ids);
        missing.removeAll(found);
        return String.join(", ", missing.stream().limit(10).map(id -> "'" + id + "'").toList()) + (missing.size() > 10 ? " and others" : "");
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
