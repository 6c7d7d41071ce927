package org.mxdr.access.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.mxdr.platform.Conflict;

class SettingsWizardTest {
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final Instant END = Instant.parse("2027-11-01T00:00:00Z");

    @Test
    void theWizardKeepsItsStepAndChoicesUntilSubmitted() {
        SettingsWizard w = SettingsWizard.start("t", "admin", NOW);
        assertEquals(WizardStep.PERMISSIONS, w.getStep());
        assertEquals(Permissions.defaults(END), w.permissions(END), "the seed's defaults, expiring with the subscription");
        w.choose(new Permissions(false, true, false, Instant.parse("2027-01-01T00:00:00Z")), false, "admin", NOW);
        w.goTo(WizardStep.EXCLUSIONS, "admin", NOW);
        assertEquals(new Permissions(false, true, false, Instant.parse("2027-01-01T00:00:00Z")), w.permissions(END));
        w.choose(new Permissions(true, true, true, END), true, "admin", NOW);
        assertTrue(w.isDefaultExpiry());
        Instant renewedEnd = END.plusSeconds(86_400 * 365);
        assertEquals(renewedEnd, w.permissions(renewedEnd).expiresAt(), "the default expiry follows the subscription");
        w.submitted("admin", NOW);
        assertThrows(Conflict.class, () -> w.goTo(WizardStep.PERMISSIONS, "other", NOW));
        w.restart(new Permissions(false, true, false, END), "admin", NOW);
        assertEquals(WizardStep.PERMISSIONS, w.getStep());
        assertEquals(new Permissions(false, true, false, END), w.permissions(END), "starts again from the last grant");
    }

    @Test
    void onlyContactsLeadOnToTheReviewWithoutSaving() {
        SettingsWizard w = SettingsWizard.start("t", "admin", NOW);
        assertThrows(Conflict.class, () -> w.navigate(WizardStep.REVIEW, "admin", NOW), "no jump over unsaved pages");
        w.goTo(WizardStep.CONTACTS, "admin", NOW);
        w.navigate(WizardStep.REVIEW, "admin", NOW);
        w.navigate(WizardStep.PERMISSIONS, "admin", NOW);
        assertEquals(WizardStep.PERMISSIONS, w.getStep(), "back to any page");
    }

    @Test
    void stepsGoForwardAndBackWithinTheFour() {
        assertEquals(WizardStep.EXCLUSIONS, WizardStep.PERMISSIONS.next());
        assertEquals(WizardStep.REVIEW, WizardStep.REVIEW.next());
        assertEquals(WizardStep.PERMISSIONS, WizardStep.PERMISSIONS.previous());
        assertEquals(WizardStep.CONTACTS, WizardStep.REVIEW.previous());
    }
}
