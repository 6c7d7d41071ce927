package org.mxdr.testing;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Two tenants and one user per role, made through the API with unique names, so a test class
 * depends on nothing another test left behind.
 */
public final class World {
    public static final String[] PROVIDER_ROLES = {"provider-admin", "commercial-executive", "delivery-manager", "expert", "platform"};
    public static final String[] TENANT_ROLES = {"tenant-admin", "tenant-operator", "tenant-reader"};

    public final String tenantA;
    public final String tenantB;
    /** role name to username; tenant roles belong to tenant A */
    public final Map<String, String> users = new LinkedHashMap<>();
    public final String otherTenantAdmin;

    private World(String tenantA, String tenantB, String otherTenantAdmin) {
        this.tenantA = tenantA;
        this.tenantB = tenantB;
        this.otherTenantAdmin = otherTenantAdmin;
    }

    public static World create() {
        String u = Fixtures.unique();
        String a = Api.createTenant("World A " + u, "COMMERCIAL", "EU");
        String b = Api.createTenant("World B " + u, "COMMERCIAL", "US");
        // both meet the prerequisites, so tests of what subscribed tenants do can subscribe them
        Api.makeEligible(a);
        Api.makeEligible(b);
        World world = new World(a, b, Api.createUser("tb-admin-" + u, "tenant-admin", b));
        for (String role : PROVIDER_ROLES) {
            world.users.put(role, Api.createUser(shortName(role) + "-" + u, role, null));
        }
        for (String role : TENANT_ROLES) {
            world.users.put(role, Api.createUser(shortName(role) + "-" + u, role, a));
        }
        return world;
    }

    public String user(String role) {
        return users.get(role);
    }

    private static String shortName(String role) {
        return role.replace("provider-", "p").replace("commercial-executive", "ce").replace("delivery-manager", "dm")
                .replace("tenant-", "t");
    }
}
