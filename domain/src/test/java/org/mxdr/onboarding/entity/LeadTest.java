package org.mxdr.onboarding.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.Conflict;

class LeadTest {
    private static final Instant AT = Instant.parse("2026-12-01T09:00:00Z");

    private static Lead lead() {
        return Lead.submit(" Ada ", "Ada@Example.org", "Analytical Ltd", "gb", 250, "Hello", "198.51.100.7", AT);
    }

    @Test
    void submittedLeadIsNewAndNormalised() {
        Lead lead = lead();
        assertEquals("Ada", lead.getName());
        assertEquals("ada@example.org", lead.getEmail());
        assertEquals("GB", lead.getCountry());
        assertEquals("United Kingdom", lead.getCountryName());
        assertEquals(LeadState.NEW, lead.getState());
        assertEquals(AT, lead.getSubmittedAt());
    }

    @Test
    void countryByCodeOrEnglishName() {
        assertEquals("DE", Lead.submit("A", "a@b.example", "O", "Germany", 1, null, "x", AT).getCountry());
        assertEquals("country", assertThrows(BadInput.class, () -> Lead.submit("A", "a@b.example", "O", "Atlantis", 1, null, "x", AT)).field());
        assertEquals("country", assertThrows(BadInput.class, () -> Lead.submit("A", "a@b.example", "O", " ", 1, null, "x", AT)).field());
    }

    @Test
    void fieldsAtFaultAreNamed() {
        assertEquals("name", assertThrows(BadInput.class, () -> Lead.submit("", "a@b.example", "O", "GB", 1, null, "x", AT)).field());
        assertEquals("email", assertThrows(BadInput.class, () -> Lead.submit("A", "nope", "O", "GB", 1, null, "x", AT)).field());
        assertEquals("organisation", assertThrows(BadInput.class, () -> Lead.submit("A", "a@b.example", null, "GB", 1, null, "x", AT)).field());
        assertEquals("seats", assertThrows(BadInput.class, () -> Lead.submit("A", "a@b.example", "O", "GB", 0, null, "x", AT)).field());
        assertEquals("seats", assertThrows(BadInput.class, () -> Lead.submit("A", "a@b.example", "O", "GB", null, null, "x", AT)).field());
        assertEquals("seats", assertThrows(BadInput.class, () -> Lead.submit("A", "a@b.example", "O", "GB", 10_000_001, null, "x", AT)).field());
        assertEquals("message", assertThrows(BadInput.class,
                () -> Lead.submit("A", "a@b.example", "O", "GB", 1, "m".repeat(4001), "x", AT)).field());
        assertEquals("name", assertThrows(BadInput.class, () -> Lead.submit("n".repeat(201), "a@b.example", "O", "GB", 1, null, "x", AT)).field());
    }

    @Test
    void workingALeadMovesItOnWithNotes() {
        Lead lead = lead();
        lead.work(LeadState.CONTACTED, "Called, demo next week", 0, "sales", AT.plusSeconds(60));
        assertEquals(LeadState.CONTACTED, lead.getState());
        assertEquals("Called, demo next week", lead.getNotes());
        assertEquals("sales", lead.getUpdatedBy());
        lead.work(LeadState.WON, " ", 0, "sales", AT.plusSeconds(120));
        assertNull(lead.getNotes());
    }

    @Test
    void closedLeadsReopenAsContactedNeverAsNew() {
        Lead lead = lead();
        lead.work(LeadState.LOST, null, 0, "sales", AT);
        assertEquals("state", assertThrows(BadInput.class, () -> lead.work(LeadState.NEW, null, 0, "sales", AT)).field());
        lead.work(LeadState.CONTACTED, null, 0, "sales", AT);
        assertEquals(LeadState.CONTACTED, lead.getState());
    }

    @Test
    void staleEditIsAConflict() {
        Lead lead = lead();
        assertThrows(Conflict.class, () -> lead.work(LeadState.CONTACTED, null, 3, "sales", AT));
    }

    @Test
    void aConvertedLeadIsWonLinkedToItsTenantAndConvertedOnce() {
        Lead lead = lead();
        lead.convertedTo("tenant-1", 0, "admin", AT.plusSeconds(60));
        assertEquals(LeadState.WON, lead.getState());
        assertEquals("tenant-1", lead.getTenantId());
        assertEquals("admin", lead.getUpdatedBy());
        assertEquals(AT.plusSeconds(60), lead.getUpdatedAt());
        assertEquals(true, lead.describe().endsWith("state=WON; tenant=tenant-1"));
        assertThrows(Conflict.class, () -> lead.convertedTo("tenant-2", 0, "admin", AT));
        assertEquals("tenant-1", lead.getTenantId());
    }

    @Test
    void aStaleLeadIsNotConverted() {
        Lead lead = lead();
        assertThrows(Conflict.class, () -> lead.convertedTo("tenant-1", 3, "admin", AT));
        assertNull(lead.getTenantId());
        assertEquals(LeadState.NEW, lead.getState());
    }
}
