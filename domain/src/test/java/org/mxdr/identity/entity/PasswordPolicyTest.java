package org.mxdr.identity.entity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mxdr.platform.BadInput;

class PasswordPolicyTest {

    @Test
    void twelveCharactersIsTheMinimum() {
        BadInput e = assertThrows(BadInput.class, () -> PasswordPolicy.check("alice", "elevenchars"));
        assertEquals("password", e.field());
        assertTrue(e.getMessage().contains("12"));
        assertDoesNotThrow(() -> PasswordPolicy.check("alice", "twelve chars"));
    }

    @Test
    void countsCharactersNotBytes() {
        // twelve code points, more than twelve UTF-16 units and bytes
        assertDoesNotThrow(() -> PasswordPolicy.check("alice", "ééééééééé😀😀😀"));
        assertThrows(BadInput.class, () -> PasswordPolicy.check("alice", "😀😀😀😀😀😀😀😀😀😀😀"));
    }

    @Test
    void refusesTooLong() {
        assertThrows(BadInput.class, () -> PasswordPolicy.check("alice", "x".repeat(129)));
        assertDoesNotThrow(() -> PasswordPolicy.check("alice", "xy".repeat(64)));
    }

    @Test
    void refusesCommonPasswordsWhateverTheCase() {
        assertThrows(BadInput.class, () -> PasswordPolicy.check("alice", "PasswordPassword"));
        assertThrows(BadInput.class, () -> PasswordPolicy.check("alice", "qwerty123456"));
    }

    @Test
    void refusesTheUsernameInside() {
        assertThrows(BadInput.class, () -> PasswordPolicy.check("alice", "my name is Alice!"));
    }

    @Test
    void refusesMissing() {
        assertThrows(BadInput.class, () -> PasswordPolicy.check("alice", null));
        assertThrows(BadInput.class, () -> PasswordPolicy.check("alice", ""));
    }

    @Test
    void checksAgainstAListOfAHundredThousandBreachedPasswords() throws Exception {
        java.util.List<String> list;
        try (var in = PasswordPolicy.class.getResourceAsStream(PasswordPolicy.BREACHED)) {
            list = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
        assertTrue(list.size() >= 100_000, "list of " + list.size());
        assertTrue(PasswordPolicy.commonCount() >= 96_000, "distinct ignoring case: " + PasswordPolicy.commonCount());
        long longEnough = list.stream().filter(p -> p.length() >= PasswordPolicy.MIN_LENGTH && p.length() <= PasswordPolicy.MAX_LENGTH)
                .peek(p -> assertThrows(BadInput.class, () -> PasswordPolicy.check("nobody-at-all", p), p)).count();
        assertTrue(longEnough > 400, "every one of the " + longEnough + " long enough to pass the length rule is refused");
    }

    @Test
    void refusesCommonWordsWithDigitsSymbolsOrLeetspeakAdded() {
        for (String weak : new String[] {"Welcome2026!", "P@ssw0rd2026", "Password1234!", "dragon2026!!!", "Qwerty123456789"}) {
            BadInput e = assertThrows(BadInput.class, () -> PasswordPolicy.check("alice", weak), weak);
            assertEquals("password", e.field());
        }
        assertDoesNotThrow(() -> PasswordPolicy.check("alice", "correct-staple-battery-9"));
        assertDoesNotThrow(() -> PasswordPolicy.check("alice", "violet-harbour-lantern-42"));
    }

    @Test
    void refusesControlCharacters() {
        assertEquals("password", assertThrows(BadInput.class, () -> PasswordPolicy.check("alice", "long enough\u0000password")).field());
    }

    @Test
    void theDemoPasswordIsRefusedWhereTheCallerSaysSo() {
        assertEquals("password", assertThrows(BadInput.class, () -> PasswordPolicy.refuseDemoPassword(PasswordPolicy.DEMO_PASSWORD)).field());
        assertDoesNotThrow(() -> PasswordPolicy.refuseDemoPassword("violet-harbour-lantern-42"));
    }

    @Test
    void aConfirmationThatDiffersIsRefusedNamingTheConfirmation() {
        PasswordPolicy.checkConfirmed("correct horse battery", "correct horse battery");
        assertEquals("confirm", assertThrows(BadInput.class, () -> PasswordPolicy.checkConfirmed("correct horse battery", "correct horse batery"))
                .field());
        assertEquals("confirm", assertThrows(BadInput.class, () -> PasswordPolicy.checkConfirmed("correct horse battery", null)).field());
    }
}
