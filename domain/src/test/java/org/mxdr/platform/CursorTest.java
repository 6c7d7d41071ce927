package org.mxdr.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class CursorTest {

    @Test
    void whatItEncodesComesBackExactly() {
        Cursor cursor = new Cursor(Instant.parse("2026-12-01T10:15:30.123456Z"), "6f1c-|-id");
        assertEquals(cursor, Cursor.decode(cursor.encode()));
    }

    @Test
    void noCursorIsTheFirstPage() {
        assertNull(Cursor.decode(null));
        assertNull(Cursor.decode(" "));
    }

    @Test
    void aCursorNotAnsweredByTheListIsRefusedByName() {
        for (String bad : new String[] {"%%%", "bm90aGluZw", "fGlk", "MjAyNi0xMi0wMVQwMDowMDowMFp8"}) {
            assertEquals("cursor", assertThrows(BadInput.class, () -> Cursor.decode(bad), bad).field());
        }
    }
}
