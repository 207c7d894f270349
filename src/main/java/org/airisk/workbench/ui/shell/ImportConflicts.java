package org.airisk.workbench.ui.shell;

import java.util.List;

/** What an import kept as it was here rather than take from the package, as the import's message says it. */
final class ImportConflicts {
    private ImportConflicts() {}

    /** Empty when nothing was kept; else a paragraph per thing kept, to follow the import's first sentence. */
    static String said(List<String> conflicts) {
        if (conflicts.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder("\n\nKept as it was here, not overwritten:");
        conflicts.forEach(c -> text.append("\n\u2022 ").append(c));
        return text.toString();
    }
}
