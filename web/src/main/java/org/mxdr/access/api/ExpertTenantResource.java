package org.mxdr.access.api;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mxdr.access.boundary.ExpertTenant;
import org.mxdr.access.boundary.ExpertTenantService;
import org.mxdr.platform.PageRequest;
import org.mxdr.platform.api.Paging;

/** The expert's side: the tenants within reach now. */
@Path("expert/tenants")
@Produces(MediaType.APPLICATION_JSON)
public class ExpertTenantResource {

    public record ExpertTenantPage(List<ExpertTenant> items, long total, int page, int size) {
    }

    @Inject
    ExpertTenantService expertTenants;

    @GET
    @Operation(summary = "The tenants where the experts hold a live grant, with level and expiry (expert)")
    public ExpertTenantPage tenants(@QueryParam("page") @DefaultValue("0") String page, @QueryParam("size") @DefaultValue("50") String size) {
        PageRequest asked = Paging.page(page, size);
        return new ExpertTenantPage(expertTenants.tenants(asked.first(), asked.size()), expertTenants.count(), asked.page(), asked.size());
    }
}
