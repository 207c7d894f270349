package org.airisk.workbench.ui.library;

import org.airisk.workbench.format.UserFormats;

/** The words of the line under the library's title ({@link AssessmentCount}), apart from the label that shows them. */
final class CountLine {
    private CountLine() {}

    /** The line for {@code shown} rows of {@code total} (at least that many while {@code counting}). */
    static String text(int shown, int total, boolean counting, boolean narrowed, UserFormats formats) {
        if (counting) {
            // A search that found many, counted in the background (ADR 0050): more than this many until then.
            return "Showing " + formats.integer(shown) + " of more than " + formats.integer(total - 1) + " assessments"
                    + (narrowed ? " that match" : "") + " (counting\u2026)";
        }
        String noun = total == 1 ? " assessment" : " assessments";
        String found = formats.integer(total) + noun + (narrowed ? " match" : "");
        return shown == total ? found : "Showing " + formats.integer(shown) + " of " + found;
    }
}
