package org.reservoir.recruitment.roster;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One data row of a roster.
 *
 * @param rowNumber 1-based row number as the spreadsheet shows it (the header is row 1 in the template);
 *                  for CSV the 1-based record number
 * @param values    column key ({@link RosterColumn#key()}) → trimmed cell text; empty cells are omitted.
 *                  Iteration follows {@link RosterColumn} order.
 */
public record RosterRow(int rowNumber, Map<String, String> values) {

    public RosterRow {
        Map<String, String> ordered = new LinkedHashMap<>();
        for (RosterColumn c : RosterColumn.values()) {
            String v = values.get(c.key());
            if (v != null) {
                ordered.put(c.key(), v);
            }
        }
        values.forEach(ordered::putIfAbsent);
        values = Collections.unmodifiableMap(ordered);
    }

    /** The value of a column, or {@code null} when the cell was empty or the column absent. */
    public String value(RosterColumn column) {
        return values.get(column.key());
    }
}
