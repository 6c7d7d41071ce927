package org.mxdr.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashTest {

    @Test
    void theCostIsTenUnlessSetWithinBcryptsUsefulRange() {
        assertEquals(10, PasswordHash.cost(null));
        assertEquals(10, PasswordHash.cost(" "));
        assertEquals(4, PasswordHash.cost("4"));
        assertEquals(12, PasswordHash.cost(" 12 "));
        for (String bad : new String[] {"3", "17", "ten", "-1"}) {
            String message = assertThrows(IllegalStateException.class, () -> PasswordHash.cost(bad), bad).getMessage();
            assertTrue(message.contains("MXDR_BCRYPT_COST") && message.contains(bad), message);
        }
    }

    @Test
    void aHashVerifiesWhateverCostItWasMadeWith() {
        String hash = PasswordHash.of("a long enough secret");
        assertTrue(hash.startsWith("$2a$" + String.format("%02d", PasswordHash.cost()) + "$"), hash);
        assertTrue(PasswordHash.matches("a long enough secret", hash));
    }
}
