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
import org.mxdr.platform.CursorPage;
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

    /** By cursor: items and nextCursor; by page number (?page=): items, total, page. */
    public record UserPage(List<UserJson> items, String nextCursor, Long total, Integer page, int size) {
    }

    @Inject
    InventoryService inventory;

    @GET
    @Operation(summary = "The users of the tenant's inventory by name; q filters by name or external id "
            + "(provider roles except platform, tenant-admin)", description = "Pass nextCursor as cursor for the next page (null on the last); "
            + "page from 0 pages by number and counts the total, at the cost of reading every user before the page.")
    public UserPage list(@PathParam("tenantId") String tenantId,
                         @QueryParam("cursor") String cursor, @QueryParam("page") String page,
                         @QueryParam("size") @DefaultValue("50") String size, @QueryParam("q") String q) {
        String text = Query.text("q", q);
        if (Paging.byCursor(cursor, page)) {
            int s = Paging.number("size", size, 1, PageRequest.MAX_PAGE);
            CursorPage<InventoryUser> found = inventory.users(tenantId, text, cursor, s);
            return new UserPage(found.items().stream().map(UserJson::of).toList(), found.nextCursor(), null, null, s);
        }
        PageRequest asked = Paging.page(page, size);
        List<UserJson> items = inventory.users(tenantId, text, asked.first(), asked.size()).stream().map(UserJson::of).toList();
        return new UserPage(items, null, inventory.countUsers(tenantId, text), asked.page(), asked.size());
    }
}
