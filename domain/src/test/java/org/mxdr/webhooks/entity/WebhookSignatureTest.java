package org.mxdr.webhooks.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The bodies are written out: a signature covers the exact bytes, so they are not rebuilt from a builder. */
class WebhookSignatureTest {

    @Test
    void theHeaderIsTheHmacOfTimestampDotBody() {
        // computed independently: printf '1764633600.{"a":1}' | openssl dgst -sha256 -hmac whsec_test
        assertEquals("t=1764633600,v1=061a9e466ef219976632ccfead66b8e555a2a73100d687fa438981b09a9a6117",
                WebhookSignature.header("whsec_test", 1764633600L, "{\"a\":1}"));
    }

    @Test
    void verifiesWithTheSecretOnlyAndOnlyForThatBodyAndTime() {
        String header = WebhookSignature.header("whsec_right", 1764633600L, "{\"id\":\"e1\"}");
        assertTrue(WebhookSignature.verifies("whsec_right", header, "{\"id\":\"e1\"}"));
        assertFalse(WebhookSignature.verifies("whsec_wrong", header, "{\"id\":\"e1\"}"));
        assertFalse(WebhookSignature.verifies("whsec_right", header, "{\"id\":\"e2\"}"));
        assertFalse(WebhookSignature.verifies("whsec_right", header.replace("t=1764633600", "t=1764633601"), "{\"id\":\"e1\"}"));
        assertFalse(WebhookSignature.verifies("whsec_right", "v1=abc", "{}"));
    }

    @Test
    void secretsAreLongAndNeverRepeat() {
        String a = WebhookSignature.newSecret();
        assertTrue(a.matches("whsec_[0-9a-f]{64}"), a);
        assertNotEquals(a, WebhookSignature.newSecret());
    }
}
