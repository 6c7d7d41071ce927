package org.mxdr.identity.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.mxdr.identity.entity.AppUser;
import org.mxdr.identity.entity.PasswordReset;
import org.mxdr.notify.control.Outbox;
import org.mxdr.platform.Settings;
import org.mxdr.platform.SingleUseLink;

/**
 * Issues password-reset links and queues their email in the caller's transaction; a new link
 * voids the user's older ones. Valid for MXDR_PASSWORD_RESET_MINUTES (default 60) from the clock;
 * at most {@link #PER_HOUR} links per user an hour, so the form cannot flood a mailbox.
 */
@Stateless
@PermitAll
public class PasswordResets {
    public static final int PER_HOUR = 3;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    /** Mails the user a new link, unless it got {@link #PER_HOUR} in the last hour; true when one was sent. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean send(AppUser user, String requestedBy) {
        Instant now = Instant.now(clock);
        long recent = em.createNamedQuery(PasswordReset.ISSUED_SINCE, Long.class).setParameter("userId", user.getId())
                .setParameter("since", now.minus(Duration.ofHours(1))).getSingleResult();
        if (recent >= PER_HOUR) {
            return false;
        }
        em.createNamedQuery(PasswordReset.OPEN_OF_USER, PasswordReset.class).setParameter("userId", user.getId())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().forEach(old -> old.voidFor(now));
        PasswordReset.Issued issued = PasswordReset.issue(user, now, validity());
        em.persist(issued.reset());
        String url = Settings.publicUrl() + "/reset.xhtml?token=" + issued.token();
        outbox.enqueue(user.getEmail(), "Reset your MXDR Console password", """
                Hello %s,

                %s asked for a new password for your MXDR Console account. Open this link and
                choose one:

                %s

                The link works once and expires on %s. If you did not ask for it, ignore this
                mail: your password stays as it is.
                """.formatted(user.getUsername(), requestedBy, url, WHEN.format(issued.reset().getExpiresAt())));
        return true;
    }

    /** The link behind a token, locked so that two uses at once cannot both succeed. */
    public Optional<PasswordReset> find(String token, boolean lock) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery(PasswordReset.BY_HASH, PasswordReset.class).setParameter("hash", SingleUseLink.hash(token.trim()))
                .setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE).getResultStream().findFirst();
    }

    static Duration validity() {
        return Duration.ofMinutes(Settings.get("password.reset.minutes").map(Long::parseLong).orElse(60L));
    }
}
