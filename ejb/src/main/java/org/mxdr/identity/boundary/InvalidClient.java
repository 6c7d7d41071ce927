package org.mxdr.identity.boundary;

import jakarta.ejb.ApplicationException;

/**
 * OAuth 2.0 "invalid_client": unknown client id, wrong secret or revoked account, one answer for
 * all three so the token endpoint tells nobody which accounts exist.
 */
@ApplicationException(rollback = true)
public class InvalidClient extends RuntimeException {
    public InvalidClient() {
        super("The client id or secret is not right, or the service account is revoked.");
    }
}
