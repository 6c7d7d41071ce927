package org.mxdr.testing;

import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.event.suite.AfterClass;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;
import org.jboss.arquillian.test.spi.event.suite.BeforeClass;
import org.jboss.arquillian.test.spi.event.suite.BeforeSuite;

/**
 * Starts the {@link Mailbox} before the first IT class and keeps it answering for the whole run:
 * without it, every class's mail waited in the outbox for retries (thousands of failed attempts a
 * run) and slowed the mail a later test waits for. A class marked {@link WithoutMailServer} runs
 * while it is away. Registered in {@code META-INF/services/org.jboss.arquillian.core.spi.LoadableExtension}.
 */
public class RunWideMailServer implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Lifecycle.class);
    }

    public static class Lifecycle {
        public void start(@Observes BeforeSuite event) {
            Mailbox.ofTheRun();
        }

        public void awayFor(@Observes BeforeClass event) {
            if (event.getTestClass().isAnnotationPresent(WithoutMailServer.class)) {
                Mailbox.stop();
            }
        }

        public void backAfter(@Observes AfterClass event) {
            if (event.getTestClass().isAnnotationPresent(WithoutMailServer.class)) {
                Mailbox.ofTheRun();
            }
        }

        public void stop(@Observes AfterSuite event) {
            Mailbox.stop();
        }
    }
}
