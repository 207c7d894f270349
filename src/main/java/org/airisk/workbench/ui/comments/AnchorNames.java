package org.airisk.workbench.ui.comments;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.airisk.workbench.comments.CommentAnchor;
import org.airisk.workbench.questionnaire.Question;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.scoring.PlanItem;

/**
 * What a comment is on, in the assessor's words: the question's text, the risk's name, the plan item's title, looked
 * up in the open assessment's questionnaire, the risk catalog and its plan. Something no longer there is said so.
 */
public final class AnchorNames {
    private final QuestionnaireTemplate template;
    private final Function<String, Optional<String>> riskNames;
    private final Supplier<List<PlanItem>> plan;

    public AnchorNames(
            QuestionnaireTemplate template,
            Function<String, Optional<String>> riskNames,
            Supplier<List<PlanItem>> plan) {
        this.template = template;
        this.riskNames = riskNames;
        this.plan = plan;
    }

    public String name(CommentAnchor anchor) {
        return switch (anchor.kind()) {
            case ASSESSMENT -> "The whole assessment";
            case QUESTION ->
                template.question(anchor.target())
                        .map(Question::text)
                        .map(t -> "Question: " + t)
                        .orElse("Question " + anchor.target() + " (not in this questionnaire)");
            case RISK ->
                riskNames
                        .apply(anchor.target())
                        .map(n -> "Risk: " + n)
                        .orElse("Risk " + anchor.target() + " (not in the risk library)");
            case PLAN_ITEM ->
                plan.get().stream()
                        .filter(i -> i.id().toString().equals(anchor.target()))
                        .findFirst()
                        .map(i -> "Plan item: " + i.title())
                        .orElse("A plan item no longer in the plan");
        };
    }
}
