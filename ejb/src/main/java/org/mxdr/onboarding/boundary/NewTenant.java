package org.mxdr.onboarding.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.mxdr.onboarding.entity.Cloud;
import org.mxdr.onboarding.entity.Region;

/** A tenant to onboard; the entity normalises the name and checks the email. */
public record NewTenant(
        @NotBlank(message = "A tenant name is required.") @Size(max = 200, message = "The tenant name must have at most 200 characters.") String name,
        @NotNull(message = "A cloud is required: one of COMMERCIAL, GCC, GCC_HIGH, DOD.") Cloud cloud,
        @NotNull(message = "A region is required for the tenant's reporting data.") Region region,
        @NotBlank(message = "The admin's email address is required.") @Size(max = 254, message = "The email address must have at most 254 characters.") String adminEmail) {
}
