package org.mxdr.reports.boundary;

import java.time.Duration;

import org.mxdr.onboarding.entity.Region;

/**
 * One tenant's row of the summary across tenants for a month: investigated and resolved in the
 * month, the mean time to resolve of those resolved, the customer's cards pending now.
 * {@code available} is false when the tenant's regional store did not answer (its figures are then 0).
 */
public record TenantSummary(String tenantId, String tenantName, Region region, long investigated, long resolved, Duration meanTimeToResolve,
                            long customerActionsPending, boolean available) {
}
