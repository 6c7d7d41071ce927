package org.mxdr.servicelevels.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.mxdr.platform.Callers;
import org.mxdr.platform.Roles;
import org.mxdr.servicelevels.control.BreachCheckJob;

/** The breach check run on demand by the provider admin (what the timer runs each minute); idempotent. */
@Stateless
@RolesAllowed(Roles.PROVIDER_ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BreachCheckService {
    @Inject
    BreachCheckJob job;

    @Inject
    Callers callers;

    /** How many breaches this run notified; each breach is notified by one run only. */
    public int run() {
        return job.run(callers.current().username());
    }
}
