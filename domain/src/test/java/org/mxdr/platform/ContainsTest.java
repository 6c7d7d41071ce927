package org.mxdr.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ContainsTest {

    @Test
    void theTextAnywhereInLowerCase() {
        assertEquals("%contoso%", Contains.pattern("  Contoso "));
    }

    @Test
    void wildcardsTypedInTheBoxAreTakenLiterally() {
        assertEquals("%a\\%b\\_c%", Contains.pattern("a%b_c"));
    }
}
