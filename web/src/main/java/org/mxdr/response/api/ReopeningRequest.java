package org.mxdr.response.api;

import jakarta.validation.constraints.NotBlank;

/** The request body of POST /tenants/{t}/incidents/{i}/reopening. */
public record ReopeningRequest(@NotBlank(message = "The reason for reopening is required.") String reason) {
}
