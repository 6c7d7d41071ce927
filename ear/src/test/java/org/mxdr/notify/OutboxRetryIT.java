package org.mxdr.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.notify.control.Outbox;
import org.mxdr.notify.entity.OutboxMail;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;
import org.mxdr.testing.WithoutMailServer;

/** The outbox inside the server while no mail server listens: mail exists only if its transaction committed, and failures are kept for retry. */
@ExtendWith(ArquillianExtension.class)
@WithoutMailServer
class OutboxRetryIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(OutboxRetryIT.class);
    }

    @Inject
    Outbox outbox;

    @Inject
    UserTransaction tx;

    @Test
    void mailOfARolledBackChangeIsNeverSent() throws Exception {
        tx.begin();
        String id = outbox.enqueue("rollback-" + Fixtures.unique() + "@example.org", "Never", "Never sent").getId();
        tx.rollback();
        assertNull(outbox.find(id));
    }

    @Test
    void aFailedAttemptIsRecordedAndRetriedLater() throws Exception {
        tx.begin();
        String id = outbox.enqueue("down-" + Fixtures.unique() + "@example.org", "Hello", "Body").getId();
        tx.commit();
        long end = System.currentTimeMillis() + 30_000;
        OutboxMail mail = outbox.find(id);
        while (mail.getAttempts() < 2 && System.currentTimeMillis() < end) {
            Thread.sleep(250);
            mail = outbox.find(id);
        }
        assertTrue(mail.getAttempts() >= 2, "retried: " + mail.getAttempts());
        assertTrue(mail.isPending(), "kept while the mail server is down");
        assertNotNull(mail.getLastError());
        assertTrue(mail.getNextAttemptAt().isAfter(mail.getSentAt() == null ? java.time.Instant.EPOCH : mail.getSentAt()));
        assertEquals(OutboxMail.Status.PENDING, mail.getStatus());
    }
}
