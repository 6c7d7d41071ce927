package org.mxdr.onboarding.entity;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.mxdr.identity.entity.AppUser;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.Role;
import org.mxdr.platform.EmailAddress;
import org.mxdr.platform.Text;

/** A customer organisation. Its region is fixed at creation; its service language is English. */
@Entity
@Table(name = "tenant")
@NamedQuery(name = Tenant.COUNT_BY_NAME, query = "SELECT COUNT(t) FROM Tenant t WHERE t.nameKey = :nameKey")
@NamedQuery(name = Tenant.COUNT_ALL, query = "SELECT COUNT(t) FROM Tenant t")
public class Tenant {
    public static final String COUNT_BY_NAME = "Tenant.countByName";
    public static final String COUNT_ALL = "Tenant.countAll";
    public static final int NAME_MAX = 200;
    /** The service is delivered in English only. */
    public static final String LANGUAGE = "en";

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    /** Lower-cased name: two tenants may not differ only by case. */
    @Column(name = "name_key", nullable = false, unique = true, length = NAME_MAX)
    private String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Cloud cloud;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Region region;

    @Column(name = "admin_email", nullable = false, length = 254)
    private String adminEmail;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The provider's delivery manager who looks after the tenant (told of its breaches, "my tenants"); null when none. */
    @Column(name = "delivery_manager_id", length = 36)
    private String deliveryManagerId;

    @Version
    private long version;

    protected Tenant() {
    }

    public static Tenant onboard(String name, Cloud cloud, Region region, String adminEmail, Instant at) {
        Tenant tenant = new Tenant();
        tenant.id = UUID.randomUUID().toString();
        tenant.name = checkName(name);
        tenant.nameKey = nameKey(tenant.name);
        if (cloud == null) {
            throw new BadInput("cloud", "A cloud is required: one of COMMERCIAL, GCC, GCC_HIGH, DOD.");
        }
        if (region == null) {
            throw new BadInput("region", "A region is required for the tenant's reporting data.");
        }
        tenant.cloud = cloud;
        tenant.region = region;
        tenant.adminEmail = EmailAddress.normalise("adminEmail", adminEmail);
        tenant.language = LANGUAGE;
        tenant.createdAt = Objects.requireNonNull(at);
        return tenant;
    }

    public static String checkName(String name) {
        String trimmed = Text.required("name", name, "A tenant name is required.").replaceAll("\\s+", " ");
        if (trimmed.length() > NAME_MAX) {
            throw new BadInput("name", "The tenant name must have at most " + NAME_MAX + " characters.");
        }
        if (trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new BadInput("name", "The tenant name must not contain control characters.");
        }
        return trimmed;
    }

    public static String nameKey(String checkedName) {
        return checkedName.toLowerCase(Locale.ROOT);
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    /** The tenant as the audit trail keeps it. */
    public String describe() {
        return "name=" + name + "; cloud=" + cloud + "; region=" + region + "; adminEmail=" + adminEmail;
    }

    /**
     * Assigns the provider's delivery manager who looks after the tenant, or none (null): an
     * enabled user with the delivery-manager role, nobody else.
     */
    public void assignDeliveryManager(AppUser manager) {
        if (manager != null && !isActiveDeliveryManager(manager)) {
            throw new BadInput("username", "'" + manager.getUsername() + "' is not an enabled delivery manager; choose a user with the role "
                    + Role.DELIVERY_MANAGER.securityName() + ".");
        }
        deliveryManagerId = manager == null ? null : manager.getId();
    }

    /** Whether the user may look after tenants now; an assignment whose user lost the role or was disabled counts as none. */
    public static boolean isActiveDeliveryManager(AppUser user) {
        return user.getRole() == Role.DELIVERY_MANAGER && user.isEnabled();
    }

    public String getDeliveryManagerId() {
        return deliveryManagerId;
    }

    public Cloud getCloud() {
        return cloud;
    }

    public Region getRegion() {
        return region;
    }

    public String getAdminEmail() {
        return adminEmail;
    }

    public String getLanguage() {
        return language;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
