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

import org.mxdr.identity.entity.ServiceAccount;
import org.mxdr.onboarding.entity.Tenant;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.Role;

/** Stores service accounts. No role checks here: callers are boundaries and start-up beans that made them. */
@Stateless
@PermitAll
public class ServiceAccounts {

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    Clock clock;

    public ServiceAccount.Created create(String name, Role role, String tenantId, String by) {
        return persist(ServiceAccount.create(name, role, tenantId, by, Instant.now(clock)));
    }

    /** The demo's detection platform, with its published client id and secret. */
    public ServiceAccount.Created createDemo(String clientId, String name, Role role, String secret) {
        return persist(ServiceAccount.withSecret(clientId, name, role, null, secret, "demo", Instant.now(clock)));
    }

    private ServiceAccount.Created persist(ServiceAccount.Created created) {
        String tenantId = created.account().getTenantId();
        if (tenantId != null && em.find(Tenant.class, tenantId) == null) {
            throw new BadInput("tenantId", "There is no tenant with the id '" + tenantId + "'.");
        }
        em.persist(created.account());
        em.flush();
        return created;
    }

    public Optional<ServiceAccount> byId(String id) {
        return id == null || id.isBlank() ? Optional.empty() : Optional.ofNullable(em.find(ServiceAccount.class, id));
    }

    /** Live accounts ordered by name: all of them, or one tenant's when tenantId is given. */
    public List<ServiceAccount> live(String tenantId, int max) {
        var query = tenantId == null ? em.createNamedQuery(ServiceAccount.LIVE, ServiceAccount.class)
                : em.createNamedQuery(ServiceAccount.LIVE_OF_TENANT, ServiceAccount.class).setParameter("tenantId", tenantId);
        return query.setMaxResults(max).getResultList();
    }

    public Instant now() {
        return Instant.now(clock);
    }
}
