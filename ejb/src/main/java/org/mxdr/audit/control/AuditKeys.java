package org.mxdr.audit.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

import org.mxdr.audit.entity.AuditDigest;
import org.mxdr.platform.Settings;

/**
 * The audit signing key, from a PKCS12 key store outside the database (wildfly-config/audit-keys.cli
 * places it in the server's data directory; MXDR_AUDIT_KEYSTORE moves it), opened with
 * MXDR_AUDIT_KEYSTORE_PASSWORD. Missing at first start, it is generated with the JDK's keytool
 * (an EC P-256 key), so the demo and the tests have one; production creates its own (README).
 */
@Singleton
@Startup
@PermitAll
@Lock(LockType.READ)
public class AuditKeys {
    static final String PASSWORD = "audit.keystore.password";
    private static final Logger LOG = Logger.getLogger(AuditKeys.class.getName());

    private PrivateKey privateKey;
    private PublicKey publicKey;

    @PostConstruct
    void open() {
        String password = Settings.get(PASSWORD).orElseThrow(() -> new IllegalStateException(
                "MXDR_AUDIT_KEYSTORE_PASSWORD is not set: the audit signing key store cannot be opened (see README, Configuration)"));
        Path file = Path.of(Settings.get("audit.keystore").orElseThrow(() -> new IllegalStateException(
                "MXDR_AUDIT_KEYSTORE (or the system property mxdr.audit.keystore that wildfly-config/audit-keys.cli sets) is not set")));
        String alias = Settings.get("audit.key.alias").orElse("mxdr-audit");
        try {
            if (Files.notExists(file)) {
                KeytoolKeyStore.generate(file, alias, password);
                LOG.info("Generated the audit signing key store " + file + " (alias " + alias + ")");
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(file)) {
                store.load(in, password.toCharArray());
            }
            privateKey = (PrivateKey) store.getKey(alias, password.toCharArray());
            if (privateKey == null || store.getCertificate(alias) == null) {
                throw new IllegalStateException("The audit key store " + file + " has no private key under the alias " + alias
                        + " (MXDR_AUDIT_KEY_ALIAS)");
            }
            publicKey = store.getCertificate(alias).getPublicKey();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("The audit key store " + file + " cannot be opened: " + e.getMessage(), e);
        }
    }

    /** The base64 signature of the message, with the algorithm digests name. */
    public String sign(byte[] message) {
        try {
            Signature s = Signature.getInstance(AuditDigest.ALGORITHM);
            s.initSign(privateKey);
            s.update(message);
            return Base64.getEncoder().encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign with the audit key", e);
        }
    }

    public boolean verifies(byte[] message, String signatureBase64) {
        try {
            Signature s = Signature.getInstance(AuditDigest.ALGORITHM);
            s.initVerify(publicKey);
            s.update(message);
            return s.verify(Base64.getDecoder().decode(signatureBase64));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    public String publicKeyPem() {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).encodeToString(publicKey.getEncoded());
        return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
    }
}
