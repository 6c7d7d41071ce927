package org.mxdr.identity.control;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import org.mxdr.identity.boundary.NewUser;
import org.mxdr.identity.entity.AppUser;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.Conflict;
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
        AppUser created = AppUser.register(user.username(), user.password(), user.email(), user.role(), user.tenantId(), Instant.now(clock));
        if (find(created.getUsername()).isPresent()) {
            throw new Conflict("username", "The username '" + created.getUsername() + "' is taken.");
        }
        try {
            em.persist(created);
            em.flush();
        } catch (PersistenceException e) {
            // another request took the same username between the check and the insert
            throw new Conflict("username", "The username '" + created.getUsername() + "' is taken.");
        }
        return created;
    }

    public Optional<AppUser> find(String username) {
        return em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class)
                .setParameter("username", username).getResultStream().findFirst();
    }

    public long countWithRole(org.mxdr.platform.Role role) {
        return em.createNamedQuery(AppUser.COUNT_BY_ROLE, Long.class).setParameter("role", role).getSingleResult();
    }
}
