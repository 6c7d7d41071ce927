package org.mxdr.identity.api;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
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
import org.mxdr.identity.boundary.NewUser;
import org.mxdr.identity.boundary.UserChange;
import org.mxdr.identity.boundary.UserService;
import org.mxdr.identity.entity.AppUser;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.PageRequest;
import org.mxdr.platform.Role;
import org.mxdr.platform.TooManyRequests;
import org.mxdr.platform.api.Paging;

@Path("users")
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

    /** The request body of POST /users; role is a security role name. */
    public record UserRequest(@NotBlank(message = "'username' is required.") String username,
                              @NotBlank(message = "'password' is required.") String password,
                              @NotBlank(message = "'email' is required.") String email,
                              @NotBlank(message = "'role' is required.") String role, String tenantId) {
    }

    /** The request body of PUT /users/{u}/enabled. */
    public record EnabledRequest(@NotNull(message = "'enabled' is required: true or false.") Boolean enabled) {
    }

    /** The request body of PUT /users/{u}: the email and the role (a security role name, on the user's side). */
    public record UserChangeRequest(@NotBlank(message = "'email' is required.") String email,
                                    @NotBlank(message = "'role' is required.") String role) {
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
    public Response create(@Valid UserRequest in) {
        NewUser user = new NewUser(in.username(), in.password(), in.email(), role(in.role()), in.tenantId());
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
    @Path("{userId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a user's email and role (provider-admin; tenant-admin in its own tenant, tenant roles only; nobody their own role)")
    public UserJson update(@PathParam("userId") String userId, @Valid UserChangeRequest in) {
        return UserJson.of(users.update(userId, new UserChange(in.email(), role(in.role()))));
    }

    @POST
    @Path("{userId}/password-reset")
    @Operation(summary = "Mail the user a single-use link to choose a new password (provider-admin; tenant-admin in its own tenant); "
            + "202, or 429 when the user got 3 links within the hour")
    public Response sendPasswordReset(@PathParam("userId") String userId) {
        if (!users.sendPasswordReset(userId)) {
            throw new TooManyRequests("This user got as many reset links as an hour allows; the latest one still works.", Duration.ofHours(1));
        }
        return Response.accepted().build();
    }

    @PUT
    @Path("{userId}/enabled")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Disable or enable a user: {enabled: false} (provider-admin; tenant-admin in its own tenant)")
    public UserJson setEnabled(@PathParam("userId") String userId, @Valid EnabledRequest in) {
        return UserJson.of(users.setEnabled(userId, in.enabled()));
    }

    private static Role role(String name) {
        return Role.bySecurityName(name.trim()).orElseThrow(() -> new BadInput("role", "'" + name + "' is not a role: use one of " + Role.allNames() + "."));
    }
}
