package org.mxdr.onboarding.api;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mxdr.onboarding.boundary.DeliveryManager;
import org.mxdr.onboarding.boundary.NewTenant;
import org.mxdr.onboarding.boundary.SubscriptionService;
import org.mxdr.onboarding.boundary.TenantService;
import org.mxdr.onboarding.boundary.TenantSort;
import org.mxdr.onboarding.entity.Cloud;
import org.mxdr.onboarding.entity.Region;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.PageRequest;
import org.mxdr.platform.api.Paging;

@Path("tenants")
@Produces(MediaType.APPLICATION_JSON)
public class TenantResource {

    /** The request body of POST /tenants. */
    public record TenantRequest(@NotBlank(message = "'name' is required.") String name,
                                @NotNull(message = "A cloud is required: one of COMMERCIAL, GCC, GCC_HIGH, DOD.") Cloud cloud,
                                @NotNull(message = "A region is required for the tenant's reporting data.") Region region,
                                @NotBlank(message = "'adminEmail' is required.") String adminEmail) {
    }

    /** The request body of PUT /tenants/{t}/delivery-manager: a delivery manager's username, or none (null, blank) to unassign. */
    public record DeliveryManagerRequest(String username) {
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
    public Response create(@Valid TenantRequest in) {
        NewTenant tenant = new NewTenant(in.name(), in.cloud(), in.region(), in.adminEmail());
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
    @Path("{tenantId}/delivery-manager")
    @Operation(summary = "Who looks after the tenant for the provider (provider-admin, commercial-executive, delivery-manager): "
            + "{tenantId, username, email}, null when none")
    public DeliveryManager deliveryManager(@PathParam("tenantId") String tenantId) {
        return tenants.deliveryManager(tenantId);
    }

    @PUT
    @Path("{tenantId}/delivery-manager")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assign the tenant's delivery manager (provider-admin): {username} of an enabled delivery-manager, null to "
            + "unassign; told of the tenant's service-level breaches; audited")
    public DeliveryManager assignDeliveryManager(@PathParam("tenantId") String tenantId, DeliveryManagerRequest in) {
        return tenants.assignDeliveryManager(tenantId, in == null ? null : in.username());
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
