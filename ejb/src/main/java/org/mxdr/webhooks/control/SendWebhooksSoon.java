package org.mxdr.webhooks.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Starts a delivery pass once a transaction that queued deliveries has committed (and only
 * then). The pass runs on the container's asynchronous threads, so the request that made the
 * change answers at once, however slow a receiver is.
 */
@ApplicationScoped
public class SendWebhooksSoon {

    @Inject
    WebhookSender sender;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) WebhooksQueued queued) {
        sender.soon();
    }
}
