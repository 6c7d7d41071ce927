package org.mxdr.approvals.entity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token of an approval link: {@code <link id>.<expiry, unix seconds>.<HMAC-SHA256 of both>}.
 * The signature makes a guessed or altered token worthless before any database read; the link's
 * row makes it single-use.
 */
public final class ApprovalToken {
    private static final Pattern FORM = Pattern.compile("[0-9a-f-]{36}\\.[0-9]{1,12}\\.[A-Za-z0-9_-]{43}");

    private ApprovalToken() {
    }

    public static String of(ApprovalLink link, byte[] key) {
        String payload = link.getId() + "." + link.getExpiresAt().getEpochSecond();
        return payload + "." + signature(payload, key);
    }

    /** The link id of a well-formed token whose signature holds; empty for anything else. */
    public static Optional<String> linkId(String token, byte[] key) {
        if (token == null || !FORM.matcher(token.strip()).matches()) {
            return Optional.empty();
        }
        String t = token.strip();
        int last = t.lastIndexOf('.');
        String payload = t.substring(0, last);
        byte[] given = t.substring(last + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(given, signature(payload, key).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        return Optional.of(payload.substring(0, payload.indexOf('.')));
    }

    /** The expiry the token itself states (signed, so trustworthy once {@link #linkId} accepted it). */
    public static Instant expiry(String token) {
        String[] parts = token.strip().split("\\.");
        return Instant.ofEpochSecond(Long.parseLong(parts[1]));
    }

    private static String signature(String payload, byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
