package org.mxdr.reports.control;

import jakarta.ejb.ApplicationException;

import org.mxdr.onboarding.entity.Region;

/**
 * A region's reporting store did not answer. Rolls back the caller's transaction: what was to be
 * done there (a delivery, a purge) is done again later.
 */
@ApplicationException(rollback = true)
public class StoreDown extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Region region;

    public StoreDown(Region region, Throwable cause) {
        super("The reporting store " + region + " is unavailable: " + cause.getMessage(), cause);
        this.region = region;
    }

    public Region region() {
        return region;
    }
}
