package org.mxdr.onboarding.boundary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mxdr.audit.control.AuditTrail;
import org.mxdr.identity.boundary.NewUser;
import org.mxdr.identity.control.UserRegistry;
import org.mxdr.identity.entity.AppUser;
import org.mxdr.onboarding.control.WelcomeLinks;
import org.mxdr.onboarding.entity.Subscription;
import org.mxdr.onboarding.entity.Tenant;
import org.mxdr.onboarding.entity.WelcomeLink;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.Conflict;
import org.mxdr.platform.NotFound;
import org.mxdr.platform.Role;
import org.mxdr.platform.SingleUseLink;

/**
 * The public side of the welcome email: anyone holding the tenant's latest valid link may create
 * its new admin account once. The token is the only credential, so nothing here says more than the link's
 * own tenant name and a masked address.
 */
@Stateless
@PermitAll
public class WelcomeService {
    /** At most one new link per tenant in this time, however often someone asks. */
    public static final Duration RESEND_INTERVAL = Duration.ofMinutes(15);

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    WelcomeLinks links;

    @Inject
    UserRegistry registry;

    @Inject
    AuditTrail audit;

    public WelcomeInfo inspect(String token) {
        Optional<WelcomeLink> found = links.find(token, false);
        if (found.isEmpty()) {
            return WelcomeInfo.unknown();
        }
        WelcomeLink link = found.get();
        Tenant tenant = em.find(Tenant.class, link.getTenantId());
        WelcomeInfo.Status status = WelcomeInfo.Status.valueOf(link.stateAt(Instant.now(clock)).name());
        return new WelcomeInfo(status, tenant.getName(), suggestedUsername(tenant), mask(tenant.getAdminEmail()), link.getExpiresAt());
    }

    /**
     * Uses the link up to create the one new tenant-admin account it is for, with the link's
     * address. An existing account is never touched: its username is refused as taken, whoever
     * owns it, so a link cannot take over an account. Returns the username to sign in with.
     */
    public String setPassword(String token, String username, String password) {
        WelcomeLink link = links.find(token, true)
                .orElseThrow(() -> new NotFound("This welcome link is not known. Use the link from your most recent welcome email."));
        String name = AppUser.checkUsername(username);
        Instant now = Instant.now(clock);
        link.redeem(name, now);
        registry.register(new NewUser(name, password, link.getEmail(), Role.TENANT_ADMIN, link.getTenantId()));
        audit.record(name, link.getTenantId(), "welcome.account-created", null, "tenant-admin " + name + " created through the welcome link");
        return name;
    }

    /** Sends a fresh link to the tenant's admin address, for a used or expired one; at most one per {@link #RESEND_INTERVAL}. */
    public String resend(String token) {
        WelcomeLink old = links.find(token, false)
                .orElseThrow(() -> new NotFound("This welcome link is not known. Ask your provider for a new welcome email."));
        Instant now = Instant.now(clock);
        if (old.stateAt(now) == SingleUseLink.State.VALID) {
            throw new Conflict("This link is still valid: use it to set your password.");
        }
        Tenant tenant = em.find(Tenant.class, old.getTenantId());
        LocalDate today = LocalDate.now(clock);
        boolean subscribed = em.createNamedQuery(Subscription.OF_TENANT, Subscription.class).setParameter("tenantId", tenant.getId())
                .setMaxResults(1).getResultStream().anyMatch(s -> s.isCurrentOn(today));
        if (!subscribed) {
            throw new Conflict("Your organisation has no active subscription; ask your provider.");
        }
        // only a link newer than this one was "sent": this one, used or not, is not a new link
        Instant since = now.minus(RESEND_INTERVAL).isAfter(old.getCreatedAt()) ? now.minus(RESEND_INTERVAL) : old.getCreatedAt();
        if (links.issuedSince(tenant.getId(), since) > 0) {
            throw new Conflict("A newer link than this one was sent less than " + RESEND_INTERVAL.toMinutes()
                    + " minutes ago to " + mask(tenant.getAdminEmail()) + ". Please check that inbox.");
        }
        links.send(tenant);
        audit.record("anonymous", tenant.getId(), "welcome.link-resent", null, "new welcome link sent to the admin address");
        return mask(tenant.getAdminEmail());
    }

    /** A username made from the tenant's admin address, for the new account. */
    private static String suggestedUsername(Tenant tenant) {
        String email = tenant.getAdminEmail();
        try {
            return AppUser.checkUsername(email);
        } catch (BadInput tooLongOrOdd) {
            return email.substring(0, email.indexOf('@')).replaceAll("[^a-z0-9._-]", "");
        }
    }

    static String mask(String email) {
        int at = email.indexOf('@');
        return at <= 1 ? "*" + email.substring(Math.max(at, 0)) : email.charAt(0) + "***" + email.substring(at);
    }
}
