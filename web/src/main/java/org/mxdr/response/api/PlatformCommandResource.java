package org.mxdr.response.api;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mxdr.platform.PageRequest;
import org.mxdr.platform.api.Paging;
import org.mxdr.response.boundary.PlatformService;

/** The commands the detection platform executes for the experts' response actions. */
@Path("platform/commands")
@Produces(MediaType.APPLICATION_JSON)
public class PlatformCommandResource {

    public record CommandJson(String id, String tenantId, String command, String target, String detail, Instant createdAt) {
    }

    @Inject
    PlatformService platform;

    @GET
    @Operation(summary = "The commands not yet reported on, oldest first (platform)")
    public List<CommandJson> pending(@QueryParam("max") @DefaultValue("50") String max) {
        return platform.pendingCommands(Paging.number("max", max, 1, PageRequest.MAX_PAGE)).stream()
                .map(c -> new CommandJson(c.getId(), c.getTenantId(), c.getCommand(), c.getTarget(), c.getDetail(), c.getCreatedAt())).toList();
    }

    @POST
    @Path("{commandId}/result")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The outcome of a command: {succeeded, result}; completes or fails its action (platform)")
    public ActionJson result(@PathParam("commandId") String commandId, @Valid ResultRequest in) {
        return ActionJson.of(platform.reportOutcome(commandId, in.succeeded(), in.result()));
    }
}
