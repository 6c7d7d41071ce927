package org.mxdr.onboarding.boundary;

/** Who looks after a tenant for the provider: the delivery manager's username and email, both null when none is assigned. */
public record DeliveryManager(String tenantId, String username, String email) {
}
