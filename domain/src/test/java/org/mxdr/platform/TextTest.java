package org.mxdr.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void aRefusalQuotesAtMostFortyCharacters() {
        assertEquals("x".repeat(40), Text.abbreviate("x".repeat(40)));
        assertEquals("x".repeat(37) + "...", Text.abbreviate("x".repeat(41)));
        assertEquals("y".repeat(57) + "...", Text.abbreviate("y".repeat(61), 60));
    }

    @Test
    void requiredTextIsStrippedOrRefusedNamingTheField() {
        assertEquals("Contoso", Text.required("name", "  Contoso\n", "A name is required."));
        for (String missing : new String[] {null, "", " \t "}) {
            BadInput refused = assertThrows(BadInput.class, () -> Text.required("name", missing, "A name is required."));
            assertEquals("name", refused.field());
            assertEquals("A name is required.", refused.getMessage());
        }
    }
}
