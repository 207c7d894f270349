package org.airisk.workbench.changes;

import java.util.Objects;

/**
 * One difference between two versions of an assessment: where it is (the section), what it is about in the
 * assessor's words (a question's wording, a risk's name, a plan item's title), and the value before and after.
 * {@link #NONE} stands for a value that is not there on that side: an answer not given, an item not yet added.
 */
public record Change(Section section, String subject, String before, String after) {
    public static final String NONE = "\u2014";

    /** The parts of an assessment a change can be in, in the order a comparison lists them. */
    public enum Section {
        DETAILS("Assessment details"),
        METHOD("Scoring method"),
        ANSWERS("Answers"),
        NOTES("Notes"),
        OVERRIDES("Overrides"),
        RATINGS("Ratings and levels"),
        PLAN("Mitigation plan");

        private final String label;

        Section(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Change {
        Objects.requireNonNull(section, "section");
        subject = subject == null ? "" : subject;
        before = before == null || before.isEmpty() ? NONE : before;
        after = after == null || after.isEmpty() ? NONE : after;
    }
}
