package org.mxdr.platform.api;

import java.lang.reflect.RecordComponent;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.mxdr.platform.AccessDenied;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.Conflict;
import org.mxdr.platform.DatabaseFailures;
import org.mxdr.platform.DenialLog;
import org.mxdr.platform.NotFound;
import org.mxdr.platform.Refs;
import org.mxdr.platform.TooManyRequests;
import org.mxdr.platform.Unmet;

/**
 * Turns every failure into the API's JSON error: the status its kind of failure always has (400 bad
 * input, 403, 404, 409, 413, 429, 503) and a message a person can act on. Unexpected failures are logged with a reference and never show a stack trace.
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

    @Context
    HttpServletRequest request;

    @Inject
    DenialLog denials;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable e = unwrap(thrown);
        if (e instanceof BadInput bad) {
            return json(ApiError.field(400, bad.field(), bad.getMessage()));
        }
        if (e instanceof ConstraintViolationException violations) {
            return json(firstViolation(violations));
        }
        if (e instanceof PayloadTooLarge tooLarge) {
            return json(ApiError.of(413, tooLarge.getMessage()));
        }
        if (e instanceof EJBAccessException) {
            if (request.getUserPrincipal() == null) {
                return unauthorized();
            }
            String ref = denials.record(request.getUserPrincipal().getName(), request.getMethod() + " " + request.getRequestURI(), "role not allowed");
            return json(new ApiError(403, "Your role does not allow this.", null, null, ref));
        }
        if (e instanceof AccessDenied denied) {
            return json(new ApiError(403, denied.getMessage(), null, null, denied.ref()));
        }
        if (e instanceof NotFound notFound) {
            return json(ApiError.of(404, notFound.getMessage()));
        }
        if (e instanceof TooManyRequests tooMany) {
            return Response.status(429).type(MediaType.APPLICATION_JSON_TYPE)
                    .header(HttpHeaders.RETRY_AFTER, tooMany.retryAfter().toSeconds())
                    .entity(ApiError.of(429, tooMany.getMessage())).build();
        }
        if (e instanceof Conflict conflict) {
            List<String> unmet = conflict instanceof Unmet u ? u.unmet() : null;
            return json(new ApiError(409, conflict.getMessage(), conflict.field(), unmet, null));
        }
        if (e instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            return json(ApiError.of(web.getResponse().getStatus(), webMessage(web.getResponse().getStatus())));
        }
        if (DatabaseFailures.isUnavailable(thrown)) {
            LOG.warning(() -> "Database unavailable on " + request.getMethod() + " " + request.getRequestURI() + ": answered 503");
            return unavailable();
        }
        String ref = Refs.next();
        LOG.log(Level.SEVERE, "Unexpected failure [ref " + ref + "] on " + request.getMethod() + " " + request.getRequestURI(), thrown);
        return json(new ApiError(500, "Something went wrong on our side. Quote the reference " + ref + " when you report it.", null, null, ref));
    }

    static Response unauthorized() {
        return Response.status(401).header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"MXDR\"")
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ApiError.of(401, "Sign in first: send HTTP Basic credentials of a console user, or a service account's bearer token.")).build();
    }

    /** The database cannot be reached (restarting, or the network): nothing was changed, try again. */
    public static final String UNAVAILABLE = "The service is briefly unavailable: its database cannot be reached. Nothing was changed; try again in a few seconds.";
    public static final int RETRY_SECONDS = 5;

    static Response unavailable() {
        return Response.status(503).type(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_SECONDS)
                .entity(ApiError.of(503, UNAVAILABLE)).build();
    }

    static Response json(ApiError error) {
        return Response.status(error.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(error).build();
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        // a refusal thrown while a body was read reaches us wrapped in the reader's failure
        while ((t instanceof EJBException || t.getClass().getName().endsWith("TransactionRolledbackLocalException")
                || t.getClass().getName().endsWith(".ReaderException")) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    static ApiError firstViolation(ConstraintViolationException e) {
        ConstraintViolation<?> first = e.getConstraintViolations().stream()
                .min(Comparator.comparing(ApiExceptionMapper::order)).orElse(null);
        if (first == null) {
            return ApiError.of(400, "The request is not valid.");
        }
        String field = null;
        for (Path.Node node : first.getPropertyPath()) {
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY || node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
                field = node.getName();
            }
        }
        return ApiError.field(400, field, first.getMessage());
    }

    /** The path, with a request record's field ranked as the record declares it, so the first field refused is the first written. */
    private static String order(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        Object leaf = v.getLeafBean();
        if (leaf != null && leaf.getClass().isRecord()) {
            RecordComponent[] components = leaf.getClass().getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                if (path.endsWith("." + components[i].getName())) {
                    return path.substring(0, path.lastIndexOf('.') + 1) + String.format("%03d", i);
                }
            }
        }
        return path;
    }

    private static String webMessage(int status) {
        return switch (status) {
            case 404 -> "There is no such resource in API v1.";
            case 405 -> "This method is not allowed on this resource.";
            case 406 -> "This resource answers in JSON only.";
            case 415 -> "Send the body as application/json.";
            default -> "The request could not be processed.";
        };
    }
}
