package org.mxdr.platform;

import jakarta.ejb.ApplicationException;

/** The caller is signed in but has no right to what it asked for (another tenant's ids included). */
@ApplicationException(rollback = true)
public class AccessDenied extends RuntimeException {
    private final String ref;

    public AccessDenied(String message) {
        this(message, null);
    }

    /** @param ref the reference of the refusal's line in the server log */
    public AccessDenied(String message, String ref) {
        super(message);
        this.ref = ref;
    }

    public String ref() {
        return ref;
    }
}
