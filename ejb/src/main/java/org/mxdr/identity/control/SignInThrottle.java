package org.mxdr.identity.control;

import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;
import org.mxdr.audit.control.AuditTrail;
import org.mxdr.identity.entity.AppUser;
import org.mxdr.identity.entity.PasswordHash;
import org.mxdr.identity.entity.SignInSource;
import org.mxdr.notify.control.Outbox;
import org.mxdr.platform.Settings;

/**
 * Slows down and then refuses the source of failed sign-ins (a client address, a username at an
 * address), never the account itself: the owner signing in from elsewhere is not affected. The
 * counts live in the database, so every node refuses alike. Called by the HTTP sign-in gate
 * before any password is checked, so it takes no caller identity.
 */
@Stateless
@PermitAll
public class SignInThrottle {
    private static final Logger LOG = Logger.getLogger(SignInThrottle.class.getName());
    /** Compared against for unknown usernames, so they take as long as known ones: one per bcrypt cost, the current one used. */
    private static final Map<Integer, String> DUMMY_HASHES = new ConcurrentHashMap<>();

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    UserRegistry users;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    /** Free failures of one username at one address (MXDR_SIGN_IN_FREE_PER_ACCOUNT). */
    public static int freePerAccount() {
        return Settings.get("sign.in.free.per.account").map(Integer::parseInt).orElse(SignInSource.FREE_PER_ACCOUNT);
    }

    /** Free failures of one address over all usernames (MXDR_SIGN_IN_FREE_PER_ADDRESS). */
    public static int freePerAddress() {
        return Settings.get("sign.in.free.per.address").map(Integer::parseInt).orElse(SignInSource.FREE_PER_ADDRESS);
    }

    /** How long this source must still wait; zero when it may try now. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Duration refusal(String address, String username) {
        Instant now = Instant.now(clock);
        Duration byAddress = refusedFor(SignInSource.addressKey(address), now);
        Duration byAccount = refusedFor(SignInSource.accountKey(username, address), now);
        return byAddress.compareTo(byAccount) >= 0 ? byAddress : byAccount;
    }

    /** Counts a wrong password (or unknown username) from the address; audits and tells the owner of a burst. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(String address, String username) {
        Instant now = Instant.now(clock);
        count(SignInSource.addressKey(address), freePerAddress(), now);
        boolean burst = count(SignInSource.accountKey(username, address), freePerAccount(), now);
        if (burst) {
            AppUser owner = users.find(username).orElse(null);
            String tenantId = owner == null ? null : owner.getTenantId();
            audit.record("anonymous", tenantId, "SIGN_IN_THROTTLED", null,
                    "{\"username\":\"" + jsonText(username) + "\",\"address\":\"" + jsonText(address) + "\"}");
            LOG.warning(() -> "Sign-ins for '" + username + "' from " + address + " are throttled after "
                    + freePerAccount() + " failures");
            if (owner != null && owner.getEmail() != null) {
                outbox.enqueue(owner.getEmail(), "Failed sign-ins to your MXDR Console account",
                        "Someone at the address " + address + " entered a wrong password for your account '" + owner.getUsername()
                                + "' " + freePerAccount() + " times in a row. Further attempts from there are slowed down;"
                                + " you can still sign in as usual.\n\nIf this was not you, no action is needed; if it keeps happening,"
                                + " tell your administrator.\n");
            }
        }
    }

    /** A right password from a source that was allowed to try: the username's count at that address starts over. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void succeeded(String address, String username) {
        SignInSource source = em.find(SignInSource.class, SignInSource.accountKey(username, address));
        if (source != null) {
            em.remove(source);
        }
    }

    /**
     * Takes the time a password check takes, for a username the realm does not know: the same
     * bcrypt of Elytron's that the realm runs for a known one (the project's own bcrypt library is
     * faster, and the difference told who exists).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void spendAPasswordCheck(String password) {
        char[] guess = (password == null ? "" : password).toCharArray();
        String dummy = DUMMY_HASHES.computeIfAbsent(PasswordHash.cost(), cost -> PasswordHash.of("not a password of anyone " + System.nanoTime()));
        try {
            PasswordFactory bcrypt = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, WildFlyElytronPasswordProvider.getInstance());
            bcrypt.verify(bcrypt.translate(ModularCrypt.decode(dummy)), guess);
        } catch (GeneralSecurityException e) {
            PasswordHash.matches(password == null ? "" : password, dummy);
        }
    }

    /** True when the username belongs to nobody (then its failure took no password check). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean unknown(String username) {
        return username == null || users.find(username).isEmpty();
    }

    private Duration refusedFor(String key, Instant now) {
        SignInSource source = em.find(SignInSource.class, key);
        return source == null ? Duration.ZERO : source.refusedFor(now);
    }

    private boolean count(String key, int free, Instant now) {
        SignInSource source = em.find(SignInSource.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (source != null) {
            return source.fail(now, free);
        }
        source = SignInSource.fresh(key);
        boolean burst = source.fail(now, free);
        em.persist(source);
        return burst;
    }

    private static String jsonText(String s) {
        return s == null ? "" : s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
