package org.mxdr.eligibility.view;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mxdr.eligibility.boundary.DeviceFilter;
import org.mxdr.eligibility.boundary.InventoryService;
import org.mxdr.eligibility.entity.AvMode;
import org.mxdr.eligibility.entity.Device;
import org.mxdr.eligibility.entity.InventoryUser;
import org.mxdr.onboarding.boundary.TenantService;
import org.mxdr.identity.boundary.UserService;
import org.mxdr.onboarding.entity.Tenant;
import org.mxdr.platform.NotFound;
import org.mxdr.platform.PageRequest;
import org.mxdr.platform.view.BoundaryPages;
import org.primefaces.model.LazyDataModel;

/** A tenant's devices and users, each a lazy table narrowed by the filter fields above it. */
@Named
@ViewScoped
public class InventoryView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient InventoryService inventory;

    @Inject
    transient TenantService tenants;

    @Inject
    transient UserService people;

    private String id;
    private Tenant tenant;
    private String deviceText;
    private Boolean eligible;
    private Boolean onboarded;
    private AvMode avMode;
    private String userText;
    private final LazyDataModel<Device> devices = new BoundaryPages<>(() -> inventory.countDevices(id, deviceFilter()),
            (first, size) -> inventory.devices(id, deviceFilter(), first, size), Device::getExternalId, PageRequest.MAX_PAGE);
    private final LazyDataModel<InventoryUser> users = new BoundaryPages<>(() -> inventory.countUsers(id, userText),
            (first, size) -> inventory.users(id, userText, first, size), InventoryUser::getExternalId, PageRequest.MAX_PAGE);

    /** Without an id a tenant user sees its own tenant's inventory. */
    public void load() {
        if (id == null || id.isBlank()) {
            id = people.me().tenantId();
        }
        if (id == null) {
            throw new NotFound("Choose a tenant from the tenant list.");
        }
        tenant = tenants.get(id);
        inventory.countUsers(id, null); // refuses a role without inventory access before the page renders
    }

    private DeviceFilter deviceFilter() {
        return new DeviceFilter(deviceText, eligible, onboarded, avMode);
    }

    public AvMode[] getAvModes() {
        return AvMode.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Tenant getTenant() {
        return tenant;
    }

    public String getDeviceText() {
        return deviceText;
    }

    public void setDeviceText(String deviceText) {
        this.deviceText = deviceText;
    }

    public Boolean getEligible() {
        return eligible;
    }

    public void setEligible(Boolean eligible) {
        this.eligible = eligible;
    }

    public Boolean getOnboarded() {
        return onboarded;
    }

    public void setOnboarded(Boolean onboarded) {
        this.onboarded = onboarded;
    }

    public AvMode getAvMode() {
        return avMode;
    }

    public void setAvMode(AvMode avMode) {
        this.avMode = avMode;
    }

    public String getUserText() {
        return userText;
    }

    public void setUserText(String userText) {
        this.userText = userText;
    }

    public LazyDataModel<Device> getDevices() {
        return devices;
    }

    public LazyDataModel<InventoryUser> getUsers() {
        return users;
    }

}
