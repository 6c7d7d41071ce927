package org.mxdr.retention.control;

import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

/**
 * Stops the start when the grace period is misconfigured: a server that would purge customers'
 * data earlier than promised must not run. One log line says which variable and why.
 */
@Singleton
@Startup
@PermitAll
public class RetentionStartCheck {
    private static final Logger LOG = Logger.getLogger(RetentionStartCheck.class.getName());

    private int graceDays;

    @PostConstruct
    public void check() {
        try {
            graceDays = RetentionSettings.graceDays();
        } catch (IllegalStateException e) {
            LOG.severe(() -> "Refusing to start: " + e.getMessage());
            throw e;
        }
        LOG.info(() -> "Retention: tenants' data kept " + graceDays + " days after their subscription ends");
    }

    public int graceDays() {
        return graceDays;
    }
}
