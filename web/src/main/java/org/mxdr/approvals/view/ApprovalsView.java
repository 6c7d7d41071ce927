package org.mxdr.approvals.view;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mxdr.approvals.boundary.ApprovalService;
import org.mxdr.approvals.entity.ApprovalState;
import org.mxdr.identity.boundary.UserService;
import org.mxdr.platform.Caller;
import org.mxdr.platform.Conflict;
import org.mxdr.platform.NotFound;
import org.mxdr.platform.Role;
import org.mxdr.platform.view.FieldMessages;

/** Approvals: the tenant's requests, newest first; its operators and admins answer the pending ones. */
@Named
@ViewScoped
public class ApprovalsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ApprovalService approvals;

    @Inject
    transient UserService users;

    private String tenantId;
    private boolean answering;
    private List<ApprovalService.Shown> requests = List.of();

    public void load() {
        Caller me = users.me();
        if (!me.isTenantUser()) {
            throw new NotFound("Approvals belong to a tenant's own users.");
        }
        tenantId = me.tenantId();
        answering = me.is(Role.TENANT_OPERATOR) || me.is(Role.TENANT_ADMIN);
        requests = approvals.list(tenantId);
    }

    public void approve(String approvalId) {
        answer(approvalId, true);
    }

    public void deny(String approvalId) {
        answer(approvalId, false);
    }

    private void answer(String approvalId, boolean approve) {
        try {
            ApprovalService.Shown shown = approve ? approvals.approve(tenantId, approvalId) : approvals.deny(tenantId, approvalId);
            FieldMessages.info(shown.request().getState() == ApprovalState.REFUSED ? "Not run: " + shown.request().getOutcome()
                    : shown.request().getState().label() + ": " + shown.action().getType().label() + " on " + shown.action().getTarget() + ".");
        } catch (Conflict | NotFound refused) {
            FieldMessages.show("approvalsForm", refused);
        }
        requests = approvals.list(tenantId);
    }

    public boolean isAnswering() {
        return answering;
    }

    public List<ApprovalService.Shown> getRequests() {
        return requests;
    }
}
