package org.mxdr.webhooks.control;

/** Fired when an event got deliveries; after the commit, the sender tries them at once. */
public record WebhooksQueued(String eventId) {
}
