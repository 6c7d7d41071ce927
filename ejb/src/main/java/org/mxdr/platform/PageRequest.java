package org.mxdr.platform;

/**
 * One page of a list asked for by number: page {@code page} (from 0) of {@code size} rows, at most
 * {@link #MAX_PAGE}. Boundaries take its {@link #first()} row and its size (see {@link FirstRow} and
 * {@link PageSize}); the API's lists echo page and size back.
 */
public record PageRequest(int page, int size) {
    /** The most rows any list answers at once, in the console and the API alike. */
    public static final int MAX_PAGE = 200;
    /** The highest page number whose first row still fits an int. */
    public static final int LAST_PAGE = Integer.MAX_VALUE / MAX_PAGE;

    public int first() {
        return page * size;
    }
}
