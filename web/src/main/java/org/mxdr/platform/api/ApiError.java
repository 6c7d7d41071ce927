package org.mxdr.platform.api;

import java.util.List;

/**
 * The one error shape of the API. {@code field} names the input at fault, {@code unmet} lists
 * unmet prerequisites, {@code ref} matches the server log for unexpected failures.
 */
public record ApiError(int status, String message, String field, List<String> unmet, String ref) {

    public static ApiError of(int status, String message) {
        return new ApiError(status, message, null, null, null);
    }

    public static ApiError field(int status, String field, String message) {
        return new ApiError(status, message, field, null, null);
    }
}
