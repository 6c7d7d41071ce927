package org.mxdr.demo.control;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import org.mxdr.eligibility.boundary.InventoryService;
import org.mxdr.identity.boundary.NewUser;
import org.mxdr.identity.boundary.UserService;
import org.mxdr.identity.control.ServiceAccounts;
import org.mxdr.identity.control.UserRegistry;
import org.mxdr.identity.entity.PasswordPolicy;
import org.mxdr.onboarding.boundary.InterestForm;
import org.mxdr.onboarding.boundary.LeadService;
import org.mxdr.onboarding.boundary.NewTenant;
import org.mxdr.onboarding.boundary.TenantService;
import org.mxdr.onboarding.entity.Cloud;
import org.mxdr.onboarding.entity.Region;
import org.mxdr.onboarding.entity.Tenant;
import org.mxdr.platform.Role;
import org.mxdr.platform.Roles;
import org.mxdr.platform.SchemaMigration;
import org.mxdr.platform.Settings;

/**
 * Demo provider and tenants, created only when the server runs with mxdr.demo=true (the README's
 * run command) and only once: their presence is the marker. Goes through the same boundaries as
 * a provider admin would.
 */
@Singleton
@Startup
@DependsOn(SchemaMigration.NAME)
@RunAs(Roles.PROVIDER_ADMIN)
public class DemoData {
    public static final String PASSWORD = PasswordPolicy.DEMO_PASSWORD;
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    private record DemoUser(String username, Role role, String tenant) {
    }

    private static final List<DemoUser> PROVIDER = List.of(
            new DemoUser("admin", Role.PROVIDER_ADMIN, null),
            new DemoUser("sales", Role.COMMERCIAL_EXECUTIVE, null),
            new DemoUser("delivery", Role.DELIVERY_MANAGER, null),
            new DemoUser("expert1", Role.EXPERT, null),
            new DemoUser("expert2", Role.EXPERT, null));
    /** The detection platform is a machine: a service account with client credentials, not a person's login. */
    private static final String PLATFORM_CLIENT_ID = "platform";

    @Inject
    TenantService tenants;

    @Inject
    UserService users;

    @Inject
    UserRegistry registry;

    @Inject
    LeadService leads;

    @Inject
    ServiceAccounts serviceAccounts;

    @Inject
    InventoryService inventories;

    @PostConstruct
    void seed() {
        if (!Settings.flag("demo")) {
            return;
        }
        List<DemoUser> all = new ArrayList<>(PROVIDER);
        all.addAll(tenantUsers("contoso"));
        all.addAll(tenantUsers("fabrikam"));
        if (registry.find("contoso-admin").isEmpty()) {
            create(all);
        }
        if (serviceAccounts.byId(PLATFORM_CLIENT_ID).isEmpty()) {
            serviceAccounts.createDemo(PLATFORM_CLIENT_ID, "Detection platform", Role.PLATFORM, PASSWORD);
        }
        banner(all);
    }

    private void create(List<DemoUser> all) {
        Tenant contoso = tenants.create(new NewTenant("Contoso Ltd", Cloud.COMMERCIAL, Region.EU, "it-security@contoso.example"));
        Tenant fabrikam = tenants.create(new NewTenant("Fabrikam Inc", Cloud.COMMERCIAL, Region.US, "secops@fabrikam.example"));
        for (DemoUser u : all) {
            String tenantId = u.tenant() == null ? null : u.tenant().equals("contoso") ? contoso.getId() : fabrikam.getId();
            if (registry.find(u.username()).isEmpty()) {
                users.create(new NewUser(u.username(), PASSWORD, u.username() + "@" + (u.tenant() == null ? "mxdr" : u.tenant()) + ".example", u.role(), tenantId));
            }
        }
        inventories.replace(contoso.getId(), DemoInventory.contoso());
        inventories.replace(fabrikam.getId(), DemoInventory.fabrikam());
        // a second tenant that grants the experts access, so the experts' Queue spans two tenants
        Tenant tailspin = tenants.create(new NewTenant(DemoServiceLevels.TAILSPIN, Cloud.COMMERCIAL, Region.UK, "soc@tailspin.example"));
        inventories.replace(tailspin.getId(), DemoInventory.contoso());
        leads.submit(new InterestForm("Megan Bowen", "megan.bowen@northwind.example", "Northwind Traders", "GB", 1200,
                "We run Defender for Endpoint on every device and would like experts to watch over it around the clock."), "demo");
        leads.submit(new InterestForm("Diego Siciliani", "diego@tailspin.example", "Tailspin Toys", "US", 350,
                "Could you take response actions for us at night?"), "demo");
    }

    private static List<DemoUser> tenantUsers(String tenant) {
        return List.of(new DemoUser(tenant + "-admin", Role.TENANT_ADMIN, tenant),
                new DemoUser(tenant + "-operator", Role.TENANT_OPERATOR, tenant),
                new DemoUser(tenant + "-reader", Role.TENANT_READER, tenant));
    }

    private static void banner(List<DemoUser> all) {
        StringBuilder text = new StringBuilder("\n\n======================================================================\n")
                .append("  MXDR Console demo is running: ").append(Settings.publicUrl()).append("/\n")
                .append("  Every demo login has the password: ").append(PASSWORD).append("\n\n");
        for (DemoUser u : all) {
            text.append(String.format("    %-18s %-22s %s%n", u.username(), u.role().securityName(), u.tenant() == null ? "provider" : u.tenant()));
        }
        text.append(String.format("    %-18s %-22s %s%n", PLATFORM_CLIENT_ID, Role.PLATFORM.securityName(),
                "service account: POST /api/v1/oauth/token with client id and secret (the same password) for a bearer token"));
        text.append("======================================================================\n");
        LOG.info(text::toString);
    }
}
