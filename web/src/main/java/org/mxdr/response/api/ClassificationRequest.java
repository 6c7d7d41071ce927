package org.mxdr.response.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.mxdr.response.entity.Classification;

/** The request body of POST /tenants/{t}/incidents/{i}/classification. */
public record ClassificationRequest(
        @NotNull(message = "The classification is required: TRUE_POSITIVE, FALSE_POSITIVE or INFORMATIONAL_EXPECTED.") Classification classification,
        @NotBlank(message = "The determination is required.") String determination) {
}
