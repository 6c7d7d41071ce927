package org.mxdr.notify.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Starts a delivery pass once a transaction that queued mail has committed (and only then). */
@ApplicationScoped
public class SendSoon {

    @Inject
    OutboxSender sender;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        sender.soon(queued.id());
    }
}
