package org.mxdr.platform;

import jakarta.ejb.ApplicationException;

/** An id that names nothing within the caller's reach. */
@ApplicationException(rollback = true)
public class NotFound extends RuntimeException {
    public NotFound(String message) {
        super(message);
    }
}
