package org.mxdr.identity.api;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mxdr.identity.boundary.PasswordResetService;
import org.mxdr.platform.api.Public;

/** Forgotten passwords, without signing in: ask for a link by username; set the new password with the link's token. */
@Path("password-reset")
@Produces(MediaType.APPLICATION_JSON)
public class PasswordResetResource {

    /** The request body of POST /password-reset. */
    public record ResetRequest(@NotBlank(message = "'username' is required.") String username) {
    }

    /** The request body of POST /password-reset/completion: the token from the mailed link and the new password. */
    public record ResetCompletionRequest(@NotBlank(message = "'token' is required.") String token,
                                  @NotBlank(message = "'password' is required.") String password) {
    }

    public record Completed(String username) {
    }

    @Inject
    PasswordResetService resets;

    @POST
    @Public
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask for a password reset link (anyone): 202 whether or not the username exists, so the answer tells nobody "
            + "who has an account; an enabled account's address gets the link")
    public Response request(@Valid ResetRequest in) {
        resets.request(in.username());
        return Response.accepted().build();
    }

    @POST
    @Public
    @Path("completion")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the new password with the link's token (anyone holding it): once; 409 for a used, expired or replaced link; "
            + "400 naming 'password' when it breaks the password rules")
    public Completed complete(@Valid ResetCompletionRequest in) {
        return new Completed(resets.complete(in.token(), in.password()));
    }
}
