package org.mxdr.approvals.boundary;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import org.mxdr.approvals.control.ApprovalLinks;
import org.mxdr.approvals.control.Approvals;
import org.mxdr.approvals.entity.ApprovalLink;
import org.mxdr.approvals.entity.ApprovalRequest;
import org.mxdr.platform.Caller;
import org.mxdr.platform.Callers;
import org.mxdr.platform.Roles;
import org.mxdr.platform.TenantId;
import org.mxdr.response.control.Incidents;
import org.mxdr.response.entity.Incident;
import org.mxdr.response.entity.ResponseAction;

/**
 * Approval requests and their answers, {@code /tenants/{t}/approvals}: the tenant's users and the
 * experts with a live grant read them; the tenant's operators and admins answer, in the console
 * or through the single-use link mailed to them (which stands for its approver's sign-in).
 */
@Stateless
@RolesAllowed({Roles.TENANT_OPERATOR, Roles.TENANT_ADMIN})
public class ApprovalService {
    public static final int MAX_LISTED = 200;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    @Inject
    Approvals approvals;

    @Inject
    ApprovalLinks links;

    @Inject
    Incidents incidents;

    /** A request with its action, the action's target as people know it, and its incident, as pages and the API show it. */
    public record Shown(ApprovalRequest request, ResponseAction action, String target, Incident incident) {
    }

    /** The tenant's requests, newest first, pending and answered. */
    @RolesAllowed({Roles.TENANT_OPERATOR, Roles.TENANT_ADMIN, Roles.TENANT_READER, Roles.EXPERT})
    public List<Shown> list(@TenantId String tenantId) {
        callers.requireTenant(tenantId, "read approvals");
        // each row's action, incident and target name read for the whole list at once: the statements do not grow with it
        List<ApprovalRequest> requests = approvals.ofTenant(tenantId, MAX_LISTED);
        Map<String, ResponseAction> actions = approvals.actions(requests);
        Map<String, Incident> ofRequests = incidents.byIds(tenantId, requests.stream().map(ApprovalRequest::getIncidentId).distinct().toList());
        Map<String, String> targets = incidents.targetNames(tenantId, actions.values());
        return requests.stream().map(r -> new Shown(r, actions.get(r.getActionId()), targets.get(r.getActionId()), ofRequests.get(r.getIncidentId())))
                .toList();
    }

    public Shown approve(@TenantId String tenantId,
                         @NotNull(message = "An approval id is required.") String approvalId) {
        Caller caller = callers.requireTenant(tenantId, "approve action");
        return shown(approvals.answer(caller.username(), tenantId, approvalId, true));
    }

    public Shown deny(@TenantId String tenantId,
                      @NotNull(message = "An approval id is required.") String approvalId) {
        Caller caller = callers.requireTenant(tenantId, "deny action");
        return shown(approvals.answer(caller.username(), tenantId, approvalId, false));
    }

    /** What an emailed link asks about; a GET of its page changes nothing. */
    @PermitAll
    public Shown byLink(String token) {
        ApprovalLink link = links.usable(token, false);
        return shown(approvals.find(link.getTenantId(), link.getApprovalId(), false));
    }

    /** The answer given through an emailed link, in its approver's name; the link is used up. */
    @PermitAll
    public Shown answerByLink(String token, boolean approve) {
        ApprovalLink link = links.usable(token, true);
        link.use(Instant.now(clock));
        return shown(approvals.answer(link.getUsername(), link.getTenantId(), link.getApprovalId(), approve));
    }

    private Shown shown(ApprovalRequest r) {
        ResponseAction action = approvals.action(r);
        return new Shown(r, action, incidents.targetName(action), incidents.find(r.getTenantId(), r.getIncidentId(), false));
    }
}
