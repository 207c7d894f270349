package org.airisk.workbench.questionnaire;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A question both versions ask under the same id, and what about it differs in the newer one. */
public record QuestionChange(Question before, Question after, List<String> reasons) {
    public QuestionChange {
        reasons = List.copyOf(reasons);
    }

    /** The differences an assessor should look at; empty when the question is asked just as before. */
    public static Optional<QuestionChange> between(Question before, Question after) {
        List<String> reasons = new ArrayList<>();
        if (before.type() != after.type()) {
            reasons.add("It is now a " + after.type().label().toLowerCase() + " question (was "
                    + before.type().label().toLowerCase() + ").");
        }
        if (!before.text().equals(after.text())) {
            reasons.add("It now reads differently; it was: \u201c" + before.text() + "\u201d.");
        }
        if (!before.options().equals(after.options()) || !before.scaleLabels().equals(after.scaleLabels())) {
            reasons.add("The answers it offers changed.");
        }
        if (!sameBound(before, after)) {
            reasons.add("The numbers it accepts changed.");
        }
        return reasons.isEmpty() ? Optional.empty() : Optional.of(new QuestionChange(before, after, reasons));
    }

    private static boolean sameBound(Question before, Question after) {
        return compare(before.min(), after.min()) && compare(before.max(), after.max());
    }

    private static boolean compare(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
