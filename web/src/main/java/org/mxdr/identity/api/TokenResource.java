package org.mxdr.identity.api;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.mxdr.identity.boundary.InvalidClient;
import org.mxdr.identity.boundary.TokenService;
import org.mxdr.platform.api.Public;

/**
 * The OAuth 2.0 token endpoint (RFC 6749 section 4.4, client credentials). The client
 * authenticates with HTTP Basic (its id and secret) or with the form fields client_id and
 * client_secret; errors carry OAuth's {@code error} code beside the API's own fields.
 */
@Path("oauth/token")
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {
    /** The request attribute under which the sign-in gate hands over the client's Basic credentials. */
    public static final String CLIENT_AUTHORIZATION = "org.mxdr.oauth.client-authorization";
    public static final String GRANT = "client_credentials";

    public record TokenJson(String access_token, String token_type, long expires_in) {
    }

    /** An OAuth 2.0 error (RFC 6749 section 5.2) in the API's error shape too. */
    public record OAuthError(String error, String error_description, int status, String message, String field) {
        static Response answer(int status, String error, String field, String description, boolean basic) {
            Response.ResponseBuilder response = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new OAuthError(error, description, status, description, field));
            if (basic) {
                response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"MXDR\"");
            }
            return response.build();
        }
    }

    private record Client(String id, String secret) {
    }

    @Inject
    TokenService tokens;

    @Context
    HttpServletRequest request;

    @POST
    @Public
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "A bearer token for a service account: grant_type=client_credentials, with HTTP Basic or client_id and client_secret")
    @APIResponse(responseCode = "200", description = "The bearer token", content = @Content(schema = @Schema(implementation = TokenJson.class)))
    @APIResponse(responseCode = "400", description = "invalid_request or unsupported_grant_type (OAuth 2.0), the field in field",
            content = @Content(schema = @Schema(implementation = OAuthError.class)))
    @APIResponse(responseCode = "401", description = "invalid_client (OAuth 2.0): unknown client, wrong secret or revoked account",
            content = @Content(schema = @Schema(implementation = OAuthError.class)))
    public Response token(@FormParam("grant_type") String grantType, @FormParam("client_id") String clientId,
                          @FormParam("client_secret") String clientSecret) {
        Object basicHeader = request.getAttribute(CLIENT_AUTHORIZATION);
        boolean basic = basicHeader != null;
        if (grantType == null || grantType.isBlank()) {
            return OAuthError.answer(400, "invalid_request", "grant_type", "grant_type is required: client_credentials.", false);
        }
        if (!GRANT.equals(grantType.trim())) {
            return OAuthError.answer(400, "unsupported_grant_type", "grant_type",
                    "Only the grant_type client_credentials is supported, not '" + shorten(grantType) + "'.", false);
        }
        if (basic && (clientId != null || clientSecret != null)) {
            return OAuthError.answer(400, "invalid_request", "client_id",
                    "Authenticate the client one way only: HTTP Basic or the form fields client_id and client_secret.", false);
        }
        Client client = basic ? fromBasic(basicHeader.toString()) : new Client(clientId, clientSecret);
        if (client == null || client.id() == null || client.id().isBlank()) {
            return OAuthError.answer(401, "invalid_client", "client_id",
                    "The client's id and secret are required: HTTP Basic, or the form fields client_id and client_secret.", true);
        }
        if (client.secret() == null || client.secret().isEmpty()) {
            return OAuthError.answer(401, "invalid_client", "client_secret", "The client's secret is required.", true);
        }
        try {
            TokenService.AccessToken token = tokens.clientCredentials(client.id().trim(), client.secret());
            return Response.ok(new TokenJson(token.token(), "Bearer", token.expiresIn())).header("Pragma", "no-cache").build();
        } catch (InvalidClient e) {
            return OAuthError.answer(401, "invalid_client", null, e.getMessage(), true);
        }
    }

    /** RFC 6749 section 2.3.1: the id and secret are form-encoded, then joined by a colon and base64-encoded. */
    private static Client fromBasic(String header) {
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return null;
            }
            return new Client(URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                    URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String shorten(String value) {
        String v = value.strip();
        return v.length() > 40 ? v.substring(0, 40) + "..." : v;
    }
}
