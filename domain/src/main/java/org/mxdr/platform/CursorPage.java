package org.mxdr.platform;

import java.util.List;
import java.util.function.Function;

/**
 * A page of a list that pages by cursor, and where the next page starts (null on the last): no
 * total, since counting a large list costs more than its page.
 */
public record CursorPage<T>(List<T> items, String nextCursor) {

    public static <T> CursorPage<T> empty() {
        return new CursorPage<>(List.of(), null);
    }

    /**
     * The page of the rows read, which are one more than the page holds when another page
     * follows; the next page starts after the last row shown, at the cursor {@code position} gives.
     */
    public static <T> CursorPage<T> of(List<T> read, int size, Function<T, Cursor> position) {
        if (read.size() <= size) {
            return new CursorPage<>(read, null);
        }
        return new CursorPage<>(List.copyOf(read.subList(0, size)), position.apply(read.get(size - 1)).encode());
    }
}
