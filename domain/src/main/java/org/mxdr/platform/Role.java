package org.mxdr.platform;

import java.util.Arrays;
import java.util.Optional;

/** The roles of product-spec section 1, plus the detection platform's service account. */
public enum Role {
    PROVIDER_ADMIN(Roles.PROVIDER_ADMIN, Side.PROVIDER),
    COMMERCIAL_EXECUTIVE(Roles.COMMERCIAL_EXECUTIVE, Side.PROVIDER),
    DELIVERY_MANAGER(Roles.DELIVERY_MANAGER, Side.PROVIDER),
    EXPERT(Roles.EXPERT, Side.PROVIDER),
    PLATFORM(Roles.PLATFORM, Side.PROVIDER),
    TENANT_ADMIN(Roles.TENANT_ADMIN, Side.TENANT),
    TENANT_OPERATOR(Roles.TENANT_OPERATOR, Side.TENANT),
    TENANT_READER(Roles.TENANT_READER, Side.TENANT);

    /** A provider user belongs to no tenant; a tenant user belongs to exactly one. */
    public enum Side { PROVIDER, TENANT }

    private final String securityName;
    private final Side side;

    Role(String securityName, Side side) {
        this.securityName = securityName;
        this.side = side;
    }

    public String securityName() {
        return securityName;
    }

    public Side side() {
        return side;
    }

    public boolean onTenantSide() {
        return side == Side.TENANT;
    }

    public static Optional<Role> bySecurityName(String name) {
        return Arrays.stream(values()).filter(r -> r.securityName.equals(name)).findFirst();
    }

    public static String allNames() {
        return String.join(", ", Arrays.stream(values()).map(Role::securityName).toList());
    }
}
