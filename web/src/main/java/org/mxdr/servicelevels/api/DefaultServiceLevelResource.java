package org.mxdr.servicelevels.api;

import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mxdr.servicelevels.boundary.ServiceLevelService;

@Path("service-levels/default")
@Produces(MediaType.APPLICATION_JSON)
public class DefaultServiceLevelResource {

    @Inject
    ServiceLevelService serviceLevels;

    @GET
    @Operation(summary = "The provider-wide default targets per severity (provider roles)")
    public ServiceLevelsJson defaults() {
        return ServiceLevelsJson.of(serviceLevels.defaults(), Set.of());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the provider-wide default targets (provider-admin); severities left out keep theirs")
    public ServiceLevelsJson putDefaults(ServiceLevelsRequest in) {
        return ServiceLevelsJson.of(serviceLevels.replaceDefaults(in.targets()), Set.of());
    }
}
