package org.mxdr.identity.boundary;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.mxdr.audit.control.AuditTrail;
import org.mxdr.identity.control.PasswordResets;
import org.mxdr.identity.control.UserRegistry;
import org.mxdr.identity.entity.AppUser;
import org.mxdr.platform.Caller;
import org.mxdr.platform.Callers;
import org.mxdr.platform.Conflict;
import org.mxdr.platform.FirstRow;
import org.mxdr.platform.NotFound;
import org.mxdr.platform.PageSize;
import org.mxdr.platform.Role;
import org.mxdr.platform.Roles;

/**
 * Users. A provider admin creates and manages any user; a tenant admin creates and manages users
 * with tenant roles in its own tenant only.
 */
@Stateless
@RolesAllowed(Roles.PROVIDER_ADMIN)
public class UserService {
    @Inject
    Callers callers;

    @Inject
    UserRegistry registry;

    @Inject
    AuditTrail audit;

    @Inject
    PasswordResets resets;

    @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.TENANT_ADMIN})
    public AppUser create(@NotNull(message = "A user is required.") @Valid NewUser user) {
        Caller caller = callers.current();
        NewUser allowed = user;
        if (caller.is(Role.TENANT_ADMIN)) {
            if (!user.role().onTenantSide()) {
                throw callers.deny(caller, "create user with role " + user.role().securityName(),
                        "A tenant admin may create users with tenant roles only.");
            }
            if (user.tenantId() == null) {
                allowed = new NewUser(user.username(), user.password(), user.email(), user.role(), caller.tenantId());
            } else {
                callers.requireTenant(user.tenantId(), "create user");
            }
        }
        AppUser created = registry.register(allowed);
        audit.record(caller.username(), created.getTenantId(), "user.created", null, describe(created));
        return created;
    }

    /**
     * Users within the caller's reach: a provider admin sees everyone (or one tenant's users), a
     * tenant admin its own tenant's users only.
     */
    @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.TENANT_ADMIN})
    public List<AppUser> page(String tenantId, @FirstRow int first,
                              @PageSize int size) {
        return registry.page(scope(tenantId, "list users"), first, size);
    }

    @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.TENANT_ADMIN})
    public long count(String tenantId) {
        return registry.count(scope(tenantId, "count users"));
    }

    /** Like {@link #page}, only users whose username or email contains the text; all of them when it is blank. */
    @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.TENANT_ADMIN})
    public List<AppUser> search(String tenantId, String text, @FirstRow int first, @PageSize int size) {
        String scope = scope(tenantId, "list users");
        return text == null || text.isBlank() ? registry.page(scope, first, size) : registry.search(scope, text, first, size);
    }

    @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.TENANT_ADMIN})
    public long countMatching(String tenantId, String text) {
        String scope = scope(tenantId, "count users");
        return text == null || text.isBlank() ? registry.count(scope) : registry.countMatching(scope, text);
    }

    /** Disables or enables a user within the caller's reach; nobody disables themselves. */
    @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.TENANT_ADMIN})
    public AppUser setEnabled(@NotNull(message = "A user id is required.") String userId, boolean enabled) {
        Caller caller = callers.current();
        AppUser user = reachable(caller, userId, "change user " + userId);
        if (user.getUsername().equals(caller.username())) {
            throw new Conflict("You cannot disable or enable your own account.");
        }
        String before = describe(user);
        if (enabled) {
            user.enable();
        } else {
            user.disable();
        }
        audit.record(caller.username(), user.getTenantId(), enabled ? "user.enabled" : "user.disabled", before, describe(user));
        return user;
    }

    /**
     * Changes a user's email and role within the caller's reach: a tenant admin gives tenant roles
     * in its own tenant only; nobody changes their own role (an admin cannot lock itself out).
     */
    @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.TENANT_ADMIN})
    public AppUser update(@NotNull(message = "A user id is required.") String userId,
                          @NotNull(message = "A change is required.") @Valid UserChange change) {
        Caller caller = callers.current();
        AppUser user = reachable(caller, userId, "change user " + userId);
        if (user.getUsername().equals(caller.username()) && change.role() != user.getRole()) {
            throw new Conflict("role", "You cannot change your own role; another admin can.");
        }
        if (caller.is(Role.TENANT_ADMIN) && !change.role().onTenantSide()) {
            throw callers.deny(caller, "give role " + change.role().securityName(), "A tenant admin may give tenant roles only.");
        }
        String before = describe(user);
        user.changeEmail(change.email());
        user.changeRole(change.role());
        audit.record(caller.username(), user.getTenantId(), "user.changed", before, describe(user));
        return user;
    }

    /** Mails the user a link to choose a new password (the old one keeps working until then); false when the hourly limit holds it back. */
    @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.TENANT_ADMIN})
    public boolean sendPasswordReset(@NotNull(message = "A user id is required.") String userId) {
        Caller caller = callers.current();
        AppUser user = reachable(caller, userId, "reset the password of user " + userId);
        boolean sent = resets.send(user, "Your administrator " + caller.username());
        if (sent) {
            audit.record(caller.username(), user.getTenantId(), "user.password.reset-sent", null, "username=" + user.getUsername());
        }
        return sent;
    }

    private AppUser reachable(Caller caller, String userId, String what) {
        AppUser user = registry.byId(userId).orElseThrow(() -> new NotFound("There is no user with the id '" + userId + "'."));
        if (caller.is(Role.TENANT_ADMIN) && !user.belongsTo(caller.tenantId())) {
            throw callers.deny(caller, what, "A tenant admin manages the users of its own tenant only.");
        }
        return user;
    }

    private static String describe(AppUser user) {
        return "username=" + user.getUsername() + "; email=" + user.getEmail() + "; role=" + user.getRole().securityName()
                + "; enabled=" + user.isEnabled();
    }

    private String scope(String tenantId, String what) {
        Caller caller = callers.current();
        if (caller.is(Role.TENANT_ADMIN)) {
            return callers.requireTenant(tenantId == null ? caller.tenantId() : tenantId, what).tenantId();
        }
        return tenantId == null || tenantId.isBlank() ? null : tenantId;
    }

    /** Who the signed-in user is: any signed-in role may ask. */
    @jakarta.annotation.security.PermitAll
    public Caller me() {
        return callers.current();
    }

    /** The caller and its name in words (a service account's name, a person's username), for GET /me. */
    public record Me(Caller caller, String displayName) {
    }

    @jakarta.annotation.security.PermitAll
    public Me whoAmI() {
        Caller caller = callers.current();
        return new Me(caller, callers.displayName(caller));
    }
}
