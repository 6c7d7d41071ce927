package org.mxdr.onboarding.api;

import java.io.InputStream;
import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.mxdr.onboarding.boundary.NewTenant;
import org.mxdr.onboarding.boundary.SubscriptionService;
import org.mxdr.onboarding.boundary.TenantService;
import org.mxdr.onboarding.boundary.TenantSort;
import org.mxdr.onboarding.entity.Cloud;
import org.mxdr.onboarding.entity.Region;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.PageRequest;
import org.mxdr.platform.api.JsonBody;
import org.mxdr.platform.api.Paging;

@Path("tenants")
@Produces(MediaType.APPLICATION_JSON)
public class TenantResource {

    /** The documented request body of POST /tenants. */
    public record TenantRequest(String name, Cloud cloud, Region region, String adminEmail) {
    }

    public record TenantPage(List<TenantJson> items, long total, int page, int size) {
    }

    @Inject
    TenantService tenants;

    @Inject
    SubscriptionService subscriptions;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Onboard a tenant (provider-admin)")
    @RequestBody(content = @Content(schema = @Schema(implementation = TenantRequest.class)))
    public Response create(InputStream body) {
        JsonBody in = JsonBody.read(body);
        NewTenant tenant = new NewTenant(in.requiredString("name"), in.enumValue("cloud", Cloud.class),
                in.enumValue("region", Region.class), in.requiredString("adminEmail"));
        TenantJson created = TenantJson.of(tenants.create(tenant));
        return Response.created(URI.create("tenants/" + created.id())).entity(created).build();
    }

    @GET
    @Path("{tenantId}")
    @Operation(summary = "A tenant, with region, cloud, language and subscription summary")
    public TenantJson get(@PathParam("tenantId") String tenantId) {
        return TenantJson.of(tenants.get(tenantId), subscriptions.summary(tenantId));
    }

    @GET
    @Operation(summary = "Tenants, paged (provider-admin, commercial-executive, delivery-manager)")
    public TenantPage list(@QueryParam("page") @DefaultValue("0") String page, @QueryParam("size") @DefaultValue("50") String size,
                           @QueryParam("sort") @DefaultValue("NAME") String sort, @QueryParam("desc") @DefaultValue("false") boolean desc) {
        PageRequest asked = Paging.page(page, size);
        TenantSort by;
        try {
            by = TenantSort.valueOf(sort.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInput("sort", "Sort by one of NAME, CLOUD, REGION, CREATED.");
        }
        List<TenantJson> items = tenants.page(asked.first(), asked.size(), by, !desc).stream().map(TenantJson::of).toList();
        return new TenantPage(items, tenants.count(), asked.page(), asked.size());
    }
}
