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
import org.mxdr.eligibility.boundary.DeviceFilter;
import org.mxdr.eligibility.boundary.InventoryService;
import org.mxdr.eligibility.entity.AvMode;
import org.mxdr.eligibility.entity.Device;
import org.mxdr.platform.api.Paging;

@Path("tenants/{tenantId}/devices")
@Produces(MediaType.APPLICATION_JSON)
public class DeviceResource {

    public record DeviceJson(String externalId, String name, String os, boolean eligible, boolean onboarded, AvMode avMode, String deviceGroup) {
        static DeviceJson of(Device d) {
            return new DeviceJson(d.getExternalId(), d.getName(), d.getOs(), d.isEligible(), d.isOnboarded(), d.getAvMode(), d.getDeviceGroup());
        }
    }

    /** By cursor: items and nextCursor; by page number (?page=): items, total, page. */
    public record DevicePage(List<DeviceJson> items, String nextCursor, Long total, Integer page, int size) {
    }

    @Inject
    InventoryService inventory;

    @GET
    @Operation(summary = "The tenant's devices, paged and filtered (provider roles except platform, tenant-admin)",
            description = "q: part of the name or external id; eligible, onboarded: true or false; avMode: ACTIVE, PASSIVE or DISABLED. "
                    + "By name; pass nextCursor as cursor for the next page (null on the last); page from 0 pages by number and counts "
                    + "the total, at the cost of reading every device before the page.")
    public DevicePage list(@PathParam("tenantId") String tenantId,
                           @QueryParam("cursor") String cursor, @QueryParam("page") String page,
                           @QueryParam("size") @DefaultValue("50") String size,
                           @QueryParam("q") String q, @QueryParam("eligible") String eligible,
                           @QueryParam("onboarded") String onboarded, @QueryParam("avMode") String avMode) {
        DeviceFilter filter = new DeviceFilter(Query.text("q", q), Query.bool("eligible", eligible), Query.bool("onboarded", onboarded),
                Query.enumValue("avMode", avMode, AvMode.class));
        if (Paging.byCursor(cursor, page)) {
            int s = Paging.number("size", size, 1, PageRequest.MAX_PAGE);
            CursorPage<Device> found = inventory.devices(tenantId, filter, cursor, s);
            return new DevicePage(found.items().stream().map(DeviceJson::of).toList(), found.nextCursor(), null, null, s);
        }
        PageRequest asked = Paging.page(page, size);
        List<DeviceJson> items = inventory.devices(tenantId, filter, asked.first(), asked.size()).stream().map(DeviceJson::of).toList();
        return new DevicePage(items, null, inventory.countDevices(tenantId, filter), asked.page(), asked.size());
    }
}
