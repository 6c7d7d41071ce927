package org.mxdr.access.control;

/**
 * The query form of a live grant, for lists that span every tenant whose experts' access is live
 * now (the expert's tenants, the questions the experts may answer). It is the index only: the
 * access control still decides each request.
 */
public final class LiveGrants {
    /**
     * JPQL joins from a tenant id expression to its grant {@code g} and the grant's subscription
     * {@code s}; pair with {@link #CONDITION}. Parameters {@code :now} (instant) and {@code :today}.
     */
    public static String joinsOn(String tenantId) {
        return " JOIN ExpertGrant g ON g.tenantId = " + tenantId + " JOIN Subscription s ON s.id = g.subscriptionId ";
    }

    /** Not revoked, not expired, under a subscription active today, with service provider access and some level. */
    public static final String CONDITION = "g.revokedAt IS NULL AND g.permissions.expiresAt > :now AND s.terminatedAt IS NULL "
            + "AND s.term.firstDay <= :today AND s.term.lastDay >= :today AND g.serviceProviderAccess = true "
            + "AND (g.permissions.investigateAndGuide = true OR g.permissions.respondDirectly = true)";

    private LiveGrants() {
    }
}
