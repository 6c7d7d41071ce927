package org.mxdr.access.boundary;

import java.time.Instant;

/** A tenant as an expert sees it in his list: one where the experts hold a live grant. */
public record ExpertTenant(String tenantId, String name, String level, boolean respondDirectly, boolean allDevices,
                           Instant expiresAt) {
}
