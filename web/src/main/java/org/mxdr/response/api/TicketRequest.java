package org.mxdr.response.api;

import jakarta.validation.constraints.NotBlank;

/** The request body of POST /tenants/{t}/incidents/{i}/tickets. */
public record TicketRequest(@NotBlank(message = "The title is required.") String title,
                            @NotBlank(message = "The description is required.") String body) {
}
