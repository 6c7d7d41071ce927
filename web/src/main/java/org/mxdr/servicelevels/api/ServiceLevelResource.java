package org.mxdr.servicelevels.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mxdr.servicelevels.boundary.ServiceLevelService;
import org.mxdr.servicelevels.boundary.TenantServiceLevels;

@Path("tenants/{tenantId}/service-levels")
@Produces(MediaType.APPLICATION_JSON)
public class ServiceLevelResource {

    @Inject
    ServiceLevelService serviceLevels;

    @GET
    @Operation(summary = "The tenant's service-level targets per severity (tenant users, provider roles)")
    public ServiceLevelsJson get(@PathParam("tenantId") String tenantId) {
        TenantServiceLevels levels = serviceLevels.of(tenantId);
        return ServiceLevelsJson.of(levels.targets(), levels.ownTargets());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the targets of the tenant's current subscription (provider-admin, delivery-manager)",
            description = "Severities left out follow the provider's default. Open incidents keep the targets they hold; "
                    + "a change of an incident's severity takes the targets in force then.")
    public ServiceLevelsJson put(@PathParam("tenantId") String tenantId, ServiceLevelsRequest in) {
        TenantServiceLevels levels = serviceLevels.replace(tenantId, in.targets());
        return ServiceLevelsJson.of(levels.targets(), levels.ownTargets());
    }

}
