package org.mxdr.access.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.mxdr.platform.BadInput;

class ContactTest {
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private static String refusedField(String name, String email, String phone, boolean incident, boolean review) {
        return assertThrows(BadInput.class, () -> Contact.of("t", name, email, phone, incident, review, "admin", NOW)).field();
    }

    @Test
    void aContactIsNormalised() {
        Contact c = Contact.of("t", "  SOC team ", " SOC@Contoso.Example ", " +44 20 7946 0958 ", true, false, "admin", NOW);
        assertEquals("SOC team", c.getName());
        assertEquals("soc@contoso.example", c.getEmail());
        assertEquals("+44 20 7946 0958", c.getPhone());
        assertEquals("Incident notification", c.contactFor());
        assertNull(Contact.of("t", "Ops", "ops@example.org", "  ", false, true, "admin", NOW).getPhone(), "the phone is optional");
        assertEquals("Incident notification and service review",
                Contact.of("t", "Ops", "ops@example.org", null, true, true, "admin", NOW).contactFor());
    }

    @Test
    void eachBadValueIsNamed() {
        assertEquals("name", refusedField(" ", "a@example.org", null, true, false));
        assertEquals("name", refusedField("x".repeat(201), "a@example.org", null, true, false));
        assertEquals("email", refusedField("A", "not-an-email", null, true, false));
        assertEquals("email", refusedField("A", null, null, true, false));
        assertEquals("phone", refusedField("A", "a@example.org", "call me", true, false));
        assertEquals("phone", refusedField("A", "a@example.org", "12345", true, false));
        assertEquals("phone", refusedField("A", "a@example.org", "+1234567890123456", true, false));
        assertEquals("phone", refusedField("A", "a@example.org", "<script>", true, false));
        assertEquals("contactFor", refusedField("A", "a@example.org", null, false, false));
    }
}
