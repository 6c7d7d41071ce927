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
import org.mxdr.access.boundary.ExclusionService;
import org.mxdr.access.control.Exclusions;
import org.mxdr.access.entity.ExclusionSet;

@Path("tenants/{tenantId}/exclusions")
@Produces(MediaType.APPLICATION_JSON)
public class ExclusionResource {

    /** The request body of PUT /tenants/{t}/exclusions. */
    public record ExclusionsRequest(List<String> deviceGroups, List<String> userGroups, Long version) {
    }

    /** The exclusions, the version an edit must name, and the inventory's groups to pick from. */
    public record ExclusionsJson(List<String> deviceGroups, List<String> userGroups, long version, String updatedBy, Instant updatedAt,
                                 List<String> availableDeviceGroups, List<String> availableUserGroups) {
        static ExclusionsJson of(ExclusionSet set, Exclusions.KnownGroups known) {
            return new ExclusionsJson(set.getDeviceGroups().stream().sorted().toList(), set.getUserGroups().stream().sorted().toList(),
                    set.getVersion(), set.getUpdatedBy(), set.getUpdatedAt(),
                    known.deviceGroups(), known.userGroups());
        }
    }

    @Inject
    ExclusionService exclusions;

    @GET
    @Operation(summary = "The excluded device groups and user groups, with the inventory's groups (tenant-admin of the tenant)")
    public ExclusionsJson get(@PathParam("tenantId") String tenantId) {
        return ExclusionsJson.of(exclusions.get(tenantId), exclusions.groups(tenantId));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the exclusions (tenant-admin of the tenant)",
            description = "Names must be groups of the tenant's inventory. Once exclusions are saved, send the version read; "
                    + "a change made meanwhile answers 409. Excluded devices and users get guidance only, never a direct action.")
    public ExclusionsJson put(@PathParam("tenantId") String tenantId, ExclusionsRequest in) {
        ExclusionSet saved = exclusions.put(tenantId, in.deviceGroups(), in.userGroups(), in.version());
        return ExclusionsJson.of(saved, exclusions.groups(tenantId));
    }
}
