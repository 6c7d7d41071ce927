package org.mxdr.reports.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.mxdr.platform.BadInput;
import org.mxdr.reports.entity.ReportInputs.CardRow;

class CustomerActionsTest {
    static final ReportPeriod NOVEMBER = new ReportPeriod(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
    static final Instant CREATED = Instant.parse("2026-11-02T00:00:00Z");

    @Test
    void awaitingFirstThenNewestThenByIdAndOnlyTheFirstPageCarried() {
        List<CardRow> cards = new ArrayList<>();
        IntStream.range(0, 30).forEach(k -> cards.add(card("a" + (100 + k), k % 3 == 0 ? "AWAITING_CUSTOMER" : "CUSTOMER_COMPLETED",
                CREATED.plusSeconds(600L * (k / 2)))));
        cards.add(new CardRow("before", "Before", "LOW", CREATED.minusSeconds(86_400 * 3), "DISABLE_USER", "u1", "AWAITING_CUSTOMER",
                CREATED, null, null, "zz"));
        CustomerActions actions = CustomerActions.of(cards, NOVEMBER);
        assertEquals(30, actions.total(), "the card of an incident created before the period is not the period's");
        assertEquals(10, actions.awaiting());
        assertEquals(CustomerActions.FIRST_PAGE, actions.firstPage().size());
        assertEquals(10, actions.more());
        // the awaiting ones (k = 27, 24, ... 0), newest first; then the others, newest first, the greater id first at the same time
        assertEquals(List.of("a127", "a124", "a121", "a118", "a115", "a112", "a109", "a106", "a103", "a100", "a129", "a128", "a126", "a125"),
                actions.firstPage().subList(0, 14).stream().map(CardRow::actionId).toList());
        CustomerActions.Position next = CustomerActions.position(actions.nextCursor());
        CardRow last = actions.firstPage().get(CustomerActions.FIRST_PAGE - 1);
        assertEquals(new CustomerActions.Position(1, last.requestedAt(), last.actionId()), next);
    }

    @Test
    void aFirstPageHoldingAllHasNoCursorAndABadCursorIsRefusedByName() {
        CustomerActions actions = CustomerActions.of(List.of(card("a1", "SKIPPED", CREATED)), NOVEMBER);
        assertNull(actions.nextCursor());
        assertNull(CustomerActions.position(null));
        for (String bad : List.of("x", "MnRpbWU.YQ", "Mg.YQ", "MTIwMjYtMTEtMDJUMDA6MDA6MDBa.")) {
            assertEquals("cursor", assertThrows(BadInput.class, () -> CustomerActions.position(bad)).field(), bad);
        }
    }

    static CardRow card(String id, String state, Instant requested) {
        return new CardRow("i1", "Incident", "HIGH", CREATED, "DISABLE_USER", "u1", state, requested, null, null, id);
    }
}
