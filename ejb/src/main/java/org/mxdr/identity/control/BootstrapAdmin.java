package org.mxdr.identity.control;

import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.mxdr.identity.boundary.NewUser;
import org.mxdr.identity.entity.PasswordPolicy;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.Conflict;
import org.mxdr.platform.Role;
import org.mxdr.platform.SchemaMigration;
import org.mxdr.platform.Settings;

/**
 * Gives a fresh production installation its first provider admin, from MXDR_ADMIN_USERNAME,
 * MXDR_ADMIN_PASSWORD and MXDR_ADMIN_EMAIL, while no provider admin exists. Without them the
 * installation starts with no users, as nothing is created from defaults. A password that breaks
 * the rules stops the start with one line naming the variable, already while the deployment is
 * validated ({@link FirstAdminSettingCheck}), so no timer is left waiting to hold up the shutdown. Two nodes starting
 * at once on an empty database: the one that loses the race sees the admin and goes on.
 */
@Singleton
@Startup
@DependsOn(SchemaMigration.NAME)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BootstrapAdmin {
    private static final Logger LOG = Logger.getLogger(BootstrapAdmin.class.getName());

    @Inject
    UserRegistry registry;

    @PostConstruct
    void createFirstAdmin() {
        var password = Settings.get("admin.password");
        if (password.isEmpty()) {
            return;
        }
        String username = username();
        String email = Settings.get("admin.email").orElse("admin@mxdr.example");
        refuseIfBreaksRules(username, password.get());
        if (registry.countWithRole(Role.PROVIDER_ADMIN) > 0) {
            return;
        }
        try {
            registry.register(new NewUser(username, password.get(), email, Role.PROVIDER_ADMIN, null));
            LOG.info(() -> "Created the first provider admin '" + username + "' from the deployment settings.");
        } catch (Conflict | jakarta.ejb.EJBException e) {
            if (registry.countWithRole(Role.PROVIDER_ADMIN) == 0) {
                throw e;
            }
            LOG.info(() -> "The first provider admin was created by another node starting at the same time.");
        }
    }

    /** For {@link FirstAdminSettingCheck}: the same check, before anything starts. */
    static void refuseFirstAdminSetting() {
        Settings.get("admin.password").ifPresent(password -> refuseIfBreaksRules(username(), password));
    }

    private static String username() {
        return Settings.get("admin.username").orElse("admin");
    }

    static void refuseIfBreaksRules(String username, String password) {
        try {
            PasswordPolicy.check(username, password);
            if (!Settings.flag("demo")) {
                PasswordPolicy.refuseDemoPassword(password);
            }
        } catch (BadInput refused) {
            String line = "MXDR_ADMIN_PASSWORD refused, the server does not start: " + refused.getMessage()
                    + " Set a password that follows the rules, or unset it once the first admin exists.";
            LOG.severe(line);
            throw new StartRefused(line);
        }
    }

    /** Stops the deployment with the reason only: no stack trace for a setting to fix. */
    static final class StartRefused extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        StartRefused(String message) {
            super(message);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }
}
