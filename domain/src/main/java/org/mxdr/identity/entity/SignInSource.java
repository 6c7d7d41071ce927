package org.mxdr.identity.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Failed sign-ins from one source: a client address, or one username at one address. A few
 * failures are free; each further one refuses the source for twice as long as the last (1 s,
 * 2 s, 4 s ... at most {@link #MAX_BLOCK}). A quiet {@link #WINDOW} forgets the failures.
 */
@Entity
@Table(name = "sign_in_source")
public class SignInSource {
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration MAX_BLOCK = Duration.ofMinutes(15);
    /** Free failures of one username at one address, and of one address over all usernames. */
    public static final int FREE_PER_ACCOUNT = 5;
    public static final int FREE_PER_ADDRESS = 20;

    @Id
    @Column(name = "source_key", length = 400)
    private String key;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    @Column(name = "blocked_until")
    private Instant blockedUntil;

    protected SignInSource() {
    }

    private SignInSource(String key) {
        this.key = key;
    }

    public static String addressKey(String address) {
        return "address|" + address;
    }

    public static String accountKey(String username, String address) {
        String user = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return "account|" + (user.length() > 200 ? user.substring(0, 200) : user) + "|" + address;
    }

    public static SignInSource fresh(String key) {
        return new SignInSource(key);
    }

    /** How long the source is still refused at {@code now}; zero when it may try. */
    public Duration refusedFor(Instant now) {
        if (blockedUntil == null || !blockedUntil.isAfter(now)) {
            return Duration.ZERO;
        }
        return Duration.between(now, blockedUntil);
    }

    /**
     * Counts one failure; true when this failure is the first one past the free ones in the
     * window (the moment to tell the account's owner).
     */
    public boolean fail(Instant now, int free) {
        if (lastFailureAt != null && lastFailureAt.plus(WINDOW).isBefore(now)) {
            failures = 0;
            blockedUntil = null;
        }
        failures++;
        lastFailureAt = now;
        int beyond = failures - free;
        if (beyond <= 0) {
            return false;
        }
        Duration block = beyond > 20 ? MAX_BLOCK : Duration.ofSeconds(1L << (beyond - 1));
        blockedUntil = now.plus(block.compareTo(MAX_BLOCK) > 0 ? MAX_BLOCK : block);
        return beyond == 1;
    }

    public String getKey() {
        return key;
    }

    public int getFailures() {
        return failures;
    }
}
