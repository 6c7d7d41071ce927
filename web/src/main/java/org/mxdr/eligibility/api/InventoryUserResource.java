package org.mxdr.eligibility.api;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mxdr.platform.PageRequest;
import org.mxdr.platform.api.Query;
import org.mxdr.eligibility.boundary.InventoryService;
import org.mxdr.eligibility.entity.InventoryUser;
import org.mxdr.platform.api.Paging;

@Path("tenants/{tenantId}/users")
@Produces(MediaType.APPLICATION_JSON)
public class InventoryUserResource {

    public record UserJson(String externalId, String name, List<String> licenses, String userGroup) {
        static UserJson of(InventoryUser u) {
            return new UserJson(u.getExternalId(), u.getName(), u.getLicenses(), u.getUserGroup());
        }
    }

    public record UserPage(List<UserJson> items, long total, int page, int size) {
    }

    @Inject
    InventoryService inventory;

    @GET
    @Operation(summary = "The users of the tenant's inventory, paged; q filters by name or external id "
            + "(provider roles except platform, tenant-admin)")
    public UserPage list(@PathParam("tenantId") String tenantId,
                         @QueryParam("page") @DefaultValue("0") String page, @QueryParam("size") @DefaultValue("50") String size,
                         @QueryParam("q") String q) {
        PageRequest asked = Paging.page(page, size);
        String text = Query.text("q", q);
        List<UserJson> items = inventory.users(tenantId, text, asked.first(), asked.size()).stream().map(UserJson::of).toList();
        return new UserPage(items, inventory.countUsers(tenantId, text), asked.page(), asked.size());
    }
}
