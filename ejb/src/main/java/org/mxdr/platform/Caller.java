package org.mxdr.platform;

/**
 * Who is calling a boundary: the signed-in user's name, role and tenant. Anonymous callers have
 * neither role nor tenant.
 */
public record Caller(String username, Role role, String tenantId) {

    public static Caller anonymous() {
        return new Caller("anonymous", null, null);
    }

    public boolean isProvider() {
        return role != null && !role.onTenantSide();
    }

    public boolean isTenantUser() {
        return role != null && role.onTenantSide();
    }

    public boolean is(Role r) {
        return role == r;
    }

    /** A tenant user reaches its own tenant only; provider users reach every tenant. */
    public boolean mayReachTenant(String tenant) {
        return isProvider() || (isTenantUser() && tenantId.equals(tenant));
    }
}
