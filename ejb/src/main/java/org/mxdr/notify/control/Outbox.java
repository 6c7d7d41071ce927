package org.mxdr.notify.control;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mxdr.notify.entity.OutboxAttachment;
import org.mxdr.notify.entity.OutboxMail;
import org.mxdr.platform.EmailAddress;
import org.mxdr.platform.Settings;

/**
 * Queues mail in the caller's transaction: it is sent if and only if the change commits, and a
 * mail server that is down delays it but never fails the change.
 */
@Stateless
@PermitAll
public class Outbox {
    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<MailQueued> queued;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public OutboxMail enqueue(String to, String subject, String body) {
        return enqueue(to, subject, body, List.of());
    }

    /** As {@link #enqueue(String, String, String)}, with files attached (kept with the mail until it is sent). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public OutboxMail enqueue(String to, String subject, String body, List<OutboxAttachment.File> attachments) {
        OutboxMail mail = OutboxMail.of(EmailAddress.normalise("to", to), subject, body, Instant.now(clock));
        em.persist(mail);
        for (int i = 0; i < attachments.size(); i++) {
            em.persist(OutboxAttachment.of(mail, i, attachments.get(i)));
        }
        queued.fire(new MailQueued(mail.getId()));
        if (Settings.flag("demo")) {
            // the demo runs without a mail server: show the mail, so its links can be followed
            LOG.info(() -> "Demo mail to " + to + ": " + subject + "\n" + body);
        }
        return mail;
    }

    public OutboxMail find(String id) {
        return em.find(OutboxMail.class, id);
    }
}
