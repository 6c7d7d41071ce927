package org.mxdr.webhooks.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

/**
 * The body of POST and PUT /tenants/{t}/webhooks[/{w}]: where to deliver, the wanted event
 * types by their wire names, and whether the endpoint is enabled (POST: default true). On PUT an
 * absent field keeps its value. The boundary refuses what is missing, after the caller's right.
 */
public record WebhookRequest(@NotBlank(message = "The endpoint's URL is required.") String url,
                             @NotEmpty(message = "Choose at least one event type.") List<String> events, Boolean enabled) {
}
