package org.mxdr.identity.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.mxdr.platform.Role;

/** What an admin may change of a user: where mail reaches them, and their role on the same side. */
public record UserChange(
        @NotBlank(message = "An email address is required.") @Size(max = 254, message = "The email address must have at most 254 characters.") String email,
        @NotNull(message = "A role is required.") Role role) {
}
