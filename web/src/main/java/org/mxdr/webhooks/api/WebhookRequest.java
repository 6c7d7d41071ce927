package org.mxdr.webhooks.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

/**
 * The body of POST /tenants/{t}/webhooks: where to deliver, the wanted event types by their wire
 * names, and whether the endpoint is enabled (default true). The boundary refuses what is
 * missing, in the same words, after the caller's right is checked.
 */
public record WebhookRequest(@NotBlank(message = "The endpoint's URL is required.") String url,
                             @NotEmpty(message = "Choose at least one event type.") List<String> events, Boolean enabled) {
}
