package org.mxdr.platform;

import jakarta.ejb.ApplicationException;

/** The caller is signed in but has no right to what it asked for (another tenant's ids included). */
@ApplicationException(rollback = true)
public class AccessDenied extends RuntimeException {
    public AccessDenied(String message) {
        super(message);
    }
}
