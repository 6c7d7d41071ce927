package org.mxdr.reports.boundary;

import java.time.YearMonth;
import java.util.List;

/** The summary across tenants for one month, one row per tenant, by name. */
public record MonthSummary(YearMonth month, List<TenantSummary> tenants) {
}
