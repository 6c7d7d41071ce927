package org.mxdr.access.view;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.mxdr.access.boundary.ExclusionService;
import org.mxdr.access.control.Exclusions;
import org.mxdr.access.entity.ExclusionSet;

/** The Exclusions page's fields, shared by the wizard and the page under Settings > Experts. */
@Dependent
public class ExclusionsForm implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ExclusionService exclusions;

    private List<String> deviceGroups = new ArrayList<>();
    private List<String> userGroups = new ArrayList<>();
    private List<String> availableDeviceGroups = List.of();
    private List<String> availableUserGroups = List.of();
    private long version;

    void load(String tenantId) {
        ExclusionSet set = exclusions.get(tenantId);
        Exclusions.KnownGroups known = exclusions.groups(tenantId);
        deviceGroups = new ArrayList<>(set.getDeviceGroups().stream().sorted().toList());
        userGroups = new ArrayList<>(set.getUserGroups().stream().sorted().toList());
        availableDeviceGroups = known.deviceGroups();
        availableUserGroups = known.userGroups();
        version = set.getVersion();
    }

    public String getDeviceGroupsShown() {
        return String.join(", ", deviceGroups);
    }

    public String getUserGroupsShown() {
        return String.join(", ", userGroups);
    }

    public boolean isNothingExcluded() {
        return deviceGroups.isEmpty() && userGroups.isEmpty();
    }

    public List<String> getDeviceGroups() {
        return deviceGroups;
    }

    public void setDeviceGroups(List<String> deviceGroups) {
        this.deviceGroups = deviceGroups == null ? new ArrayList<>() : deviceGroups;
    }

    public List<String> getUserGroups() {
        return userGroups;
    }

    public void setUserGroups(List<String> userGroups) {
        this.userGroups = userGroups == null ? new ArrayList<>() : userGroups;
    }

    public List<String> getAvailableDeviceGroups() {
        return availableDeviceGroups;
    }

    public List<String> getAvailableUserGroups() {
        return availableUserGroups;
    }

    public long getVersion() {
        return version;
    }
}
