package org.mxdr.reports.entity;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.mxdr.platform.BadInput;
import org.mxdr.platform.Cursor;
import org.mxdr.reports.entity.ReportInputs.CardRow;

/**
 * The cards of a period's incidents as a report shows them: the first page in the list's order
 * (those still awaiting the customer first, then the newest asked), how many there are and how many
 * still await the customer. A busy tenant has thousands a month, so a report carries one page and
 * the rest are read by cursor ({@link #cursorAfter}), in the same order.
 */
public record CustomerActions(List<CardRow> firstPage, long total, long awaiting) {
    /** The cards a report carries; the rest are a page away. */
    public static final int FIRST_PAGE = 20;
    public static final CustomerActions NONE = new CustomerActions(List.of(), 0, 0);

    /** Awaiting the customer first, then the newest asked first, then by the action's id (the store's order). */
    public static final Comparator<CardRow> ORDER = Comparator.comparingInt(CustomerActions::rank)
            .thenComparing(CardRow::requestedAt, Comparator.reverseOrder())
            .thenComparing(CardRow::actionId, Comparator.nullsLast(Comparator.reverseOrder()));

    public CustomerActions {
        firstPage = List.copyOf(firstPage);
    }

    /** The cards of the incidents created in {@code period} among {@code cards}: its first page and counts. */
    public static CustomerActions of(List<CardRow> cards, ReportPeriod period) {
        List<CardRow> actions = cards.stream().filter(c -> period.covers(c.incidentCreatedAt())).sorted(ORDER).toList();
        return new CustomerActions(actions.stream().limit(FIRST_PAGE).toList(), actions.size(), actions.stream().filter(CardRow::awaiting).count());
    }

    /** 0 for a card awaiting the customer, 1 for one answered (or otherwise closed): the list's first key. */
    public static int rank(CardRow c) {
        return c.awaiting() ? 0 : 1;
    }

    /** The cards after the first page. */
    public long more() {
        return total - firstPage.size();
    }

    /** Where the second page starts; null when the first holds them all. */
    public String nextCursor() {
        return more() > 0 && !firstPage.isEmpty() ? cursorAfter(firstPage.get(firstPage.size() - 1)) : null;
    }

    /** The cursor of the page after {@code last}: its rank, when it was asked and its action's id. */
    public static String cursorAfter(CardRow last) {
        return positionOf(last).encode();
    }

    /** A card's place in the list, as a cursor holds it. */
    public static Cursor positionOf(CardRow card) {
        return new Cursor(rank(card) + card.requestedAt().toString(), card.actionId());
    }

    /** Where a page starts, as a client sent it back; null for the first page. */
    public static Position position(String cursor) {
        Cursor c = Cursor.decode(cursor);
        if (c == null) {
            return null;
        }
        char rank = c.key().charAt(0);
        if (rank != '0' && rank != '1') {
            throw new BadInput("cursor", "The cursor is not one this list answered: pass nextCursor as it came, or none for the first page.");
        }
        return new Position(rank - '0', new Cursor(c.key().substring(1), c.id()).at(), c.id());
    }

    /** The last card of the page before: its rank, when it was asked and its action's id. */
    public record Position(int rank, Instant requestedAt, String actionId) {
    }
}
