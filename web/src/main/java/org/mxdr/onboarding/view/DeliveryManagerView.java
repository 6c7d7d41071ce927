package org.mxdr.onboarding.view;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mxdr.identity.boundary.UserService;
import org.mxdr.identity.entity.AppUser;
import org.mxdr.onboarding.boundary.DeliveryManager;
import org.mxdr.onboarding.boundary.TenantService;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.Caller;
import org.mxdr.platform.Role;
import org.mxdr.platform.view.FieldMessages;

/** The tenant page's delivery manager: shown to the provider's roles, assigned by the provider admin. */
@Named
@ViewScoped
public class DeliveryManagerView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient TenantService tenants;

    @Inject
    transient UserService users;

    private DeliveryManager current;
    private List<String> choices = List.of();
    private String username;
    private boolean mayAssign;

    public void load(String tenantId) {
        Caller me = users.me();
        if (!me.is(Role.PROVIDER_ADMIN) && !me.is(Role.COMMERCIAL_EXECUTIVE) && !me.is(Role.DELIVERY_MANAGER)) {
            return;
        }
        current = tenants.deliveryManager(tenantId);
        username = current.username();
        mayAssign = me.is(Role.PROVIDER_ADMIN);
        if (mayAssign) {
            choices = tenants.deliveryManagers().stream().map(AppUser::getUsername).toList();
        }
    }

    public void assign() {
        try {
            current = tenants.assignDeliveryManager(current.tenantId(), username);
            FieldMessages.info(current.username() == null ? "The tenant has no delivery manager now."
                    : current.username() + " looks after the tenant now and is told of its service-level breaches.");
        } catch (BadInput refused) {
            FieldMessages.show("deliveryManagerForm", refused);
        }
    }

    public DeliveryManager getCurrent() {
        return current;
    }

    public boolean isMayAssign() {
        return mayAssign;
    }

    public List<String> getChoices() {
        return choices;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }
}
