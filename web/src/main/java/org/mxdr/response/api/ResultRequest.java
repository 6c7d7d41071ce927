package org.mxdr.response.api;

import jakarta.validation.constraints.NotNull;

/** The request body of POST /platform/commands/{c}/result. */
public record ResultRequest(@NotNull(message = "'succeeded' is required: true or false.") Boolean succeeded, String result) {
}
