package org.mxdr.platform;

import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mxdr.access.control.AccessControl;
import org.mxdr.access.entity.Operation;
import org.mxdr.identity.entity.AppUser;

/**
 * Resolves the calling user and enforces tenant isolation: the one place that decides whether a
 * caller may reach a tenant's data, logging every refusal.
 */
@Stateless
@PermitAll
public class Callers {

    @Resource
    SessionContext context;

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    DenialLog denials;

    @Inject
    AccessControl access;

    public Caller current() {
        String name = context.getCallerPrincipal() == null ? null : context.getCallerPrincipal().getName();
        List<AppUser> found = name == null ? List.of() : em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class)
                .setParameter("username", name).getResultList();
        if (found.isEmpty()) {
            return runAs(name);
        }
        AppUser user = found.get(0);
        return new Caller(user.getUsername(), user.getRole(), user.getTenantId());
    }

    /**
     * A caller with no user row is anonymous, unless the container runs it in a provider role
     * (a start-up bean declared with @RunAs): then it has that role and no tenant.
     */
    private Caller runAs(String name) {
        for (Role role : Role.values()) {
            if (!role.onTenantSide() && context.isCallerInRole(role.securityName())) {
                return new Caller(name == null ? "system" : name, role, null);
            }
        }
        return Caller.anonymous();
    }

    /**
     * Returns the caller when it may reach the tenant; otherwise logs and refuses. An expert
     * reaches a tenant only through its live grant, as the access control decides.
     */
    public Caller requireTenant(String tenantId, String what) {
        return requireTenant(current(), tenantId, what);
    }

    /** As {@link #requireTenant(String, String)}, for a caller already resolved in this request (its user row read once). */
    public Caller requireTenant(Caller caller, String tenantId, String what) {
        if (caller.is(Role.EXPERT)) {
            access.require(caller.username(), tenantId, Operation.INVESTIGATE);
            return caller;
        }
        if (!caller.mayReachTenant(tenantId)) {
            String ref = denials.record(caller.username(), what + " tenant=" + tenantId, "tenant isolation: caller belongs to another tenant");
            throw new AccessDenied("You have no access to this tenant.", ref);
        }
        return caller;
    }

    /** Logs and refuses a request the caller's role does not cover in this case. */
    public AccessDenied deny(Caller caller, String what, String why) {
        return new AccessDenied(why, denials.record(caller.username(), what, why));
    }
}
