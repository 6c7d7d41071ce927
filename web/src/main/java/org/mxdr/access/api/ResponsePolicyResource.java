package org.mxdr.access.api;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mxdr.access.boundary.ResponsePolicyService;
import org.mxdr.access.control.Exclusions;
import org.mxdr.access.entity.PolicyRule;
import org.mxdr.access.entity.PolicyRules;
import org.mxdr.access.entity.ResponsePolicy;

@Path("tenants/{tenantId}/response-policy")
@Produces(MediaType.APPLICATION_JSON)
public class ResponsePolicyResource {

    public record ScopeJson(String kind, String name) {
    }

    public record RuleJson(String action, ScopeJson scope, String mode) {
        static RuleJson of(PolicyRule r) {
            return new RuleJson(r.action().name(), new ScopeJson(r.scope().kind().name(), r.scope().name()), r.mode().name());
        }
    }

    /** The policy, the version an edit must name, the inventory's groups to pick from, and the precedence rule in words. */
    public record ResponsePolicyJson(List<RuleJson> rules, String approvalTimeout, String reminderEvery, long version, String updatedBy,
                                     Instant updatedAt, List<String> availableDeviceGroups, List<String> availableUserGroups,
                                     String precedence) {
        static ResponsePolicyJson of(ResponsePolicy p, Exclusions.KnownGroups known) {
            return new ResponsePolicyJson(p.rules().rules().stream().map(RuleJson::of).toList(), p.approvalTimeout().toString(),
                    p.reminderEvery().toString(), p.getVersion(), p.getUpdatedBy(), p.getUpdatedAt(), known.deviceGroups(),
                    known.userGroups(), PolicyRules.PRECEDENCE);
        }
    }

    @Inject
    ResponsePolicyService policies;

    @GET
    @Operation(summary = "The response policy (tenant users; experts with a live grant)")
    public ResponsePolicyJson get(@PathParam("tenantId") String tenantId) {
        return ResponsePolicyJson.of(policies.get(tenantId), policies.groups(tenantId));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the response policy (tenant-admin of the tenant)",
            description = "Rules of action × scope (ALL, DEVICE_GROUP or USER_GROUP with a group of the inventory) → ACT, APPROVE or GUIDE. "
                    + "Send the version read (0 before the first save); a change made meanwhile answers 409. "
                    + "The policy never gives the experts more than their access level.")
    public ResponsePolicyJson put(@PathParam("tenantId") String tenantId, ResponsePolicyRequest in) {
        ResponsePolicy saved = policies.put(tenantId, in.policyRules(), in.timeout(), in.reminder(), in.version());
        return ResponsePolicyJson.of(saved, policies.groups(tenantId));
    }
}
