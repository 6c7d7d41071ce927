package org.mxdr.retention.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RetentionSettingsTest {

    @AfterEach
    void clear() {
        System.clearProperty("mxdr.retention.grace.days");
    }

    @Test
    void ninetyDaysByDefaultAndAnyLongerPeriodAccepted() {
        assertEquals(90, RetentionSettings.graceDays(Optional.empty()));
        assertEquals(90, RetentionSettings.graceDays(Optional.of("90")));
        assertEquals(365, RetentionSettings.graceDays(Optional.of(" 365 ")));
    }

    @Test
    void lessThanNinetyDaysIsRefusedNamingTheVariable() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> RetentionSettings.graceDays(Optional.of("89")));
        assertTrue(e.getMessage().startsWith("MXDR_RETENTION_GRACE_DAYS is 89"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> RetentionSettings.graceDays(Optional.of("-5")));
    }

    @Test
    void somethingThatIsNoNumberIsRefusedNamingTheVariable() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> RetentionSettings.graceDays(Optional.of("ninety")));
        assertTrue(e.getMessage().contains("MXDR_RETENTION_GRACE_DAYS must be a whole number"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> RetentionSettings.graceDays(Optional.of("90.5")));
    }

    @Test
    void theStartCheckStopsTheStartOnAShortGracePeriod() {
        System.setProperty("mxdr.retention.grace.days", "30");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new RetentionStartCheck().check());
        assertTrue(e.getMessage().contains("MXDR_RETENTION_GRACE_DAYS is 30"), e.getMessage());
        System.setProperty("mxdr.retention.grace.days", "120");
        RetentionStartCheck check = new RetentionStartCheck();
        check.check();
        assertEquals(120, check.graceDays());
    }
}
