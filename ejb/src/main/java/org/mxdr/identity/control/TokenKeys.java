package org.mxdr.identity.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;

import org.mxdr.platform.Settings;

/**
 * The key that signs bearer tokens (RS256), from the PKCS12 key store that wildfly-config/tokens.cli
 * gives the server's token realm, which checks the signatures with the same alias's certificate.
 * The key store must exist before the server starts, since the realm reads it at boot: the build
 * creates one for the demo and the tests, an operator creates their own with keytool (README).
 */
@Singleton
@PermitAll
@Lock(LockType.READ)
public class TokenKeys {
    static final String ALGORITHM = "SHA256withRSA";

    private PrivateKey signingKey;

    @PostConstruct
    void open() {
        String password = Settings.get("token.keystore.password").orElseThrow(() -> new IllegalStateException(
                "MXDR_TOKEN_KEYSTORE_PASSWORD is not set: the token signing key store cannot be opened (see README, Configuration)"));
        Path file = Path.of(Settings.get("token.keystore").orElseThrow(() -> new IllegalStateException(
                "MXDR_TOKEN_KEYSTORE (or the system property mxdr.token.keystore that wildfly-config/tokens.cli sets) is not set")));
        String alias = Settings.get("token.key.alias").orElse("mxdr-token");
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password.toCharArray());
            signingKey = (PrivateKey) store.getKey(alias, password.toCharArray());
            if (signingKey == null) {
                throw new IllegalStateException("The token key store " + file + " has no private key under the alias " + alias
                        + " (MXDR_TOKEN_KEY_ALIAS)");
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("The token key store " + file + " cannot be opened: " + e.getMessage(), e);
        }
    }

    public byte[] sign(byte[] content) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(signingKey);
            signature.update(content);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign with the token key", e);
        }
    }
}
