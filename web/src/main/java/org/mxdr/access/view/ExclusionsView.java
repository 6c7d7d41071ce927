package org.mxdr.access.view;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mxdr.access.boundary.ExclusionService;
import org.mxdr.identity.boundary.UserService;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.Conflict;
import org.mxdr.platform.view.FieldMessages;

/** Settings > Experts > Exclusions. */
@Named
@ViewScoped
public class ExclusionsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ExclusionService exclusions;

    @Inject
    transient UserService users;

    @Inject
    ExclusionsForm form;

    private String tenantId;

    public void load() {
        tenantId = TenantAdminPage.tenantOf(users);
        form.load(tenantId);
    }

    public void save() {
        try {
            exclusions.put(tenantId, form.getDeviceGroups(), form.getUserGroups(), form.getVersion());
            form.load(tenantId);
            FieldMessages.info("Saved: the exclusions apply to the experts' next request.");
        } catch (BadInput | Conflict refused) {
            FieldMessages.show("exclusionsForm", refused);
        }
    }

    public void reload() {
        form.load(tenantId);
    }

    public ExclusionsForm getForm() {
        return form;
    }
}
