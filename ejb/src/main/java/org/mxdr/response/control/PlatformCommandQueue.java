package org.mxdr.response.control;

import java.time.Clock;
import java.time.Instant;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mxdr.response.entity.PlatformCommand;
import org.mxdr.response.entity.ResponseAction;

/**
 * The detection platform's side of a response action: a command written in the transaction that
 * records the action, which the platform picks up ({@code GET /platform/commands}) and reports on.
 */
@Stateless
@PermitAll
public class PlatformCommandQueue implements ResponseExecutor {

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void execute(ResponseAction action) {
        em.persist(PlatformCommand.of(action, Instant.now(clock)));
    }
}
