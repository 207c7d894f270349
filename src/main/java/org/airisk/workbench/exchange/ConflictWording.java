package org.airisk.workbench.exchange;

import java.util.Optional;
import org.airisk.workbench.assessment.RecordedAnswer;
import org.airisk.workbench.comments.Comment;
import org.airisk.workbench.comments.Resolution;
import org.airisk.workbench.exchange.CheckInMerge.Conflict;
import org.airisk.workbench.questionnaire.Question;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.scoring.PlanItem;
import org.airisk.workbench.scoring.RatingOverride;

/** A check-in conflict in the assessor's words: what it is about, and the two values side by side. */
public record ConflictWording(String what, String mine, String theirs) {
    private static final String NONE = "(nothing)";

    /** @param questionnaire the assessment's questionnaire, for the question's text and the answers' labels */
    public static ConflictWording of(Conflict conflict, Optional<QuestionnaireTemplate> questionnaire) {
        return switch (conflict.kind()) {
            case ANSWER -> {
                Optional<Question> question = questionnaire.flatMap(t -> t.question(conflict.key()));
                yield new ConflictWording(
                        question.map(Question::text).orElse("Question " + conflict.key()),
                        answer(question, (RecordedAnswer) conflict.mine()),
                        answer(question, (RecordedAnswer) conflict.theirs()));
            }
            case DETAIL ->
                new ConflictWording(
                        "The " + (conflict.key().equals("system") ? "AI system" : conflict.key()),
                        text(conflict.mine()),
                        text(conflict.theirs()));
            case PLAN_ITEM ->
                new ConflictWording(
                        "Plan item " + title(conflict.mine(), conflict.theirs()),
                        item((PlanItem) conflict.mine()),
                        item((PlanItem) conflict.theirs()));
            case OVERRIDE ->
                new ConflictWording(
                        "Rating override of risk " + conflict.key(),
                        override((RatingOverride) conflict.mine()),
                        override((RatingOverride) conflict.theirs()));
            case COMMENT ->
                new ConflictWording(
                        "Review thread "
                                + thread((Comment) (conflict.mine() != null ? conflict.mine() : conflict.theirs())),
                        resolution((Comment) conflict.mine()),
                        resolution((Comment) conflict.theirs()));
        };
    }

    private static String thread(Comment c) {
        String text = c.text().length() > 60 ? c.text().substring(0, 60) + "\u2026" : c.text();
        return "\u201c" + text + "\u201d";
    }

    private static String resolution(Comment c) {
        if (c == null) {
            return NONE;
        }
        Resolution r = c.resolution();
        return r == null ? "open" : (r.resolved() ? "resolved by " : "re-opened by ") + r.by();
    }

    private static String answer(Optional<Question> question, RecordedAnswer recorded) {
        if (recorded == null) {
            return NONE;
        }
        String answer = recorded.answer() == null
                ? "no answer"
                : question.map(q -> q.describe(recorded.answer()))
                        .orElse(recorded.answer().toString());
        return recorded.note().isEmpty() ? answer : answer + " (note: " + recorded.note() + ")";
    }

    private static String text(Object value) {
        return value == null || value.toString().isEmpty() ? NONE : value.toString();
    }

    private static String title(Object mine, Object theirs) {
        return "\u201c" + ((PlanItem) (mine != null ? mine : theirs)).title() + "\u201d";
    }

    private static String item(PlanItem item) {
        return item == null
                ? "removed"
                : item.title() + ", " + item.decision().name().toLowerCase() + ", "
                        + item.status().name().toLowerCase()
                        + (item.owner().isEmpty() ? "" : ", owner " + item.owner());
    }

    private static String override(RatingOverride o) {
        if (o == null) {
            return "no override";
        }
        return o.notApplicable()
                ? "not applicable: " + o.justification()
                : "likelihood " + o.likelihood() + ", impact " + o.impact() + ": " + o.justification();
    }
}
