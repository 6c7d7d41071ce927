package org.mxdr.onboarding.control;

import java.time.Duration;
import java.time.Instant;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mxdr.onboarding.entity.Lead;
import org.mxdr.platform.Settings;
import org.mxdr.platform.TooManyRequests;

/**
 * Keeps the public form from being flooded: at most a few submissions per email address and per
 * client address within an hour. Counted in the database, so every node sees the same counts.
 */
@Stateless
@PermitAll
public class InterestLimits {
    public static final Duration WINDOW = Duration.ofHours(1);

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    public static int perEmail() {
        return Settings.get("interest.limit.per.email").map(Integer::parseInt).orElse(3);
    }

    public static int perAddress() {
        return Settings.get("interest.limit.per.address").map(Integer::parseInt).orElse(10);
    }

    public void check(String email, String clientAddress, Instant now) {
        Instant since = now.minus(WINDOW);
        if (count(Lead.RECENT_BY_EMAIL, "email", email, since) >= perEmail()) {
            throw new TooManyRequests("This email address has sent the form " + perEmail()
                    + " times within the last hour. We have your request; please wait before sending it again.", WINDOW);
        }
        if (count(Lead.RECENT_BY_ADDRESS, "address", clientAddress, since) >= perAddress()) {
            throw new TooManyRequests("Too many forms were sent from your network within the last hour. Please try again later.", WINDOW);
        }
    }

    private long count(String query, String parameter, String value, Instant since) {
        return em.createNamedQuery(query, Long.class).setParameter(parameter, value).setParameter("since", since).getSingleResult();
    }
}
