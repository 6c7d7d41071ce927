package org.mxdr.identity.api;

import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.mxdr.identity.boundary.NewUser;
import org.mxdr.identity.boundary.UserService;
import org.mxdr.identity.entity.AppUser;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.Role;
import org.mxdr.platform.PageRequest;
import org.mxdr.platform.api.JsonBody;
import org.mxdr.platform.api.Paging;

@Path("users")
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

    /** The documented request body of POST /users; role is a security role name. */
    public record UserRequest(String username, String password, String email, String role, String tenantId) {
    }

    /** Never carries the password or its hash. */
    public record UserJson(String id, String username, String email, String role, String tenantId, boolean enabled, Instant createdAt) {
        static UserJson of(AppUser u) {
            return new UserJson(u.getId(), u.getUsername(), u.getEmail(), u.getRole().securityName(), u.getTenantId(), u.isEnabled(),
                    u.getCreatedAt());
        }
    }

    public record UserPage(List<UserJson> items, long total, int page, int size) {
    }

    @Inject
    UserService users;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a user (provider-admin: any; tenant-admin: tenant roles in its own tenant)")
    @RequestBody(content = @Content(schema = @Schema(implementation = UserRequest.class)))
    public Response create(InputStream body) {
        JsonBody in = JsonBody.read(body);
        String username = in.requiredString("username");
        String password = in.requiredString("password");
        String email = in.requiredString("email");
        String roleName = in.requiredString("role");
        Role role = Role.bySecurityName(roleName.trim())
                .orElseThrow(() -> new BadInput("role", "'" + roleName + "' is not a role: use one of " + Role.allNames() + "."));
        NewUser user = new NewUser(username, password, email, role, in.string("tenantId"));
        UserJson created = UserJson.of(users.create(user));
        return Response.created(URI.create("users/" + created.id())).entity(created).build();
    }

    @GET
    @Operation(summary = "Users within reach, by username (provider-admin: all or ?tenantId=; tenant-admin: its own tenant)")
    public UserPage list(@QueryParam("tenantId") String tenantId, @QueryParam("page") @DefaultValue("0") String page,
                         @QueryParam("size") @DefaultValue("50") String size) {
        PageRequest asked = Paging.page(page, size);
        List<UserJson> items = users.page(tenantId, asked.first(), asked.size()).stream().map(UserJson::of).toList();
        return new UserPage(items, users.count(tenantId), asked.page(), asked.size());
    }

    @PUT
    @Path("{userId}/enabled")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Disable or enable a user: {enabled: false} (provider-admin; tenant-admin in its own tenant)")
    public UserJson setEnabled(@PathParam("userId") String userId, InputStream body) {
        Boolean enabled = JsonBody.read(body).bool("enabled");
        if (enabled == null) {
            throw new BadInput("enabled", "'enabled' is required: true or false.");
        }
        return UserJson.of(users.setEnabled(userId, enabled));
    }
}
