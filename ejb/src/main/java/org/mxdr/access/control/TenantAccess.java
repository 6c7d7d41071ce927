package org.mxdr.access.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.mxdr.access.entity.AccessGrant;
import org.mxdr.access.entity.PolicyRules;

/**
 * What the access control knows of one tenant, as cached between requests: its grant, the terms
 * of its subscriptions that are not terminated, and the facts of the assets asked about so far.
 * Nothing here depends on the time it was read: the current subscription and the grant's expiry
 * are judged at each decision, so the clock passing a term's end or an expiry needs no invalidation.
 *
 * @param stamp the tenant's change stamp when this was read; a later change makes it stale
 * @param grant the grant as the access rule needs it, or null when the tenant never granted anything
 * @param grantSubscriptionId the subscription the grant was given under
 * @param policy the tenant's response policy (no rules when it never saved one)
 */
record TenantAccess(long stamp, AccessGrant grant, String grantSubscriptionId, List<Term> terms, PolicyRules policy,
                    Map<String, Asset> devices, Map<String, Asset> users) {

    /** More assets of one tenant are looked up every time rather than kept, so one huge tenant cannot fill the heap. */
    static final int MAX_ASSETS = 50_000;

    /** The term of a subscription that is not terminated. */
    record Term(String subscriptionId, LocalDate start, LocalDate end) {
        boolean activeOn(LocalDate day) {
            return !start.isAfter(day) && !end.isBefore(day);
        }
    }

    /** One inventory asset: a device in a device group; an asset in an excluded group; its group (null: none), which the policy reads. */
    record Asset(boolean inGroup, boolean excluded, String group) {
    }

    TenantAccess(long stamp, AccessGrant grant, String grantSubscriptionId, List<Term> terms, PolicyRules policy) {
        this(stamp, grant, grantSubscriptionId, List.copyOf(terms), policy, new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
    }

    /** The subscription active on that day, or null. */
    String subscriptionOn(LocalDate day) {
        for (Term term : terms) {
            if (term.activeOn(day)) {
                return term.subscriptionId();
            }
        }
        return null;
    }

    /** The grant that counts under that subscription: one given for an earlier subscription grants nothing. */
    AccessGrant grantUnder(String subscriptionId) {
        return grant != null && grantSubscriptionId.equals(subscriptionId) ? grant : null;
    }

    void remember(Map<String, Asset> known, String externalId, Asset asset) {
        if (known.size() < MAX_ASSETS) {
            known.put(externalId, asset);
        }
    }
}
