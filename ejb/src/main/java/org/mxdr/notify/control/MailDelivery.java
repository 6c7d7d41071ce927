package org.mxdr.notify.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mxdr.notify.entity.OutboxAttachment;
import org.mxdr.notify.entity.OutboxMail;
import org.mxdr.platform.Settings;

/**
 * The outbox's bookkeeping, each step in its own transaction. A row is claimed with a
 * conditional update that only one node (or thread) can win, so no mail goes out twice.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MailDelivery {
    /** How long a claim keeps other nodes away from a row while its mail is being sent. */
    static final Duration LEASE = Duration.ofMinutes(5);

    /** A claimed mail, detached from the database. */
    public record Letter(String id, String to, String subject, String body, List<OutboxAttachment.File> attachments) {
    }

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    Clock clock;

    /** The mail not sent yet: how many, and when the oldest of them was queued (null when none). */
    public record Backlog(long count, Instant oldest) {
    }

    public Backlog backlog() {
        Object[] row = em.createQuery("SELECT COUNT(m), MIN(m.createdAt) FROM OutboxMail m WHERE m.status = :pending", Object[].class)
                .setParameter("pending", OutboxMail.Status.PENDING).getSingleResult();
        return new Backlog(((Number) row[0]).longValue(), (Instant) row[1]);
    }

    public List<String> due(int max) {
        return em.createNamedQuery(OutboxMail.DUE, String.class)
                .setParameter("pending", OutboxMail.Status.PENDING).setParameter("now", Instant.now(clock))
                .setMaxResults(max).getResultList();
    }

    public Optional<Letter> claim(String id) {
        Instant now = Instant.now(clock);
        int won = em.createNamedQuery(OutboxMail.CLAIM)
                .setParameter("until", now.plus(LEASE)).setParameter("id", id)
                .setParameter("pending", OutboxMail.Status.PENDING).setParameter("now", now).executeUpdate();
        if (won == 0) {
            return Optional.empty();
        }
        OutboxMail mail = em.find(OutboxMail.class, id);
        List<OutboxAttachment.File> files = em.createNamedQuery(OutboxAttachment.OF_MAIL, OutboxAttachment.class).setParameter("mailId", id)
                .getResultStream().map(OutboxAttachment::file).toList();
        return Optional.of(new Letter(mail.getId(), mail.getRecipient(), mail.getSubject(), mail.getBody(), files));
    }

    public void sent(String id) {
        em.find(OutboxMail.class, id).sent(Instant.now(clock));
    }

    public void failed(String id, String error) {
        em.find(OutboxMail.class, id).failed(error, Instant.now(clock), retryBase());
    }

    static Duration retryBase() {
        return Duration.ofSeconds(Settings.get("outbox.retry.seconds").map(Long::parseLong).orElse(30L));
    }
}
