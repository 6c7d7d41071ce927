package org.mxdr.identity.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mxdr.identity.boundary.NewServiceAccount;
import org.mxdr.identity.boundary.ServiceAccountService;
import org.mxdr.identity.entity.ServiceAccount;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.Role;

@Path("service-accounts")
@Produces(MediaType.APPLICATION_JSON)
public class ServiceAccountResource {

    /** The documented request body of POST /service-accounts; role is a security role name. */
    public record ServiceAccountRequest(@NotBlank(message = "'name' is required.") String name,
                                        @NotBlank(message = "'role' is required.") String role, String tenantId) {
    }

    /** Never carries the secret's hash; the secret itself only in the answer that created or rotated it. */
    public record ServiceAccountJson(String id, String name, String role, String tenantId, String createdBy, Instant createdAt,
                                     Instant secretRotatedAt, String secret) {
        static ServiceAccountJson of(ServiceAccount a, String secret) {
            return new ServiceAccountJson(a.getId(), a.getName(), a.getRole().securityName(), a.getTenantId(), a.getCreatedBy(),
                    a.getCreatedAt(), a.getSecretRotatedAt(), secret);
        }
    }

    public record ServiceAccountList(List<ServiceAccountJson> items) {
    }

    @Inject
    ServiceAccountService accounts;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a service account (provider-admin: any role; tenant-admin: tenant roles in its own tenant); answers its secret once")
    public Response create(@Valid ServiceAccountRequest in) {
        Role role = Role.bySecurityName(in.role().trim())
                .orElseThrow(() -> new BadInput("role", "'" + in.role() + "' is not a role: use one of " + Role.allNames() + "."));
        ServiceAccount.Created created = accounts.create(new NewServiceAccount(in.name(), role, in.tenantId()));
        ServiceAccountJson json = ServiceAccountJson.of(created.account(), created.secret());
        return Response.created(URI.create("service-accounts/" + json.id())).entity(json).build();
    }

    @GET
    @Operation(summary = "Live service accounts within reach (provider-admin: all or ?tenantId=; tenant-admin: its own tenant's)")
    public ServiceAccountList list(@QueryParam("tenantId") String tenantId) {
        return new ServiceAccountList(accounts.list(tenantId).stream().map(a -> ServiceAccountJson.of(a, null)).toList());
    }

    @POST
    @Path("{accountId}/secret")
    @Operation(summary = "Rotate the secret: the new one is answered once, the old one stops working at once")
    public ServiceAccountJson rotateSecret(@PathParam("accountId") String accountId) {
        ServiceAccount.Created rotated = accounts.rotateSecret(accountId);
        return ServiceAccountJson.of(rotated.account(), rotated.secret());
    }

    @DELETE
    @Path("{accountId}")
    @Operation(summary = "Revoke a service account: no new token; the tokens it holds end within their 15 minutes")
    public Response revoke(@PathParam("accountId") String accountId) {
        accounts.revoke(accountId);
        return Response.noContent().build();
    }
}
