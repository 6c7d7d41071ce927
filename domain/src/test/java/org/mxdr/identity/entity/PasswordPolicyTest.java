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
}
