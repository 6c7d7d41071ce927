package org.mxdr.identity.control;

import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import org.mxdr.identity.boundary.NewUser;
import org.mxdr.platform.Role;
import org.mxdr.platform.SchemaMigration;
import org.mxdr.platform.Settings;

/**
 * Gives a fresh production installation its first provider admin, from MXDR_ADMIN_USERNAME,
 * MXDR_ADMIN_PASSWORD and MXDR_ADMIN_EMAIL, while no provider admin exists. Without them the
 * installation starts with no users, as nothing is created from defaults.
 */
@Singleton
@Startup
@DependsOn(SchemaMigration.NAME)
public class BootstrapAdmin {
    private static final Logger LOG = Logger.getLogger(BootstrapAdmin.class.getName());

    @Inject
    UserRegistry registry;

    @PostConstruct
    void createFirstAdmin() {
        var password = Settings.get("admin.password");
        if (password.isEmpty() || registry.countWithRole(Role.PROVIDER_ADMIN) > 0) {
            return;
        }
        String username = Settings.get("admin.username").orElse("admin");
        String email = Settings.get("admin.email").orElse("admin@mxdr.example");
        registry.register(new NewUser(username, password.get(), email, Role.PROVIDER_ADMIN, null));
        LOG.info(() -> "Created the first provider admin '" + username + "' from the deployment settings.");
    }
}
