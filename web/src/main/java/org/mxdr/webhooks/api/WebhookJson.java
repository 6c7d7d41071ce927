package org.mxdr.webhooks.api;

import java.time.Instant;
import java.util.List;

import org.mxdr.webhooks.entity.WebhookEndpoint;

/** An endpoint as the API shows it; {@code secret} only in the answer to its registration. */
public record WebhookJson(String id, String url, List<String> events, boolean enabled, String createdBy, Instant createdAt,
                          Instant failingSince, Instant disabledAt, String disabledReason, String secret) {
    static WebhookJson of(WebhookEndpoint e) {
        return new WebhookJson(e.getId(), e.getUrl(), e.eventNames(), e.isEnabled(), e.getCreatedBy(), e.getCreatedAt(),
                e.getFailingSince(), e.getDisabledAt(), e.getDisabledReason(), null);
    }

    static WebhookJson withSecret(WebhookEndpoint e) {
        WebhookJson j = of(e);
        return new WebhookJson(j.id(), j.url(), j.events(), j.enabled(), j.createdBy(), j.createdAt(), null, null, null, e.getSecret());
    }
}
