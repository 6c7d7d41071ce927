package org.mxdr.access.api;

import java.time.Instant;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mxdr.access.boundary.PermissionChange;
import org.mxdr.access.boundary.PermissionService;
import org.mxdr.platform.BadInput;

@Path("tenants/{tenantId}/permissions")
@Produces(MediaType.APPLICATION_JSON)
public class PermissionResource {

    /** The request body of PUT /tenants/{t}/permissions: every field optional, absent ones take the defaults below. */
    public record PermissionsRequest(Boolean serviceProviderAccess, Boolean investigateAndGuide, Boolean respondDirectly,
                                     Boolean allDevices, Instant expiresAt, Long version) {
    }

    @Inject
    PermissionService permissions;

    @GET
    @Operation(summary = "The experts' permissions in the tenant and where the grant stands (tenant users, provider roles)")
    public PermissionsJson get(@PathParam("tenantId") String tenantId) {
        return PermissionsJson.of(permissions.get(tenantId));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Grant or change the experts' permissions (tenant-admin of the tenant)",
            description = "Absent fields take the defaults: investigateAndGuide true, respondDirectly false, allDevices true, "
                    + "expiresAt the subscription's end (later is refused). Changing a live grant needs the version read "
                    + "(in the body or as If-Match); a change made meanwhile answers 409. A first grant needs a contact for "
                    + "incident notification. The answer lists the warnings that apply.")
    public PermissionsJson put(@PathParam("tenantId") String tenantId, @HeaderParam("If-Match") String ifMatch, PermissionsRequest in) {
        PermissionChange change = new PermissionChange(in.serviceProviderAccess(), in.investigateAndGuide(), in.respondDirectly(),
                in.allDevices(), in.expiresAt(), in.version() != null ? in.version() : ifMatch(ifMatch));
        return PermissionsJson.of(permissions.put(tenantId, change));
    }

    @POST
    @Path("revocation")
    @Operation(summary = "Revoke the experts' access now (tenant-admin of the tenant); their very next call is denied")
    public PermissionsJson revoke(@PathParam("tenantId") String tenantId) {
        return PermissionsJson.of(permissions.revoke(tenantId));
    }

    private static Long ifMatch(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(header.replace("W/", "").replace("\"", "").trim());
        } catch (NumberFormatException e) {
            throw new BadInput("If-Match", "If-Match must carry the version read, e.g. \"3\".");
        }
    }
}
