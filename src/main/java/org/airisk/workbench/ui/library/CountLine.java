package org.airisk.workbench.ui.library;

import org.airisk.workbench.format.UserFormats;

/** The words of the line under the library's title ({@link AssessmentCount}), apart from the label that shows them. */
final class CountLine {
    private CountLine() {}

    /**
     * The line for {@code shown} rows of {@code total}; of at least that many unless {@code exact}, and then
     * {@code counting} says whether the number is on its way.
     */
    static String text(int shown, int total, boolean exact, boolean counting, boolean narrowed, UserFormats formats) {
        if (!exact) {
            // A search that found many, counted in the background (ADR 0050): more than this many until then.
            // Short: the line shares the header with the stage filter and the search field.
            return "Showing " + formats.integer(shown) + " of " + formats.integer(total - 1) + "+"
                    + (narrowed ? " that match" : " assessments") + (counting ? " (counting\u2026)" : "");
        }
        String noun = total == 1 ? " assessment" : " assessments";
        String found = formats.integer(total) + noun + (narrowed ? " match" : "");
        return shown == total ? found : "Showing " + formats.integer(shown) + " of " + found;
    }
}
