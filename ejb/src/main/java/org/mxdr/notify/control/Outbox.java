package org.mxdr.notify.control;

import java.time.Clock;
import java.time.Instant;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mxdr.notify.entity.OutboxMail;
import org.mxdr.platform.EmailAddress;

/**
 * Queues mail in the caller's transaction: it is sent if and only if the change commits, and a
 * mail server that is down delays it but never fails the change.
 */
@Stateless
@PermitAll
public class Outbox {

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<MailQueued> queued;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public OutboxMail enqueue(String to, String subject, String body) {
        OutboxMail mail = OutboxMail.of(EmailAddress.normalise("to", to), subject, body, Instant.now(clock));
        em.persist(mail);
        queued.fire(new MailQueued(mail.getId()));
        return mail;
    }

    public OutboxMail find(String id) {
        return em.find(OutboxMail.class, id);
    }
}
