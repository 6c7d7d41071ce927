package org.mxdr.response.api;

import jakarta.validation.constraints.NotBlank;

/** The request body of POST /tenants/{t}/incidents/{i}/notes. */
public record NoteRequest(@NotBlank(message = "The note is required.") String body) {
}
