package org.mxdr.response.api;

import java.util.List;

/**
 * A page of the incident queue: {@code nextCursor} asks for the next one (null on the last page).
 * No total: counting a large tenant costs more than its page. {@code page} is set when the client
 * paged by number.
 */
public record IncidentPage(List<IncidentSummaryJson> items, String nextCursor, Integer page, int size) {
}
