package org.mxdr.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.mxdr.identity.control.BearerTokens;
import org.mxdr.identity.control.ServiceAccounts;
import org.mxdr.identity.entity.ServiceAccount;

/**
 * POST /oauth/token, the client credentials grant: a live service account's id and secret buy a
 * 15-minute bearer token. Anyone may ask; only the right secret of a live account gets one.
 */
@Stateless
@PermitAll
public class TokenService {

    /** The token and its lifetime in seconds, as OAuth 2.0 answers them. */
    public record AccessToken(String token, long expiresIn) {
    }

    @Inject
    ServiceAccounts accounts;

    @Inject
    BearerTokens tokens;

    public AccessToken clientCredentials(String clientId, String secret) {
        ServiceAccount account = accounts.byId(clientId).filter(a -> a.accepts(secret)).orElseThrow(InvalidClient::new);
        return new AccessToken(tokens.issue(account), BearerTokens.LIFETIME.toSeconds());
    }
}
