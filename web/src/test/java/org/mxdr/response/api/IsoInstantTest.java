package org.mxdr.response.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link IsoInstant} writes what {@link Instant#toString()} writes, character for character. */
class IsoInstantTest {

    @ParameterizedTest
    @ValueSource(strings = {"1970-01-01T00:00:00Z", "1969-12-31T23:59:59.999999999Z", "2026-12-03T16:14:10.620169Z",
        "2026-12-03T16:14:10.620Z", "2026-12-03T16:14:10.000000001Z", "2024-02-29T23:59:59.100Z", "2000-01-01T00:00:00.000100Z",
        "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z", "-0001-01-01T00:00:00Z", "+10000-01-01T00:00:00Z"})
    void writesWhatTheJdkWrites(String iso) {
        Instant t = Instant.parse(iso);
        assertEquals(t.toString(), IsoInstant.of(t));
    }

    @Test
    void writesWhatTheJdkWritesForAMillionInstants() {
        SplittableRandom random = new SplittableRandom(20261203);
        long from = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        for (int i = 0; i < 1_000_000; i++) {
            // the nanos in each shape: none, milliseconds, microseconds, nanoseconds
            int nano = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1_000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant t = Instant.ofEpochSecond(random.nextLong(from, to + 1), nano);
            assertEquals(t.toString(), IsoInstant.of(t), () -> "epoch second " + t.getEpochSecond() + ", nano " + nano);
        }
    }
}
