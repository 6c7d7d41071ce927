package org.mxdr.identity.entity;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.mxdr.platform.BadInput;
import org.mxdr.platform.EmailAddress;
import org.mxdr.platform.Role;
import org.mxdr.platform.TimeZones;

/** A person or service account that signs in; on the provider's side or in exactly one tenant. */
@Entity
@Table(name = "app_user")
@NamedQuery(name = AppUser.BY_USERNAME, query = "SELECT u FROM AppUser u WHERE u.username = :username")
@NamedQuery(name = AppUser.COUNT_BY_ROLE, query = "SELECT COUNT(u) FROM AppUser u WHERE u.role = :role")
@NamedQuery(name = AppUser.PAGE_ALL, query = "SELECT u FROM AppUser u ORDER BY u.username")
@NamedQuery(name = AppUser.COUNT_ALL, query = "SELECT COUNT(u) FROM AppUser u")
@NamedQuery(name = AppUser.PAGE_OF_TENANT, query = "SELECT u FROM AppUser u WHERE u.tenantId = :tenantId ORDER BY u.username")
@NamedQuery(name = AppUser.COUNT_OF_TENANT, query = "SELECT COUNT(u) FROM AppUser u WHERE u.tenantId = :tenantId")
public class AppUser {
    public static final String BY_USERNAME = "AppUser.byUsername";
    public static final String COUNT_BY_ROLE = "AppUser.countByRole";
    public static final String PAGE_ALL = "AppUser.pageAll";
    public static final String COUNT_ALL = "AppUser.countAll";
    public static final String PAGE_OF_TENANT = "AppUser.pageOfTenant";
    public static final String COUNT_OF_TENANT = "AppUser.countOfTenant";
    public static final String USERNAME_RULE = "3 to 64 characters: lower-case letters, digits, dot, dash, underscore or @";
    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._@-]{2,63}$");

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Column(nullable = false, length = 254)
    private String email;

    @Convert(converter = RoleConverter.class)
    @Column(nullable = false, length = 32)
    private Role role;

    @Column(name = "tenant_id", length = 36)
    private String tenantId;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The time zone the console shows times in (an IANA name); null: the browser's. */
    @Column(name = "time_zone", length = 64)
    private String timeZone;

    @Version
    private long version;

    protected AppUser() {
    }

    /**
     * Registers a user after checking every rule: username form, email, password policy, and that
     * a tenant role comes with a tenant while a provider role comes without one.
     */
    public static AppUser register(String username, String password, String email, Role role, String tenantId, Instant at) {
        String name = checkUsername(username);
        if (role == null) {
            throw new BadInput("role", "A role is required: one of " + Role.allNames() + ".");
        }
        if (role.onTenantSide() && tenantId == null) {
            throw new BadInput("tenantId", "A user with the role " + role.securityName() + " belongs to a tenant: tenantId is required.");
        }
        if (!role.onTenantSide() && tenantId != null) {
            throw new BadInput("tenantId", "A user with the provider role " + role.securityName() + " belongs to no tenant: leave tenantId out.");
        }
        PasswordPolicy.check(name, password);
        AppUser user = new AppUser();
        user.id = UUID.randomUUID().toString();
        user.username = name;
        user.email = EmailAddress.normalise("email", email);
        user.role = role;
        user.tenantId = tenantId;
        user.passwordHash = PasswordHash.of(password);
        user.enabled = true;
        user.createdAt = Objects.requireNonNull(at);
        return user;
    }

    public static String checkUsername(String username) {
        if (username == null || username.isBlank()) {
            throw new BadInput("username", "A username is required: " + USERNAME_RULE + ".");
        }
        String trimmed = username.trim();
        if (!USERNAME.matcher(trimmed).matches()) {
            throw new BadInput("username", "'" + (trimmed.length() > 64 ? trimmed.substring(0, 64) + "..." : trimmed)
                    + "' is not a valid username: " + USERNAME_RULE + ".");
        }
        return trimmed;
    }

    public void changePassword(String newPassword) {
        PasswordPolicy.check(username, newPassword);
        this.passwordHash = PasswordHash.of(newPassword);
    }

    public void changeEmail(String newEmail) {
        this.email = EmailAddress.normalise("email", newEmail);
    }

    /**
     * Gives the user another role on the same side: a tenant's user keeps a tenant role and its
     * tenant, a provider's user a provider role (moving between them is a new account).
     */
    public void changeRole(Role newRole) {
        if (newRole == null) {
            throw new BadInput("role", "A role is required.");
        }
        if (newRole.onTenantSide() != role.onTenantSide()) {
            throw new BadInput("role", role.onTenantSide()
                    ? "A user of a tenant keeps a tenant role (tenant-admin, tenant-operator or tenant-reader); create a new account for a provider role."
                    : "A provider user keeps a provider role; create a new account in the tenant for a tenant role.");
        }
        this.role = newRole;
    }

    /** A disabled user can no longer sign in: the security realm reads only enabled users. */
    public void disable() {
        enabled = false;
    }

    public void enable() {
        enabled = true;
    }

    public boolean belongsTo(String tenant) {
        return tenantId != null && tenantId.equals(tenant);
    }

    public String getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getEmail() {
        return email;
    }

    public Role getRole() {
        return role;
    }

    /** Chooses the time zone the console shows times in; blank goes back to the browser's. */
    public void chooseTimeZone(String zone) {
        timeZone = zone == null || zone.isBlank() ? null : TimeZones.zone("timeZone", zone).getId();
    }

    public String getTimeZone() {
        return timeZone;
    }

    public String getTenantId() {
        return tenantId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    String getPasswordHash() {
        return passwordHash;
    }
}
