package org.mxdr.eligibility.entity;

/**
 * One thing wrong with an imported item.
 *
 * @param row   the CSV line number (the header is line 1), or the item's index in a JSON array
 * @param field the column name in a CSV file, the JSON path ({@code devices[12].avMode}) in JSON
 */
public record Problem(int row, String field, String reason) {
}
