package org.mxdr.response.boundary;

import java.util.List;

import org.mxdr.platform.Cursor;
import org.mxdr.response.entity.Incident;

/**
 * A page of the incident queue and where the next one starts (null on the last page): no total,
 * since counting a large tenant costs more than its page.
 */
public record QueuePage(List<Incident> items, String nextCursor) {

    /** The page of the rows read, one more than the page holds when another page follows. */
    public static QueuePage of(List<Incident> read, int size) {
        if (read.size() <= size) {
            return new QueuePage(read, null);
        }
        Incident last = read.get(size - 1);
        return new QueuePage(List.copyOf(read.subList(0, size)), new Cursor(last.getCreatedAt(), last.getId()).encode());
    }
}
