package org.mxdr.platform.api;

import java.lang.reflect.Method;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import org.mxdr.platform.Meters;

/**
 * Times every API request into {@code mxdr_api_requests_seconds} by method, endpoint and status. The
 * endpoint is the resource's path template ({@code /tenants/{tenantId}/incidents}), never the
 * request's own path, so ids do not multiply the series; a request that matched no resource counts
 * as {@code unmatched}. Requests the server refuses before the API sees them (a wrong password's
 * {@code 401}) are in the server's own request metrics.
 */
@Provider
@PreMatching
public class RequestMeter implements ContainerRequestFilter, ContainerResponseFilter {
    private static final String STARTED = RequestMeter.class.getName() + ".started";

    @Context
    ResourceInfo resource;

    @Inject
    Meters meters;

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object started = request.getProperty(STARTED);
        long nanos = started instanceof Long start ? System.nanoTime() - start : 0;
        meters.request(request.getMethod(), endpoint(), response.getStatus(), nanos);
    }

    private String endpoint() {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return "unmatched";
        }
        Path type = resource.getResourceClass().getAnnotation(Path.class);
        Path own = method.getAnnotation(Path.class);
        String path = (type == null ? "" : slashed(type.value())) + (own == null ? "" : slashed(own.value()));
        return path.isEmpty() ? "/" : path;
    }

    private static String slashed(String segment) {
        String s = segment.startsWith("/") ? segment : "/" + segment;
        return s.endsWith("/") && s.length() > 1 ? s.substring(0, s.length() - 1) : s;
    }
}
