package org.mxdr.servicelevels.boundary;

import java.util.Map;
import java.util.Set;

import org.mxdr.response.entity.Severity;
import org.mxdr.servicelevels.entity.Targets;

/** A tenant's targets per severity, and which severities its subscription sets itself rather than following the provider's default. */
public record TenantServiceLevels(String tenantId, Map<Severity, Targets> targets, Set<Severity> ownTargets) {
}
