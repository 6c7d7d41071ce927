package org.mxdr.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** REST API v1 under /mxdr/api/v1: its paths, methods, status codes and field names are stable; fields may be added, none renamed. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(info = @Info(title = "MXDR Console API", version = "1",
        description = "Onboard tenants and let the provider's experts work inside them only as far as each tenant allows. "
                + "Errors are JSON {status, message, field}."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApplication extends Application {
}
