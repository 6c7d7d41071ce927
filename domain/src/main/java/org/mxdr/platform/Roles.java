package org.mxdr.platform;

/**
 * Security role names as constants, for {@code @RolesAllowed} and {@code isCallerInRole}.
 * The same names are the values of {@link Role#securityName()}.
 */
public final class Roles {
    public static final String PROVIDER_ADMIN = "provider-admin";
    public static final String COMMERCIAL_EXECUTIVE = "commercial-executive";
    public static final String DELIVERY_MANAGER = "delivery-manager";
    public static final String EXPERT = "expert";
    public static final String PLATFORM = "platform";
    public static final String TENANT_ADMIN = "tenant-admin";
    public static final String TENANT_OPERATOR = "tenant-operator";
    public static final String TENANT_READER = "tenant-reader";

    private Roles() {
    }
}
