package org.mxdr.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

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
 * The outbox against a real SMTP server that is down, then up: the change succeeds at once and
 * each mail arrives exactly once when the server is back (the build retries every second here).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OutboxIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void mailWaitsWhileTheMailServerIsDownAndArrivesExactlyOnce() {
        String tenant = Api.createEligibleTenant("Smtp down " + Fixtures.unique(), "EU");
        String email = Commercial.adminEmail(tenant);
        try (Mailbox.Away away = Mailbox.away()) {
            // no SMTP server is listening: the subscription still succeeds
            assertEquals(201, Commercial.subscribe(tenant, Commercial.newCommercialExecutive(), Fixtures.PASSWORD, Commercial.aYear()).status());
            Mailbox.sleep(4000); // several failed attempts
        }
        Mailbox mailbox = Mailbox.ofTheRun();
        mailbox.await(email, 1, Duration.ofSeconds(60));
        Mailbox.sleep(5000); // more ticks: nothing is sent again
        assertEquals(1, mailbox.to(email).size(), "exactly one welcome email");
    }

    @Test
    void manyMailsEachArriveOnce() {
        String ce = Commercial.newCommercialExecutive();
        Mailbox mailbox = Mailbox.ofTheRun();
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String tenant = Api.createEligibleTenant("Many mails " + i + " " + Fixtures.unique(), "US");
            emails.add(Commercial.adminEmail(tenant));
            assertEquals(201, Commercial.subscribe(tenant, ce, Fixtures.PASSWORD, Commercial.aYear()).status());
        }
        for (String email : emails) {
            mailbox.await(email, 1, Duration.ofSeconds(60));
        }
        Mailbox.sleep(3000);
        for (String email : emails) {
            assertEquals(1, mailbox.to(email).size(), email);
        }
        assertTrue(emails.stream().distinct().count() == emails.size());
    }
}
