package org.mxdr.access.entity;

import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.mxdr.platform.BadInput;
import org.mxdr.platform.Text;

/**
 * The device groups and user groups a tenant excludes: the experts may guide the customer about
 * their devices and users but never act on them. Names must be groups of the tenant's inventory.
 */
@Entity
@Table(name = "exclusion_set")
public class ExclusionSet {
    public static final int MAX_GROUPS = 500;

    @Id
    @Column(name = "tenant_id", length = 36)
    private String tenantId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "excluded_device_group", joinColumns = @JoinColumn(name = "tenant_id"))
    @Column(name = "group_name", length = 200)
    private Set<String> deviceGroups = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "excluded_user_group", joinColumns = @JoinColumn(name = "tenant_id"))
    @Column(name = "group_name", length = 200)
    private Set<String> userGroups = new TreeSet<>();

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ExclusionSet() {
    }

    /** A tenant's exclusions before its admin ever saved any: nothing excluded, by nobody, version 0. */
    public static ExclusionSet none(String tenantId) {
        ExclusionSet s = new ExclusionSet();
        s.tenantId = Objects.requireNonNull(tenantId);
        return s;
    }

    public static ExclusionSet empty(String tenantId, String by, Instant now) {
        ExclusionSet s = new ExclusionSet();
        s.tenantId = Objects.requireNonNull(tenantId);
        s.updatedBy = by;
        s.updatedAt = now;
        return s;
    }

    /**
     * Replaces both lists. Every name must be a group of the inventory; an unknown one is refused
     * with the field named, so a typo never silently excludes nothing.
     */
    public void replace(Collection<String> devices, Collection<String> users, Set<String> knownDeviceGroups,
                        Set<String> knownUserGroups, String by, Instant now) {
        Set<String> d = known("deviceGroups", devices, knownDeviceGroups, "device");
        Set<String> u = known("userGroups", users, knownUserGroups, "user");
        deviceGroups.clear();
        deviceGroups.addAll(d);
        userGroups.clear();
        userGroups.addAll(u);
        updatedBy = by;
        updatedAt = now;
    }

    private static Set<String> known(String field, Collection<String> names, Set<String> known, String kind) {
        Set<String> result = new TreeSet<>();
        if (names == null) {
            return result;
        }
        if (names.size() > MAX_GROUPS) {
            throw new BadInput(field, "At most " + MAX_GROUPS + " " + kind + " groups can be excluded.");
        }
        for (String name : names) {
            String n = name == null ? "" : name.strip();
            if (n.isEmpty()) {
                throw new BadInput(field, "A " + kind + " group name cannot be empty.");
            }
            if (!known.contains(n)) {
                throw new BadInput(field, "'" + Text.abbreviate(n, 60)
                        + "' is not a " + kind + " group of this tenant's inventory.");
            }
            result.add(n);
        }
        return result;
    }

    public boolean isEmpty() {
        return deviceGroups.isEmpty() && userGroups.isEmpty();
    }

    /** The state for the audit trail. */
    public String describe() {
        return "deviceGroups=" + deviceGroups + "; userGroups=" + userGroups;
    }

    public String getTenantId() {
        return tenantId;
    }

    public Set<String> getDeviceGroups() {
        return Set.copyOf(deviceGroups);
    }

    public Set<String> getUserGroups() {
        return Set.copyOf(userGroups);
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
