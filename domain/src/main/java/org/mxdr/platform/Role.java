package org.mxdr.platform;

import java.util.Arrays;
import java.util.Optional;

/** The provider's and the tenants' roles, plus the detection platform's service account. */
public enum Role {
    PROVIDER_ADMIN(Roles.PROVIDER_ADMIN, Side.PROVIDER, "Provider admin"),
    COMMERCIAL_EXECUTIVE(Roles.COMMERCIAL_EXECUTIVE, Side.PROVIDER, "Commercial executive"),
    DELIVERY_MANAGER(Roles.DELIVERY_MANAGER, Side.PROVIDER, "Delivery manager"),
    EXPERT(Roles.EXPERT, Side.PROVIDER, "Expert"),
    PLATFORM(Roles.PLATFORM, Side.PROVIDER, "Detection platform"),
    TENANT_ADMIN(Roles.TENANT_ADMIN, Side.TENANT, "Security administrator"),
    TENANT_OPERATOR(Roles.TENANT_OPERATOR, Side.TENANT, "Security operator"),
    TENANT_READER(Roles.TENANT_READER, Side.TENANT, "Security reader");

    /** A provider user belongs to no tenant; a tenant user belongs to exactly one. */
    public enum Side { PROVIDER, TENANT }

    private final String securityName;
    private final Side side;
    private final String label;

    Role(String securityName, Side side, String label) {
        this.securityName = securityName;
        this.side = side;
        this.label = label;
    }

    /** The role in words (the tenant's roles as the customer's own security team calls them). */
    public String label() {
        return label;
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
