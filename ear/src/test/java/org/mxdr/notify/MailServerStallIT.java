package org.mxdr.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.testing.Api;
import org.mxdr.testing.Commercial;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;
import org.mxdr.testing.Mailbox;

/**
 * A mail server that accepts connections and never answers: the mail session's read timeout
 * (MXDR_SMTP_TIMEOUT_MILLIS, 5 s in the tests) ends each stalled attempt, so the outbox keeps
 * retrying instead of hanging on the first connection; once a real server answers, the mail arrives
 * exactly once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailServerStallIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aStalledMailServerDelaysMailButNeverHoldsTheOutbox() throws IOException {
        String tenant = Api.createEligibleTenant("Smtp stalled " + Fixtures.unique(), "EU");
        String email = Commercial.adminEmail(tenant);
        List<Socket> held = new CopyOnWriteArrayList<>();
        // the run's mail server is away while a silent one holds its port, until every held connection is closed
        try (Mailbox.Away away = Mailbox.away()) {
            try (ServerSocket silent = new ServerSocket(Mailbox.PORT, 50, InetAddress.getLoopbackAddress())) {
                Thread acceptor = new Thread(() -> {
                    try {
                        while (true) {
                            held.add(silent.accept()); // accepted, never answered, never closed
                        }
                    } catch (IOException closed) {
                        // the test closed the socket
                    }
                });
                acceptor.setDaemon(true);
                acceptor.start();
                assertEquals(201, Commercial.subscribe(tenant, Commercial.newCommercialExecutive(), Fixtures.PASSWORD, Commercial.aYear()).status());
                long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (held.size() < 2 && System.nanoTime() < end) {
                    Mailbox.sleep(200);
                }
                // without timeouts the first connection would block the sender for good: one connection, ever
                assertTrue(held.size() >= 2, "the outbox gave up on the stalled connection and tried again; connections: " + held.size());
            } finally {
                for (Socket socket : held) {
                    socket.close();
                }
            }
        }
        Mailbox mailbox = Mailbox.ofTheRun();
        mailbox.await(email, 1, Duration.ofSeconds(60));
        Mailbox.sleep(3000);
        assertEquals(1, mailbox.to(email).size(), "exactly one welcome email once a mail server answers");
    }
}
