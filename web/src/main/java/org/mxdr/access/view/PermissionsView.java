package org.mxdr.access.view;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mxdr.access.boundary.GrantState;
import org.mxdr.access.boundary.PermissionChange;
import org.mxdr.access.boundary.PermissionService;
import org.mxdr.access.entity.Permissions;
import org.mxdr.identity.boundary.UserService;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.Conflict;
import org.mxdr.platform.view.FieldMessages;

/**
 * Settings > Experts > Permissions: the live grant, changed or revoked by the tenant's admin. A
 * change made meanwhile by another admin is refused with a message, never overwritten.
 */
@Named
@ViewScoped
public class PermissionsView implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String FORM = "permissionsForm";

    @Inject
    transient PermissionService permissions;

    @Inject
    transient UserService users;

    private String tenantId;
    private GrantState state;
    private PermissionsForm form;

    public void load() {
        tenantId = TenantAdminPage.adminTenantOf(users);
        show(permissions.get(tenantId));
    }

    private void show(GrantState s) {
        state = s;
        form = PermissionsForm.of(s);
    }

    public void save() {
        try {
            Permissions p = form.permissions();
            GrantState saved = permissions.put(tenantId, new PermissionChange(true, p.investigateAndGuide(), p.respondDirectly(),
                    p.allDevices(), p.expiresAt(), form.getVersion()));
            show(saved);
            FieldMessages.info("Saved: the experts' access changed at once.");
        } catch (BadInput | Conflict refused) {
            FieldMessages.show(FORM, form.onPage(refused));
        }
    }

    public void revoke() {
        try {
            show(permissions.revoke(tenantId));
            FieldMessages.info("Revoked: the experts have no access to your organisation from now on.");
        } catch (Conflict refused) {
            FieldMessages.show(FORM, refused);
        }
    }

    /** Drops the edits and shows the grant as it is now, e.g. after a conflict. */
    public void reload() {
        show(permissions.get(tenantId));
    }

    public GrantState getState() {
        return state;
    }

    public PermissionsForm getForm() {
        return form;
    }

    public boolean isEditable() {
        return state.isLive();
    }
}
