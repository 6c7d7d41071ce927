package org.mxdr.access.view;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mxdr.access.boundary.ExpertTenantService;
import org.mxdr.access.boundary.ExpertWorkspace;

/** An expert inside one tenant: what he may do there, what to leave alone, whom to notify. */
@Named
@ViewScoped
public class ExpertWorkspaceView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ExpertTenantService expertTenants;

    @Inject
    ConsoleSession session;

    private String tenantId;
    private ExpertWorkspace workspace;

    public void load() {
        workspace = expertTenants.enter(tenantId, session.token());
    }

    public ExpertWorkspace getWorkspace() {
        return workspace;
    }

    public String getExcludedDeviceGroups() {
        return String.join(", ", workspace.exclusions().getDeviceGroups().stream().sorted().toList());
    }

    public String getExcludedUserGroups() {
        return String.join(", ", workspace.exclusions().getUserGroups().stream().sorted().toList());
    }

    public String getTenantId() {
        return tenantId;
    }

    public void setTenantId(String tenantId) {
        this.tenantId = tenantId;
    }
}
