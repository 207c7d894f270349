package org.airisk.workbench.questionnaire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Moving an assessment from the questionnaire version it was answered on to a newer version of the same
 * questionnaire, worked out before anything is saved: the questions added, removed and changed, and what becomes of
 * each answer. An answer is carried when its question is asked unchanged; it needs review when its question changed
 * (and is cleared when the new question cannot take it); it is dropped when its question is gone.
 */
public final class VersionMove {
    /** What the note of an answer to review starts with after a move, so the assessor can find them all. */
    public static final String TO_REVIEW = "To review after the move to a newer questionnaire version:";

    private final QuestionnaireTemplate from;
    private final QuestionnaireTemplate to;
    private final List<Question> added = new ArrayList<>();
    private final List<Question> removed = new ArrayList<>();
    private final List<QuestionChange> changed = new ArrayList<>();
    private final List<MovedAnswer> answers = new ArrayList<>();

    private VersionMove(QuestionnaireTemplate from, QuestionnaireTemplate to) {
        this.from = from;
        this.to = to;
    }

    /**
     * @param answers the answers given on {@code from}, by question id
     * @throws IllegalArgumentException when {@code to} is not a newer version of the same questionnaire
     */
    public static VersionMove between(
            QuestionnaireTemplate from, QuestionnaireTemplate to, Map<String, Answer> answers) {
        Objects.requireNonNull(answers, "answers");
        if (!from.id().equals(to.id()) || to.version() <= from.version()) {
            throw new IllegalArgumentException("not a newer version of " + from.id() + " v" + from.version() + ": "
                    + to.id() + " v" + to.version());
        }
        VersionMove move = new VersionMove(from, to);
        to.questions().filter(q -> from.question(q.id()).isEmpty()).forEach(move.added::add);
        from.questions().forEach(before -> move.compare(before, answers.get(before.id())));
        return move;
    }

    private void compare(Question before, Answer answer) {
        Optional<Question> after = to.question(before.id());
        if (after.isEmpty()) {
            removed.add(before);
            if (answer != null) {
                answers.add(new MovedAnswer(
                        before, answer, MovedAnswer.Fate.DROPPED, false, "The newer version no longer asks it."));
            }
            return;
        }
        Optional<QuestionChange> change = QuestionChange.between(before, after.get());
        change.ifPresent(changed::add);
        if (answer == null) {
            return;
        }
        boolean fits = AnswerFits.fits(after.get(), answer);
        if (change.isEmpty() && fits) {
            answers.add(new MovedAnswer(before, answer, MovedAnswer.Fate.CARRIED, true, ""));
            return;
        }
        String reason = change.map(c -> String.join(" ", c.reasons())).orElse("");
        if (!fits) {
            reason = ("The answer given is not one the question takes now, so it is cleared. " + reason).strip();
        }
        answers.add(new MovedAnswer(before, answer, MovedAnswer.Fate.NEEDS_REVIEW, fits, reason));
    }

    public QuestionnaireTemplate from() {
        return from;
    }

    public QuestionnaireTemplate to() {
        return to;
    }

    /** Questions only the newer version asks, in its order. */
    public List<Question> added() {
        return List.copyOf(added);
    }

    /** Questions only the older version asks, in its order. */
    public List<Question> removed() {
        return List.copyOf(removed);
    }

    /** Questions both ask that differ, answered or not, in the older version's order. */
    public List<QuestionChange> changed() {
        return List.copyOf(changed);
    }

    /** Every answer given, with what becomes of it, in the older version's order. */
    public List<MovedAnswer> answers() {
        return List.copyOf(answers);
    }

    public List<MovedAnswer> answers(MovedAnswer.Fate fate) {
        return answers.stream().filter(a -> a.fate() == fate).toList();
    }

    /** Answers the newer version does not keep: dropped, or cleared because the changed question cannot take them. */
    public List<MovedAnswer> leftBehind() {
        return answers.stream().filter(a -> !a.kept()).toList();
    }

    /** The answers the assessment has on the newer version. */
    public Map<String, Answer> answersAfter() {
        Map<String, Answer> after = new LinkedHashMap<>();
        answers.stream()
                .filter(MovedAnswer::kept)
                .forEach(a -> after.put(a.question().id(), a.answer()));
        return after;
    }

    /** The note a needing-review answer's question has after the move: why, in front of the note it had. */
    public static String noteToReview(MovedAnswer answer, String noteBefore) {
        String before = noteBefore == null ? "" : noteBefore;
        return TO_REVIEW + " " + answer.reason() + (before.isBlank() ? "" : "\n" + before);
    }

    /** True when the versions ask the same questions the same way: moving changes only the version number. */
    public boolean changesNoQuestion() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }
}
