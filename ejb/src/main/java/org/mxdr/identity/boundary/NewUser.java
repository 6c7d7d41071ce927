package org.mxdr.identity.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.mxdr.platform.Role;

/** What it takes to create a user; the entity checks the finer rules (username form, password policy). */
public record NewUser(
        @NotBlank(message = "A username is required.") @Size(max = 64, message = "The username must have at most 64 characters.") String username,
        @NotBlank(message = "A password is required.") @Size(max = 1024, message = "The password is too long.") String password,
        @NotBlank(message = "An email address is required.") @Size(max = 254, message = "The email address must have at most 254 characters.") String email,
        @NotNull(message = "A role is required.") Role role,
        @Size(max = 36, message = "No tenant has an id that long.") String tenantId) {
}
