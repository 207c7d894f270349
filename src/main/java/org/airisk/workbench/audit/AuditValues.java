package org.airisk.workbench.audit;

import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.scoring.PlanItem;
import org.airisk.workbench.scoring.RatingOverride;

/**
 * Values as an audit entry records them: plain text a reader of the trail understands, fixed once written (the
 * hash covers it), so it holds what was chosen or typed rather than anything looked up later.
 */
public final class AuditValues {
    private AuditValues() {}

    /** The answer as given; null when there is none. Options of a multiple choice are separated by "; ". */
    public static String of(Answer answer) {
        if (answer == null) {
            return null;
        }
        if (answer instanceof Answer.Choice c) {
            return c.option();
        }
        if (answer instanceof Answer.Choices c) {
            return String.join("; ", c.options());
        }
        if (answer instanceof Answer.Text t) {
            return t.text();
        }
        if (answer instanceof Answer.Number n) {
            return n.value().toPlainString();
        }
        if (answer instanceof Answer.Scale s) {
            return Integer.toString(s.point());
        }
        if (answer instanceof Answer.Date d) {
            return d.value().toString();
        }
        return answer.toString();
    }

    /** "Likelihood 4, impact 3 (0 keeps the calculated value): reason", or "Not applicable: reason". */
    public static String of(RatingOverride override) {
        if (override == null) {
            return null;
        }
        if (override.notApplicable()) {
            return "Not applicable: " + override.justification();
        }
        return "Likelihood " + rating(override.likelihood()) + ", impact " + rating(override.impact()) + ": "
                + override.justification();
    }

    private static String rating(int value) {
        return value == 0 ? "as calculated" : Integer.toString(value);
    }

    /** The kind an override's change is recorded as: setting a risk aside, or rating it. */
    public static AuditKind kindOf(RatingOverride before, RatingOverride after) {
        boolean aside =
                (after != null && after.notApplicable()) || (after == null && before != null && before.notApplicable());
        return aside ? AuditKind.NOT_APPLICABLE : AuditKind.OVERRIDE;
    }

    /** Every field the assessor can change, on one line. */
    public static String of(PlanItem item) {
        if (item == null) {
            return null;
        }
        StringBuilder text = new StringBuilder(item.title())
                .append(" | ")
                .append(item.decision() == PlanItem.Decision.ACCEPTED ? "accepted" : "rejected");
        if (!item.reason().isEmpty()) {
            text.append(" (").append(item.reason()).append(')');
        }
        text.append(" | risks ")
                .append(String.join(", ", item.risks()))
                .append(" | lowers likelihood ")
                .append(item.reducesLikelihood())
                .append(", impact ")
                .append(item.reducesImpact())
                .append(" | effort ")
                .append(item.effort().name())
                .append(" | priority ")
                .append(item.priority().label())
                .append(" | status ")
                .append(item.status().label());
        if (!item.owner().isEmpty()) {
            text.append(" | owner ").append(item.owner());
        }
        if (item.due() != null) {
            text.append(" | due ").append(item.due());
        }
        if (item.notes() != null && !item.notes().isEmpty()) {
            text.append(" | notes ").append(item.notes());
        }
        return text.toString();
    }
}
