package org.airisk.workbench.ui.templates;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.airisk.workbench.assessment.AssessmentRepository;
import org.airisk.workbench.assessment.RecordedAnswer;
import org.airisk.workbench.questionnaire.MovedAnswer;
import org.airisk.workbench.questionnaire.Question;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.questionnaire.VersionMove;
import org.airisk.workbench.ui.BackgroundWork;
import org.airisk.workbench.ui.UserMessages;

/**
 * Moving the open assessment to a newer version of its questionnaire: reads its answers in the background, lists in
 * the assessor's words what the move adds, removes and changes and what becomes of each answer, and on confirmation
 * saves the move in the background.
 */
public final class VersionMoveViewModel {
    private final UUID assessment;
    private final QuestionnaireTemplate from;
    private final QuestionnaireTemplate to;
    private final AssessmentRepository assessments;
    private final BackgroundWork background;
    private final ObservableList<String> added = FXCollections.observableArrayList();
    private final ObservableList<String> removed = FXCollections.observableArrayList();
    private final ObservableList<String> changed = FXCollections.observableArrayList();
    private final ObservableList<String> carried = FXCollections.observableArrayList();
    private final ObservableList<String> dropped = FXCollections.observableArrayList();
    private final ObservableList<String> toReview = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("Reading the answers\u2026");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private VersionMove move;

    public VersionMoveViewModel(
            UUID assessment,
            QuestionnaireTemplate from,
            QuestionnaireTemplate to,
            AssessmentRepository assessments,
            BackgroundWork background) {
        this.assessment = assessment;
        this.from = from;
        this.to = to;
        this.assessments = assessments;
        this.background = background;
    }

    /** Works out the move from the answers as saved now. */
    public void load() {
        background.submit(
                () -> VersionMove.between(from, to, RecordedAnswer.given(assessments.answers(assessment))),
                this::show,
                failure -> summary.set("The answers could not be read: " + UserMessages.describe(failure)));
    }

    private void show(VersionMove worked) {
        move = worked;
        added.setAll(worked.added().stream().map(Question::text).toList());
        removed.setAll(worked.removed().stream().map(Question::text).toList());
        changed.setAll(worked.changed().stream()
                .map(c -> c.after().text() + " \u2013 " + String.join(" ", c.reasons()))
                .toList());
        carried.setAll(lines(worked.answers(MovedAnswer.Fate.CARRIED), false));
        dropped.setAll(lines(worked.answers(MovedAnswer.Fate.DROPPED), false));
        toReview.setAll(lines(worked.answers(MovedAnswer.Fate.NEEDS_REVIEW), true));
        summary.set(summary(worked));
        ready.set(true);
    }

    private static List<String> lines(List<MovedAnswer> answers, boolean why) {
        return answers.stream()
                .map(a -> a.describe() + (why ? " \u2013 " + a.reason() : ""))
                .toList();
    }

    /** "Of 5 answers, 3 carried over, 1 dropped and 1 to review." */
    static String summary(VersionMove move) {
        int all = move.answers().size();
        if (all == 0) {
            return "No question is answered yet: only the questionnaire changes.";
        }
        return "Of " + count(all, "answer") + ", "
                + move.answers(MovedAnswer.Fate.CARRIED).size() + " carried over, "
                + move.answers(MovedAnswer.Fate.DROPPED).size() + " dropped and "
                + move.answers(MovedAnswer.Fate.NEEDS_REVIEW).size() + " to review.";
    }

    /** What the status line says once the move is saved. */
    public static String outcome(VersionMove move) {
        int review = move.answers(MovedAnswer.Fate.NEEDS_REVIEW).size();
        return "Moved to " + move.to().displayName() + ". "
                + (review == 0
                        ? "No answer needs review."
                        : count(review, "answer") + " need" + (review == 1 ? "s" : "")
                                + " review: " + (review == 1 ? "its" : "their") + " note starts \u201c"
                                + VersionMove.TO_REVIEW + "\u201d.")
                + (move.leftBehind().isEmpty() ? "" : " Answers left behind are kept in the audit trail.");
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    /** Saves the move; {@code moved} runs on the FX thread once it is saved, {@code failed} with why not. */
    public void confirm(Consumer<VersionMove> moved, Consumer<Throwable> failed) {
        VersionMove confirmed = move;
        if (confirmed == null) {
            return;
        }
        ready.set(false);
        background.submit(
                () -> {
                    assessments.moveToVersion(assessment, confirmed);
                    return confirmed;
                },
                moved,
                failure -> {
                    ready.set(true);
                    failed.accept(failure);
                });
    }

    /** "Quick check v1 \u2192 v2". */
    public String title() {
        return from.displayName() + " \u2192 v" + to.version();
    }

    public ObservableList<String> added() {
        return added;
    }

    public ObservableList<String> removed() {
        return removed;
    }

    public ObservableList<String> changed() {
        return changed;
    }

    public ObservableList<String> carried() {
        return carried;
    }

    public ObservableList<String> dropped() {
        return dropped;
    }

    public ObservableList<String> toReview() {
        return toReview;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** True once the move is worked out and while it can be confirmed. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }
}
