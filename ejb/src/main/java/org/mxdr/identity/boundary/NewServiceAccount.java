package org.mxdr.identity.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.mxdr.platform.Role;

/** What it takes to create a service account; the entity checks the name and the role's side. */
public record NewServiceAccount(
        String name,
        @NotNull(message = "A role is required.") Role role,
        @Size(max = 36, message = "No tenant has an id that long.") String tenantId) {
}
