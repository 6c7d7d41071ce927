package org.mxdr.approvals.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;

import org.mxdr.platform.Settings;

/**
 * The secret that signs approval links (HMAC-SHA256), kept outside the database: the base64 of at
 * least 32 random bytes in {@code MXDR_APPROVAL_LINK_KEY} (every node of a cluster gets the same),
 * or else the file {@code MXDR_APPROVAL_LINK_KEY_FILE} (by default
 * {@code standalone/data/approvals/approval-link.key}), created with a random key at the first start.
 */
@Singleton
@PermitAll
@Lock(LockType.READ)
public class ApprovalKey {
    private static final Logger LOG = Logger.getLogger(ApprovalKey.class.getName());
    static final int BYTES = 32;

    private byte[] key;

    @PostConstruct
    void open() {
        key = Settings.get("approval.link.key").map(ApprovalKey::decoded).orElseGet(ApprovalKey::fromFile);
    }

    public byte[] key() {
        return key.clone();
    }

    private static byte[] decoded(String base64) {
        byte[] k = Base64.getDecoder().decode(base64);
        if (k.length < BYTES) {
            throw new IllegalStateException("MXDR_APPROVAL_LINK_KEY must be the base64 of at least " + BYTES + " random bytes");
        }
        return k;
    }

    private static byte[] fromFile() {
        Path file = Path.of(Settings.get("approval.link.key.file").orElseGet(
                () -> System.getProperty("jboss.server.data.dir", ".") + "/approvals/approval-link.key"));
        try {
            if (Files.exists(file)) {
                return decoded(Files.readString(file).strip());
            }
            Files.createDirectories(file.getParent());
            byte[] k = new byte[BYTES];
            new SecureRandom().nextBytes(k);
            Files.writeString(file, Base64.getEncoder().encodeToString(k), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                LOG.fine("The approval link key file's permissions are left to the file system");
            }
            LOG.info("Created the approval link key " + file + "; back it up, or set MXDR_APPROVAL_LINK_KEY on every node");
            return k;
        } catch (IOException e) {
            throw new IllegalStateException("The approval link key " + file + " cannot be read or created: " + e.getMessage(), e);
        }
    }
}
