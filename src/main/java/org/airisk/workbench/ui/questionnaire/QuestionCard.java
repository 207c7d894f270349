package org.airisk.workbench.ui.questionnaire;

import atlantafx.base.theme.Styles;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.airisk.workbench.format.UserFormats;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.Question;

/** One question on screen: its text, why we ask, examples, the answer control and the assessor's note. */
final class QuestionCard extends VBox {
    private final Question question;
    private final Node focusTarget;

    QuestionCard(Question question, QuestionnaireViewModel model, UserFormats formats) {
        super(8);
        this.question = question;
        setId("question-" + question.id());
        getStyleClass().add("question-card");
        setPadding(new Insets(14, 16, 14, 16));

        Label text = new Label(question.text() + (question.required() ? "  *" : ""));
        text.getStyleClass().addAll(Styles.TITLE_4, "question-text");
        text.setWrapText(true);
        getChildren().add(text);

        if (!question.help().isBlank()) {
            Label help = new Label("Why we ask: " + question.help());
            help.getStyleClass().addAll(Styles.TEXT_MUTED, "question-help");
            help.setWrapText(true);
            getChildren().add(help);
        }
        if (!question.examples().isEmpty()) {
            Label examples = new Label("For example: " + String.join("; ", question.examples()));
            examples.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL, Styles.TEXT_ITALIC);
            examples.setWrapText(true);
            getChildren().add(examples);
        }

        AnswerEditors.Editor editor = AnswerEditors.create(question, model.answerProperty(question.id()), formats);
        focusTarget = editor.focusTarget();
        focusTarget.setId("answer-" + question.id());
        VBox.setMargin(editor.node(), new Insets(4, 0, 0, 0));
        getChildren().add(editor.node());
        editor.node().disableProperty().bind(model.readOnlyProperty());

        TextArea note = new TextArea(model.noteProperty(question.id()).get());
        note.setId("note-" + question.id());
        note.setPromptText("Assessor note (optional): evidence, sources, doubts");
        note.setPrefRowCount(2);
        note.setWrapText(true);
        note.getStyleClass().add("assessor-note");
        note.textProperty().bindBidirectional(model.noteProperty(question.id()));
        if (question.allowsNotApplicable()) {
            Runnable mark =
                    () -> askForReason(note, model.answerProperty(question.id()).get());
            model.answerProperty(question.id()).addListener((obs, old, answer) -> mark.run());
            note.textProperty().addListener((obs, old, written) -> mark.run());
            mark.run();
        }
        note.editableProperty().bind(model.readOnlyProperty().not());
        getChildren().add(note);

        visibleProperty().bind(model.shownProperty(question.id()));
        managedProperty().bind(visibleProperty());
    }

    private static final PseudoClass NEEDS_REASON = PseudoClass.getPseudoClass("needs-reason");

    /** "Not applicable" needs a reason: the note asks for it, and is marked while it is empty. */
    private static void askForReason(TextArea note, Answer answer) {
        boolean notApplicable = Question.isNotApplicable(answer);
        note.setPromptText(
                notApplicable
                        ? "Why does this not apply to this system? (required)"
                        : "Assessor note (optional): evidence, sources, doubts");
        note.pseudoClassStateChanged(
                NEEDS_REASON, notApplicable && note.getText().isBlank());
    }

    Question question() {
        return question;
    }

    void focusAnswer() {
        focusTarget.requestFocus();
    }
}
