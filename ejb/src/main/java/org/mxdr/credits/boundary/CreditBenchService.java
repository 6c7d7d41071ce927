package org.mxdr.credits.boundary;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.mxdr.credits.control.CreditBench;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.NotFound;
import org.mxdr.platform.Roles;
import org.mxdr.platform.Settings;

/**
 * The seeding helper of bench/credits, for the provider admin and only on a server started for
 * the demo or with {@code MXDR_BENCH=true}: elsewhere it does not exist (404).
 */
@Stateless
@RolesAllowed(Roles.PROVIDER_ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CreditBenchService {
    public static final int MAX = 200_000;
    private static final int CHUNK = 5_000;

    /** What was seeded, and the period to assign. */
    public record Seeded(int subscriptions, String period, long millis) {
    }

    @Inject
    CreditBench bench;

    @Inject
    Clock clock;

    public Seeded seed(int subscriptions) {
        available();
        if (subscriptions < 1 || subscriptions > MAX) {
            throw new BadInput("subscriptions", "Between 1 and " + MAX + " subscriptions.");
        }
        long started = System.nanoTime();
        String stamp = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC).format(Instant.now(clock));
        for (int from = 0; from < subscriptions; from += CHUNK) {
            bench.seed(stamp, from, Math.min(CHUNK, subscriptions - from));
        }
        return new Seeded(subscriptions, bench.period().toString(), (System.nanoTime() - started) / 1_000_000);
    }

    public int removeAll() {
        available();
        return bench.removeAll();
    }

    private static void available() {
        if (!Settings.flag("demo") && !Settings.flag("bench")) {
            throw new NotFound("The bench helper exists only on a server started with MXDR_DEMO=true or MXDR_BENCH=true.");
        }
    }
}
