package org.mxdr.webhooks.entity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code X-MXDR-Signature} header: {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">}
 * with the endpoint's secret. The timestamp is signed with the body, so a receiver that rejects
 * old {@code t} values also rejects a replayed delivery.
 */
public final class WebhookSignature {
    public static final String HEADER = "X-MXDR-Signature";
    public static final String EVENT_ID_HEADER = "X-MXDR-Event-Id";
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {
    }

    /** A new secret: 32 random bytes, hex, with a prefix that makes it recognisable in a leak scan. */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + HexFormat.of().formatHex(bytes);
    }

    public static String header(String secret, long unixSeconds, String body) {
        return "t=" + unixSeconds + ",v1=" + hmac(secret, unixSeconds + "." + body);
    }

    /** What a receiver does: recompute and compare in constant time. */
    public static boolean verifies(String secret, String header, String body) {
        String t = null;
        String v1 = null;
        for (String part : header.split(",")) {
            String[] kv = part.split("=", 2);
            if (kv.length == 2 && kv[0].strip().equals("t")) {
                t = kv[1].strip();
            } else if (kv.length == 2 && kv[0].strip().equals("v1")) {
                v1 = kv[1].strip();
            }
        }
        if (t == null || v1 == null) {
            return false;
        }
        byte[] expected = hmac(secret, t + "." + body).getBytes(StandardCharsets.US_ASCII);
        return java.security.MessageDigest.isEqual(expected, v1.getBytes(StandardCharsets.US_ASCII));
    }

    static String hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is missing from this Java runtime", e);
        }
    }
}
