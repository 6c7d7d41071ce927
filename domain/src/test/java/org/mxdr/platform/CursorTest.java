package org.mxdr.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class CursorTest {

    @Test
    void whatItEncodesComesBackExactly() {
        Cursor byTime = new Cursor(Instant.parse("2026-12-01T10:15:30.123456Z"), "6f1c-|-id");
        assertEquals(byTime, Cursor.decode(byTime.encode()));
        assertEquals(Instant.parse("2026-12-01T10:15:30.123456Z"), Cursor.decode(byTime.encode()).at());
        Cursor byName = new Cursor("Zoë's laptop | 2.", "dev.1|x");
        assertEquals(byName, Cursor.decode(byName.encode()));
    }

    @Test
    void theConditionBoundsTheKeyBeforeTheExactPositionSoTheIndexCanSeek() {
        assertEquals(" AND i.createdAt <= :at AND (i.createdAt < :at OR (i.createdAt = :at AND i.id > :id))",
                Cursor.condition("i.createdAt", true, "i.id", false, "at", "id"), "newest first, ties by id ascending");
        assertEquals(" AND x.name >= :n AND (x.name > :n OR (x.name = :n AND x.externalId < :e))",
                Cursor.condition("x.name", false, "x.externalId", true, "n", "e"), "by name, ties by id descending");
    }

    @Test
    void noCursorIsTheFirstPage() {
        assertNull(Cursor.decode(null));
        assertNull(Cursor.decode(" "));
    }

    @Test
    void aCursorNotAnsweredByTheListIsRefusedByName() {
        for (String bad : new String[] {"%%%", "bm90aGluZw", "fGlk", "a.b.c", ".aWQ", "a2V5.", "a2V5.%%"}) {
            assertEquals("cursor", assertThrows(BadInput.class, () -> Cursor.decode(bad), bad).field());
        }
    }

    @Test
    void aNameCursorGivenToAListByTimeIsRefusedByName() {
        Cursor byName = Cursor.decode(new Cursor("Laptop", "d1").encode());
        assertEquals("cursor", assertThrows(BadInput.class, byName::at).field());
    }

    @Test
    void aPageReadOneRowLongSaysWhereTheNextStarts() {
        CursorPage<String> more = CursorPage.of(List.of("a", "b", "c"), 2, s -> new Cursor(s, s));
        assertEquals(List.of("a", "b"), more.items());
        assertEquals(new Cursor("b", "b"), Cursor.decode(more.nextCursor()));
        CursorPage<String> last = CursorPage.of(List.of("a", "b"), 2, s -> new Cursor(s, s));
        assertEquals(List.of("a", "b"), last.items());
        assertNull(last.nextCursor());
    }
}
