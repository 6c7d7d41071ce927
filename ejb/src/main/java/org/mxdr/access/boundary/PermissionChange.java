package org.mxdr.access.boundary;

import java.time.Instant;

/**
 * The permissions a tenant admin submits. Absent values take the defaults of the Permissions
 * page: the investigate level on, respond off, all devices on, expiry at the subscription's end.
 *
 * @param serviceProviderAccess must be true (or absent): it is always required
 * @param version               the version read; required when a grant exists
 */
public record PermissionChange(Boolean serviceProviderAccess, Boolean investigateAndGuide, Boolean respondDirectly,
                               Boolean allDevices, Instant expiresAt, Long version) {
}
