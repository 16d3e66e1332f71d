package org.reservoir.recruitment.roster;

import java.util.List;

/**
 * The result of reading a roster file.
 *
 * @param rows     data rows that hold at least one value in a roster column, in sheet order
 * @param problems sheet-level problems in the reader's language (problems.properties, keys roster.*); empty when the sheet is usable
 */
public record RosterSheet(List<RosterRow> rows, List<String> problems) {

    public RosterSheet {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
