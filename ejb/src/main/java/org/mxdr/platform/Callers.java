package org.mxdr.platform;

import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.authz.Attributes;

import org.mxdr.access.control.AccessControl;
import org.mxdr.access.entity.Operation;
import org.mxdr.identity.control.BearerTokens;
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
        Caller serviceAccount = fromToken();
        if (serviceAccount != null) {
            return serviceAccount;
        }
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
     * A service account's bearer token carries its role and tenant as claims, which the server's
     * token realm checked with the token's signature: no database read. The security role itself
     * comes from the same claim, so both always agree.
     */
    private static Caller fromToken() {
        Attributes claims = tokenClaims();
        if (claims == null) {
            return null;
        }
        Role role = Role.bySecurityName(claims.getFirst(BearerTokens.ROLE)).orElse(null);
        String tenant = claims.containsKey(BearerTokens.TENANT) ? claims.getFirst(BearerTokens.TENANT) : null;
        if (role == null || role.onTenantSide() != (tenant != null)) {
            return Caller.anonymous();
        }
        return new Caller(claims.getFirst(BearerTokens.CLIENT_ID), role, tenant);
    }

    /** The claims of the current identity when a bearer token signed it in; null otherwise. */
    private static Attributes tokenClaims() {
        SecurityDomain domain = SecurityDomain.getCurrent();
        SecurityIdentity identity = domain == null ? null : domain.getCurrentSecurityIdentity();
        Attributes claims = identity == null ? null : identity.getAttributes();
        return claims != null && claims.containsKey(BearerTokens.CLIENT_ID) ? claims : null;
    }

    /** The caller's name in words: a service account's name, or a person's username. */
    public String displayName(Caller caller) {
        Attributes claims = tokenClaims();
        if (claims != null && claims.containsKey(BearerTokens.NAME)) {
            return claims.getFirst(BearerTokens.NAME);
        }
        return caller.username();
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
