package org.mxdr.identity.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mxdr.identity.boundary.UserService;
import org.mxdr.platform.Caller;

@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    /** Who is calling: the cheapest authenticated call. */
    public record MeJson(String username, String role, String tenantId, String displayName) {
    }

    @Inject
    UserService users;

    @GET
    @Operation(summary = "The signed-in caller: username (a service account's client id), role and tenant")
    public MeJson me() {
        UserService.Me who = users.whoAmI();
        Caller me = who.caller();
        return new MeJson(me.username(), me.role() == null ? null : me.role().securityName(), me.tenantId(), who.displayName());
    }
}
