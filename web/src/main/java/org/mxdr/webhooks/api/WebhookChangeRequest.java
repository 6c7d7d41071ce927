package org.mxdr.webhooks.api;

import java.util.List;

/**
 * The body of PUT /tenants/{t}/webhooks/{w}: what to change; an absent field keeps its value
 * (so {@code {"enabled": true}} enables a disabled endpoint and starts its failure window afresh).
 */
public record WebhookChangeRequest(String url, List<String> events, Boolean enabled) {
}
