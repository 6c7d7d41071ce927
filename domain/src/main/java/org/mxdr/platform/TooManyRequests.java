package org.mxdr.platform;

import java.time.Duration;

import jakarta.ejb.ApplicationException;

/** A rate limit was reached; the caller may try again after {@link #retryAfter()}. */
@ApplicationException(rollback = true)
public class TooManyRequests extends RuntimeException {
    private final Duration retryAfter;

    public TooManyRequests(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
