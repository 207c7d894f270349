package org.airisk.workbench.ui.templates;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.airisk.workbench.questionnaire.Option;
import org.airisk.workbench.questionnaire.Question;
import org.airisk.workbench.questionnaire.QuestionType;
import org.airisk.workbench.ui.Buttons;

/**
 * One clause of the "show when" picker: the earlier question it reads, how it tests the answer (equals, does not
 * equal, or a comparison for a number or scale), and the value, picked from the question's answers or typed. What
 * is wrong with the value shows under it as it is typed; the clause reaches the questionnaire once it is right.
 */
final class ConditionRow extends VBox {
    private final ShowWhenEdits edits;
    private final int index;
    private final BiConsumer<Integer, ConditionChoice> chosen;
    private final ComboBox<Question> question = new ComboBox<>();
    private final OperatorBox operator = new OperatorBox();
    private final ComboBox<Option> option = new ComboBox<>();
    private final TextField text = new TextField();
    private final Label problem = new Label();
    private boolean updating;

    ConditionRow(ShowWhenEdits edits, int index, BiConsumer<Integer, ConditionChoice> chosen, IntConsumer remove) {
        super(4);
        this.edits = edits;
        this.index = index;
        this.chosen = chosen;
        question.setId("condition-question-" + index);
        operator.setId("condition-operator-" + index);
        option.setId("condition-option-" + index);
        text.setId("condition-text-" + index);
        problem.setId("condition-problem-" + index);
        question.setCellFactory(list -> QuestionEditorView.cell(ConditionRow::questionName));
        question.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Question item, boolean empty) {
                super.updateItem(item, empty);
                // the chosen question in short (the list below shows it whole), so the row stays narrow
                setText(empty || item == null ? "Choose a question" : shortName(item));
                setTooltip(empty || item == null ? null : new Tooltip(questionName(item)));
            }
        });
        question.setPromptText("Choose a question");
        question.setMaxWidth(Double.MAX_VALUE);
        question.setMinWidth(120);
        operator.getItems().setAll(ConditionChoice.Operator.offeredFor(null));
        operator.setValue(ConditionChoice.Operator.EQUALS);
        option.setCellFactory(list -> QuestionEditorView.cell(o -> o == null ? "" : o.label()));
        option.setButtonCell(QuestionEditorView.cell(o -> o == null ? "" : o.label()));
        option.setPromptText("Choose the answer");
        option.setPrefWidth(140);
        option.setMaxWidth(Double.MAX_VALUE);
        text.setPrefColumnCount(7);
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        Button removeButton =
                TemplateEditorView.button("\u2715", "condition-remove-" + index, () -> remove.accept(index));
        Buttons.hint(removeButton, "Remove this condition", null);
        question.setOnAction(e -> chosen());
        operator.setOnAction(e -> chosen());
        option.setOnAction(e -> chosen());
        text.textProperty().addListener((o, old, now) -> chosen());
        HBox test = new HBox(6, operator, option, text, removeButton);
        test.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(option, Priority.ALWAYS);
        HBox.setHgrow(text, Priority.ALWAYS);
        getChildren().addAll(question, test, problem);
        getStyleClass().add("condition-clause");
    }

    /** Shows {@code clause} (null keeps what the row shows, for a row not yet part of the condition). */
    void show(List<Question> earlier, Question target, ConditionChoice clause) {
        updating = true;
        question.getItems().setAll(earlier);
        Question shown = clause == null ? question.getValue() : target;
        if (shown != null && !earlier.contains(shown)) {
            question.getItems().add(shown);
        }
        question.setValue(shown);
        showValueField(shown, clause == null ? operator.getValue() : clause.operator());
        if (shown != null && shown.type().hasOptions()) {
            option.setValue(
                    clause == null
                            ? option.getValue()
                            : shown.option(clause.value()).orElse(null));
        } else if (clause != null && !text.getText().equals(clause.value())) {
            text.setText(clause.value());
        }
        showProblem(clause);
        updating = false;
    }

    private void showValueField(Question target, ConditionChoice.Operator op) {
        boolean byOption = target != null && target.type().hasOptions();
        if (byOption && !option.getItems().equals(target.options())) {
            option.getItems().setAll(target.options());
        }
        option.setVisible(byOption);
        option.setManaged(byOption);
        text.setVisible(!byOption);
        text.setManaged(!byOption);
        text.setDisable(target == null);
        operator.setDisable(target == null);
        QuestionType type = target == null ? null : target.type();
        List<ConditionChoice.Operator> offered = ConditionChoice.Operator.offeredFor(type);
        operator.setConverter(QuestionEditorView.converter(o -> o.label(type)));
        if (!operator.getItems().equals(offered)) {
            operator.getItems().setAll(offered);
        }
        operator.setValue(op != null && offered.contains(op) ? op : ConditionChoice.Operator.EQUALS);
        text.setPromptText(type != null && type.isNumeric() ? "A number" : "The answer");
    }

    /** The clause the row shows now, whatever is wrong with it; empty until a question is chosen. */
    private Optional<ConditionChoice> current() {
        Question target = question.getValue();
        if (target == null) {
            return Optional.empty();
        }
        String value = target.type().hasOptions()
                ? Optional.ofNullable(option.getValue()).map(Option::id).orElse("")
                : text.getText();
        return Optional.of(new ConditionChoice(target.id(), operator.getValue(), value));
    }

    /** The row's problem, once there is a value to judge (a row just added is not told off). */
    private void showProblem(ConditionChoice clause) {
        Optional<String> said = clause == null || clause.value().isBlank() ? Optional.empty() : edits.problemOf(clause);
        problem.setText(said.orElse(""));
        problem.setVisible(said.isPresent());
        problem.setManaged(said.isPresent());
    }

    /** A clause becomes part of the condition once it names a question and a value that fits it. */
    private void chosen() {
        if (updating) {
            return;
        }
        updating = true;
        Question target = question.getValue();
        showValueField(target, operator.getValue());
        updating = false;
        Optional<ConditionChoice> clause = current();
        showProblem(clause.orElse(null));
        if (clause.isPresent()
                && problem.getText().isEmpty()
                && !clause.get().value().isBlank()) {
            chosen.accept(index, clause.get());
        }
    }

    private static final int SHORT = 32;

    static String shortName(Question q) {
        return q.text().length() <= SHORT
                ? q.text()
                : q.text().substring(0, SHORT).strip() + "\u2026";
    }

    private static String questionName(Question q) {
        return q == null ? "" : q.text() + "  (" + q.id() + ")";
    }
}
