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

    public record DevicePage(List<DeviceJson> items, long total, int page, int size) {
    }

    @Inject
    InventoryService inventory;

    @GET
    @Operation(summary = "The tenant's devices, paged and filtered (provider roles except platform, tenant-admin)",
            description = "q: part of the name or external id; eligible, onboarded: true or false; avMode: ACTIVE, PASSIVE or DISABLED.")
    public DevicePage list(@PathParam("tenantId") String tenantId,
                           @QueryParam("page") @DefaultValue("0") String page, @QueryParam("size") @DefaultValue("50") String size,
                           @QueryParam("q") String q, @QueryParam("eligible") String eligible,
                           @QueryParam("onboarded") String onboarded, @QueryParam("avMode") String avMode) {
        PageRequest asked = Paging.page(page, size);
        DeviceFilter filter = new DeviceFilter(Query.text("q", q), Query.bool("eligible", eligible), Query.bool("onboarded", onboarded),
                Query.enumValue("avMode", avMode, AvMode.class));
        List<DeviceJson> items = inventory.devices(tenantId, filter, asked.first(), asked.size()).stream().map(DeviceJson::of).toList();
        return new DevicePage(items, inventory.countDevices(tenantId, filter), asked.page(), asked.size());
    }
}
