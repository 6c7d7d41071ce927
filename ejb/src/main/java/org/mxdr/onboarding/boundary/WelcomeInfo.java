package org.mxdr.onboarding.boundary;

import java.time.Instant;

/** What the public welcome page may show about a link: never the tenant's id or the full admin address. */
public record WelcomeInfo(Status status, String tenantName, String suggestedUsername, String maskedEmail, Instant expiresAt) {

    public enum Status { VALID, USED, EXPIRED, REPLACED, UNKNOWN }

    public static WelcomeInfo unknown() {
        return new WelcomeInfo(Status.UNKNOWN, null, null, null, null);
    }
}
