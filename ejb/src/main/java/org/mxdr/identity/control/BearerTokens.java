package org.mxdr.identity.control;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import org.mxdr.identity.entity.ServiceAccount;

/**
 * Issues a service account's bearer token: a JWT signed with RS256 and checked by the server's
 * token realm (issuer, audience, signature, expiry), so a call carrying it reads neither a
 * password hash nor the database. The claims carry what the boundaries need about the caller:
 * the role (mapped to the security role by the realm) and the tenant.
 */
@Stateless
@PermitAll
public class BearerTokens {
    /** The issuer and audience that wildfly-config/tokens.cli makes the realm require. */
    public static final String ISSUER = "mxdr";
    public static final String AUDIENCE = "mxdr-api";
    /** Tokens are short-lived, 15 minutes: a revoked account's last token lives no longer. */
    public static final Duration LIFETIME = Duration.ofMinutes(15);
    /** The claims the identity of a token call carries (Callers reads them). */
    public static final String CLIENT_ID = "client_id";
    public static final String ROLE = "role";
    public static final String TENANT = "tenant";
    public static final String NAME = "name";

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final String HEADER = BASE64URL.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

    @Inject
    TokenKeys keys;

    @Inject
    Clock clock;

    public String issue(ServiceAccount account) {
        Instant now = Instant.now(clock);
        JsonObjectBuilder claims = Json.createObjectBuilder()
                .add("iss", ISSUER)
                .add("aud", AUDIENCE)
                .add("sub", account.getId())
                .add(CLIENT_ID, account.getId())
                .add(NAME, account.getName())
                .add(ROLE, account.getRole().securityName())
                .add("iat", now.getEpochSecond())
                .add("exp", now.plus(LIFETIME).getEpochSecond())
                .add("jti", UUID.randomUUID().toString());
        if (account.getTenantId() != null) {
            claims.add(TENANT, account.getTenantId());
        }
        String content = HEADER + "." + BASE64URL.encodeToString(claims.build().toString().getBytes(StandardCharsets.UTF_8));
        return content + "." + BASE64URL.encodeToString(keys.sign(content.getBytes(StandardCharsets.US_ASCII)));
    }
}
