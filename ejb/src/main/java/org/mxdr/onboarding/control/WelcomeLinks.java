package org.mxdr.onboarding.control;

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

import org.mxdr.notify.control.Outbox;
import org.mxdr.onboarding.entity.Tenant;
import org.mxdr.onboarding.entity.WelcomeLink;
import org.mxdr.platform.Settings;
import org.mxdr.platform.SingleUseLink;

/**
 * Issues welcome links and queues their email in the caller's transaction; a new link voids the
 * tenant's older ones. Links are valid for mxdr.welcome.link.days (default 7) from the clock.
 */
@Stateless
@PermitAll
public class WelcomeLinks {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    /** A new link of the tenant; only the latest opens a door, so every older one is void from now on. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public WelcomeLink.Issued issue(Tenant tenant) {
        Instant now = Instant.now(clock);
        em.createNamedQuery(WelcomeLink.OPEN_OF_TENANT, WelcomeLink.class).setParameter("tenantId", tenant.getId())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().forEach(old -> old.voidFor(now));
        WelcomeLink.Issued issued = WelcomeLink.issue(tenant.getId(), tenant.getAdminEmail(), now, validity());
        em.persist(issued.link());
        return issued;
    }

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public WelcomeLink send(Tenant tenant) {
        WelcomeLink.Issued issued = issue(tenant);
        String url = Settings.publicUrl() + "/welcome.xhtml?token=" + issued.token();
        outbox.enqueue(tenant.getAdminEmail(), "Welcome to MXDR: set up " + tenant.getName(), """
                Hello,

                %s has subscribed to the managed extended detection and response (MXDR) service.
                You are its administrator. Open this link to create your administrator account (choose
                a username and password)
                and to set up what the provider's security experts may do in your organisation:

                %s

                The link works once and expires on %s. If it has expired, open it anyway
                and ask for a new one.

                The service is delivered in English.
                """.formatted(tenant.getName(), url, WHEN.format(issued.link().getExpiresAt())));
        return issued.link();
    }

    /** The link behind a token, locked so that two uses at once cannot both succeed. */
    public Optional<WelcomeLink> find(String token, boolean lock) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery(WelcomeLink.BY_HASH, WelcomeLink.class).setParameter("hash", SingleUseLink.hash(token.trim()))
                .setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE).getResultStream().findFirst();
    }

    /** How many links the tenant got after the given instant (the rate limit of new links). */
    public long issuedSince(String tenantId, Instant since) {
        return em.createNamedQuery(WelcomeLink.ISSUED_SINCE, Long.class).setParameter("tenantId", tenantId)
                .setParameter("since", since).getSingleResult();
    }

    static Duration validity() {
        return Duration.ofDays(Settings.get("welcome.link.days").map(Long::parseLong).orElse(7L));
    }
}
