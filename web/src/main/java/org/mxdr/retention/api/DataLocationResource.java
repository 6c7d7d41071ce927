package org.mxdr.retention.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mxdr.retention.boundary.DataLocation;
import org.mxdr.retention.boundary.DataLocationService;

/** Its own path below the tenant, as every tenant resource has: a resource at tenants/{t} itself would hide GET /tenants/{t}. */
@Path("tenants/{tenantId}/data-location")
@Produces(MediaType.APPLICATION_JSON)
public class DataLocationResource {

    @Inject
    DataLocationService locations;

    @GET
    @Operation(summary = "Where each class of the tenant's data lives and how long it is kept (tenant users; provider roles, experts through a live grant)",
            description = "retention.retainUntil appears once the subscription has ended or was terminated: the end plus the grace period "
                    + "(MXDR_RETENTION_GRACE_DAYS, at least 90). retention.legalHold is true while a legal hold stops the purge.")
    public DataLocation dataLocation(@PathParam("tenantId") String tenantId) {
        return locations.of(tenantId);
    }
}
