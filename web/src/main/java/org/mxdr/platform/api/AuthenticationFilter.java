package org.mxdr.platform.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Answers 401 before any body is read when a non-public endpoint is called without valid
 * credentials. Only credentials the request itself carries count: a console session cookie is
 * sent by the browser with any cross-site form post, so it never signs an API call in. What a
 * signed-in caller may do is decided by the EJB boundaries, not here.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        boolean ownCredentials = request.getHeaderString(HttpHeaders.AUTHORIZATION) != null;
        if (ownCredentials && request.getSecurityContext().getUserPrincipal() != null || isPublic()) {
            return;
        }
        request.abortWith(ApiExceptionMapper.unauthorized());
    }

    private boolean isPublic() {
        if (resource == null || resource.getResourceMethod() == null) {
            return true; // unknown path: let it become a 404
        }
        return resource.getResourceMethod().isAnnotationPresent(Public.class)
                || resource.getResourceClass().isAnnotationPresent(Public.class);
    }
}
