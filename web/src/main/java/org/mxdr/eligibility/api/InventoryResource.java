package org.mxdr.eligibility.api;

import java.io.InputStream;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mxdr.eligibility.boundary.InventoryService;
import org.mxdr.eligibility.entity.ImportResult;
import org.mxdr.eligibility.entity.InventoryPart;
import org.mxdr.eligibility.entity.Problems;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.api.BodyLimit;

@Path("tenants/{tenantId}/inventory")
@Produces(MediaType.APPLICATION_JSON)
public class InventoryResource {
    /** Room for 100,000 devices and 100,000 users in one body. */
    public static final long JSON_LIMIT = 32L * 1024 * 1024;
    public static final long CSV_LIMIT = 10L * 1024 * 1024;

    @Inject
    InventoryService inventory;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @BodyLimit(bytes = JSON_LIMIT)
    @Operation(summary = "Replace the tenant's inventory (platform, provider-admin)",
            description = "Body {licenses, users, devices}. Each list present replaces that part (items absent are removed, "
                    + "items are matched by externalId); a list left out keeps the stored part. All or nothing: "
                    + "any bad item refuses the whole body with 400 naming every bad field. 413 above 32 MB.")
    public ImportResult replace(@PathParam("tenantId") String tenantId, InputStream body) {
        Problems problems = Problems.inJson();
        return inventory.replace(tenantId, InventoryJson.read(body, problems), problems);
    }

    @PUT
    @Path("{part}")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @BodyLimit(bytes = CSV_LIMIT)
    @Operation(summary = "Replace one part of the inventory from a CSV file: licenses, users or devices (platform, provider-admin)",
            description = "UTF-8, header line first. licenses: product,seats. users: externalId,name,licenses (keys separated by ;). "
                    + "devices: externalId,name,os,eligible,onboarded,avMode,deviceGroup. A file with a bad row is refused "
                    + "as a whole, listing every bad row and column. 413 above 10 MB.")
    public ImportResult replacePart(@PathParam("tenantId") String tenantId, @PathParam("part") String part, InputStream csv) {
        return inventory.importCsv(tenantId, part(part), csv);
    }

    private static InventoryPart part(String name) {
        try {
            return InventoryPart.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInput("part", "Import one of licenses, users or devices.");
        }
    }
}
