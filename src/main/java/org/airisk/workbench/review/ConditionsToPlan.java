package org.airisk.workbench.review;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.airisk.workbench.assessment.UserFacingProblem;
import org.airisk.workbench.catalog.Mitigation;
import org.airisk.workbench.scoring.MitigationPlan;
import org.airisk.workbench.scoring.PlanItem;

/**
 * The conditions of a reviewer's approval, each of which the author may turn into a mitigation plan item
 * (docs/review.md). A condition is in the plan once an item carries its text as title or in its notes, so it is never
 * added twice. Adding is for a draft only: while a reviewer has the assessment it is read-only, and after the
 * decision the sign-off covers the assessment as approved, so the author re-opens it first.
 */
public final class ConditionsToPlan {
    /** What the plan keeps of an item's title, in characters (plan_item.title, V3). */
    public static final int MAX_TITLE = 500;

    /** One condition as the author sees it: its number in the decision, its text, and whether it is in the plan. */
    public record Condition(int number, String text, boolean inPlan) {}

    private final SignOff decision;

    /** @param decision the latest decision on the assessment, with its conditions (perhaps none) */
    public ConditionsToPlan(SignOff decision) {
        this.decision = decision;
    }

    public SignOff decision() {
        return decision;
    }

    /** The decision's conditions, numbered from 1, each marked when the plan already holds it. */
    public List<Condition> conditions(MitigationPlan plan) {
        List<Condition> list = new ArrayList<>();
        for (int i = 0; i < decision.conditions().size(); i++) {
            String text = decision.conditions().get(i);
            list.add(new Condition(i + 1, text, inPlan(text, plan)));
        }
        return list;
    }

    /** Empty when conditions may go into the plan at this stage, else one sentence saying why not and what to do. */
    public static String refusal(ReviewStage stage) {
        if (stage.isReadOnly()) {
            return ReviewStage.READ_ONLY;
        }
        if (stage.isDecided()) {
            return "The sign-off covers the assessment as it was decided, so its plan is not changed now: re-open "
                    + "it as a new draft first (Review \u203a Re-open as new draft), then add the conditions.";
        }
        return "";
    }

    /**
     * The plan item for condition {@code number}: a measure of the author's own, accepted and planned at high
     * priority, addressing the given risks. It lowers no rating until the author says by how much (a condition
     * says what to do, not how strongly it works).
     *
     * @throws IllegalArgumentException in one sentence when the number is no condition's, the condition is already
     *                                  in the plan, or no risk is given
     */
    public PlanItem planItem(int number, List<String> risks, MitigationPlan plan) {
        if (number < 1 || number > decision.conditions().size()) {
            throw new UserFacingProblem(
                    decision.conditions().isEmpty()
                            ? "The latest decision has no conditions to add to the plan."
                            : "There is no condition " + number + "; the decision has "
                                    + decision.conditions().size() + " (numbered from 1).");
        }
        String text = decision.conditions().get(number - 1);
        if (inPlan(text, plan)) {
            throw new UserFacingProblem("Condition " + number + " is already in the plan; it is not added " + "twice.");
        }
        if (risks == null || risks.isEmpty()) {
            throw new UserFacingProblem("Choose the risk the condition addresses.");
        }
        String origin = "Condition " + number + " of the approval of version " + decision.versionNumber() + " by "
                + decision.reviewerName() + ".";
        String title = title(text);
        return new PlanItem(
                UUID.randomUUID(),
                "",
                title,
                risks,
                0,
                0,
                Mitigation.Effort.M,
                PlanItem.Decision.ACCEPTED,
                "",
                "",
                null,
                PlanItem.Priority.HIGH,
                PlanItem.Status.PLANNED,
                title.equals(text) ? origin : origin + "\n" + text);
    }

    /** The condition as a plan item's title: whole when it fits, else shortened (the notes keep all of it). */
    static String title(String condition) {
        String oneLine = condition.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= MAX_TITLE
                ? oneLine
                : oneLine.substring(0, MAX_TITLE - 1).strip() + "\u2026";
    }

    /**
     * Whether an item of the plan carries the condition: as its title, or, for a condition too long or too many lines
     * for a title, in its notes (a short text in the notes may be anything, so that alone does not count).
     */
    public static boolean inPlan(String condition, MitigationPlan plan) {
        String title = title(condition);
        boolean whole = title.equals(condition);
        return plan.items().stream()
                .anyMatch(i -> i.title().equals(title) || !whole && i.notes().contains(condition));
    }
}
