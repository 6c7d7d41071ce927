package org.mxdr.platform.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.jboss.resteasy.api.validation.ResteasyViolationException;

/**
 * RESTEasy reports a boundary's Bean Validation failure as its own exception type, which its
 * built-in mapper would answer in another shape; this keeps the API's one error shape.
 */
@Provider
public class ViolationMapper implements ExceptionMapper<ResteasyViolationException> {

    @Override
    public Response toResponse(ResteasyViolationException violations) {
        return ApiExceptionMapper.json(ApiExceptionMapper.firstViolation(violations));
    }
}
