package org.mxdr.access.api;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.mxdr.access.boundary.AccessCheckService;
import org.mxdr.access.entity.AccessDecision;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.Text;
import org.mxdr.platform.api.Paging;

/** Whether the experts may perform an operation in a tenant, with the access control's reason. */
@Path("tenants/{tenantId}/access")
@Produces(MediaType.APPLICATION_JSON)
public class AccessCheckResource {

    public record DecisionJson(boolean allowed, String reason, String message, Instant decidedAt) {
    }

    @Inject
    AccessCheckService checks;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "Whether the experts may perform an operation in the tenant, and why (expert; tenant-admin; provider-admin; delivery-manager)",
            description = "operation: READ_INCIDENTS, INVESTIGATE, CHAT, RECOMMEND or RUN_ACTION; devices, users: inventory external ids, comma-separated.")
    public DecisionJson check(@PathParam("tenantId") String tenantId,
                              @Parameter(required = true, schema = @Schema(implementation = org.mxdr.access.entity.Operation.class))
                              @QueryParam("operation") String operation,
                              @QueryParam("devices") String devices, @QueryParam("users") String users) {
        AccessDecision d = checks.check(tenantId, operation(operation), ids(devices), ids(users));
        return new DecisionJson(d.allowed(), d.reason().name(), d.reason().message(), Instant.now(clock));
    }

    private static org.mxdr.access.entity.Operation operation(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new BadInput("operation", "'operation' is required: one of " + names() + ".");
        }
        try {
            return org.mxdr.access.entity.Operation.valueOf(raw.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInput("operation", "'" + Text.abbreviate(raw) + "' is not an operation: use one of " + names() + ".");
        }
    }

    private static String names() {
        return String.join(", ", Arrays.stream(org.mxdr.access.entity.Operation.values()).map(Enum::name).toList());
    }

    private static List<String> ids(String raw) {
        return raw == null || raw.isBlank() ? List.of() : Arrays.stream(raw.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
