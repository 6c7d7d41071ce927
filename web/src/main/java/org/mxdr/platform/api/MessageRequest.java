package org.mxdr.platform.api;

import jakarta.validation.constraints.NotBlank;

/** The request body of a message as plain text: a question's follow-up or answer, a line in an incident's chat. */
public record MessageRequest(@NotBlank(message = "The message is required.") String body) {
}
