package org.mxdr.identity.control;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;

import org.mxdr.identity.boundary.NewUser;
import org.mxdr.identity.entity.AppUser;
import org.mxdr.identity.entity.PasswordPolicy;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.Conflict;
import org.mxdr.platform.Contains;
import org.mxdr.platform.Settings;
import org.mxdr.platform.Role;
import org.mxdr.onboarding.entity.Tenant;

/** Stores users. No role checks here: callers are boundaries and start-up beans that made them. */
@Stateless
@PermitAll
public class UserRegistry {

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    Clock clock;

    public AppUser register(NewUser user) {
        if (user.tenantId() != null && em.find(Tenant.class, user.tenantId()) == null) {
            throw new BadInput("tenantId", "There is no tenant with the id '" + user.tenantId() + "'.");
        }
        if (!Settings.flag("demo")) {
            PasswordPolicy.refuseDemoPassword(user.password());
        }
        AppUser created = AppUser.register(user.username(), user.password(), user.email(), user.role(), user.tenantId(), Instant.now(clock));
        if (find(created.getUsername()).isPresent()) {
            throw notAvailable(created.getUsername());
        }
        try {
            em.persist(created);
            em.flush();
        } catch (PersistenceException e) {
            // another request took the same username between the check and the insert
            throw notAvailable(created.getUsername());
        }
        return created;
    }

    /** One answer for every taken name, whoever holds it: the caller learns nothing about accounts outside its reach. */
    private static Conflict notAvailable(String username) {
        return new Conflict("username", "The username '" + username + "' is not available; choose another one.");
    }

    public Optional<AppUser> find(String username) {
        return em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class)
                .setParameter("username", username).getResultStream().findFirst();
    }

    /** One page of users ordered by username: all of them, or one tenant's when tenantId is given. */
    public List<AppUser> page(String tenantId, int first, int size) {
        var query = tenantId == null ? em.createNamedQuery(AppUser.PAGE_ALL, AppUser.class)
                : em.createNamedQuery(AppUser.PAGE_OF_TENANT, AppUser.class).setParameter("tenantId", tenantId);
        return query.setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count(String tenantId) {
        var query = tenantId == null ? em.createNamedQuery(AppUser.COUNT_ALL, Long.class)
                : em.createNamedQuery(AppUser.COUNT_OF_TENANT, Long.class).setParameter("tenantId", tenantId);
        return query.getSingleResult();
    }

    /** Like {@link #page}, only users whose username or email contains the text (any case). */
    public List<AppUser> search(String tenantId, String text, int first, int size) {
        return matching("SELECT u", tenantId, text, " ORDER BY u.username", AppUser.class)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long countMatching(String tenantId, String text) {
        return matching("SELECT COUNT(u)", tenantId, text, "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> matching(String select, String tenantId, String text, String order, Class<T> type) {
        String where = " FROM AppUser u WHERE (LOWER(u.username) LIKE :text OR LOWER(u.email) LIKE :text)"
                + (tenantId == null ? "" : " AND u.tenantId = :tenantId");
        var query = em.createQuery(select + where + order, type).setParameter("text", Contains.pattern(text));
        return tenantId == null ? query : query.setParameter("tenantId", tenantId);
    }

    public Optional<AppUser> byId(String userId) {
        return Optional.ofNullable(em.find(AppUser.class, userId));
    }

    public long countWithRole(Role role) {
        return em.createNamedQuery(AppUser.COUNT_BY_ROLE, Long.class).setParameter("role", role).getSingleResult();
    }
}
