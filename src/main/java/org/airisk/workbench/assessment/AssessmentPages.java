package org.airisk.workbench.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The saved assessments a range at a time, newest change first, narrowed by the words typed in a search (each word
 * found in the title, the AI system or the owner, ignoring case), so that nothing needs the whole library in memory.
 */
public interface AssessmentPages {
    /** How many saved assessments the search finds. */
    int count(String search);

    /** Hands over, as they are read, up to {@code limit} found assessments after skipping {@code offset}. */
    void each(String search, int offset, int limit, Consumer<AssessmentSummary> row);

    default List<AssessmentSummary> page(String search, int offset, int limit) {
        List<AssessmentSummary> rows = new ArrayList<>();
        each(search, offset, limit, rows::add);
        return rows;
    }
}
