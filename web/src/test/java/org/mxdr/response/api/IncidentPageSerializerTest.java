package org.mxdr.response.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.stream.JsonGenerator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The queue's hand-written page is byte for byte what JSON-B writes for the same record without it. */
public class IncidentPageSerializerTest {
    private static final Jsonb JSONB = JsonbBuilder.create();

    /** The page's shape as JSON-B alone writes it (no serializer on this one). */
    public record ReflectedPage(List<IncidentSummaryJson> items, String nextCursor, Integer page, int size) {
    }

    private static final IncidentSummaryJson FULL = new IncidentSummaryJson("6a7e-1", "INC-7", "DEMO-1007", "Ransomware staging on \"WS-0008\" \u00e9",
            "HIGH", "Ransomware", "Impact", "IN_PROGRESS", "EXPERTS", "expert1", "TRUE_POSITIVE",
            Instant.parse("2026-12-02T15:01:32.849402Z"), Instant.parse("2026-12-02T15:29:54Z"));
    private static final IncidentSummaryJson SPARSE = new IncidentSummaryJson("6a7e-2", "INC-8", "DEMO-1008", "Line\nbreak", "LOW", null, null,
            "NEW", "UNASSIGNED", null, null, Instant.parse("2026-12-02T00:00:00Z"), Instant.parse("2026-12-02T00:00:00.000000001Z"));

    @AfterAll
    static void close() throws Exception {
        JSONB.close();
    }

    @Test
    void aPageByCursorWithEveryFieldAndWithout() {
        assertSame(List.of(FULL, SPARSE), "c2Vjb25k.aWQ", null, 20);
    }

    @Test
    void theLastPageAndAPageByNumber() {
        assertSame(List.of(SPARSE), null, null, 50);
        assertSame(List.of(FULL), "bmV4dA.aWQ", 3, 1);
        assertSame(List.of(), null, 0, 20);
    }

    /** The serializer called itself, and through JSON-B (the record names it), against JSON-B's own writing. */
    private static void assertSame(List<IncidentSummaryJson> items, String nextCursor, Integer page, int size) {
        String reflected = JSONB.toJson(new ReflectedPage(items, nextCursor, page, size));
        IncidentPage written = new IncidentPage(items, nextCursor, page, size);
        StringWriter direct = new StringWriter();
        try (JsonGenerator out = Json.createGenerator(direct)) {
            new IncidentPageSerializer().serialize(written, out, null);
        }
        assertEquals(reflected, direct.toString());
        assertEquals(reflected, JSONB.toJson(written));
    }
}
