package org.mxdr.identity.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What an admin may change of a user: where mail reaches them, and their role (a security role name) on the same side. */
public record UserChange(
        @NotBlank(message = "An email address is required.") @Size(max = 254, message = "The email address must have at most 254 characters.") String email,
        @NotBlank(message = "A role is required.") String role) {
}
