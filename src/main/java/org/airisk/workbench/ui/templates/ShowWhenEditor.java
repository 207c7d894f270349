package org.airisk.workbench.ui.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.airisk.workbench.questionnaire.Option;
import org.airisk.workbench.questionnaire.Question;
import org.airisk.workbench.questionnaire.QuestionType;
import org.airisk.workbench.ui.Buttons;

/**
 * The "show when" picker of the selected question: one row per clause (an earlier question, equals or does not
 * equal, a value), "all of" or "any of" once there are several, and Add condition. A row added but not yet
 * given its value stays on screen only; it becomes part of the condition once it names a value.
 */
final class ShowWhenEditor extends VBox {
    private final TemplateEditorViewModel model;
    private final ChoiceBox<ShowWhen.Join> join = new ChoiceBox<>();
    private final HBox joinRow;
    private final VBox rows = new VBox(4);
    private final Label always = new Label("Always shown.");
    private final Label note = new Label();
    private final List<ClauseRow> clauseRows = new ArrayList<>();
    private String shownFor;
    private boolean updating;

    ShowWhenEditor(TemplateEditorViewModel model) {
        super(4);
        this.model = model;
        join.setId("condition-join");
        join.getItems().setAll(ShowWhen.Join.values());
        join.setConverter(QuestionEditorView.converter(ShowWhen.Join::label));
        join.setOnAction(e -> {
            if (!updating && join.getValue() != null) {
                model.setConditionJoin(join.getValue());
            }
        });
        joinRow = new HBox(6, new Label("Shown when"), join);
        joinRow.setAlignment(Pos.CENTER_LEFT);
        always.getStyleClass().add("text-muted");
        note.setWrapText(true);
        note.getStyleClass().add("text-muted");
        Button add = TemplateEditorView.button("Add condition", "condition-add", this::addRow);
        getChildren().addAll(always, joinRow, rows, add, note);
    }

    void refresh(Question q) {
        updating = true;
        String id = q == null ? null : q.id();
        Optional<ShowWhen> read = q == null ? Optional.of(ShowWhen.ALWAYS) : ShowWhen.of(q.showIf());
        List<ConditionChoice> clauses = read.map(ShowWhen::clauses).orElse(List.of());
        boolean samePending = id != null && id.equals(shownFor) && clauseRows.size() == clauses.size() + 1;
        if (!samePending && clauseRows.size() != clauses.size() || id == null || !id.equals(shownFor)) {
            clauseRows.clear();
            rows.getChildren().clear();
            for (int i = 0; i < clauses.size(); i++) {
                appendRow();
            }
        }
        shownFor = id;
        List<Question> earlier = model.earlierQuestions();
        for (int i = 0; i < clauseRows.size(); i++) {
            clauseRows.get(i).show(earlier, i < clauses.size() ? clauses.get(i) : null);
        }
        join.setValue(read.map(ShowWhen::join).orElse(ShowWhen.Join.ALL));
        boolean several = clauseRows.size() > 1;
        joinRow.setVisible(several);
        joinRow.setManaged(several);
        always.setVisible(clauseRows.isEmpty() && read.isPresent());
        always.setManaged(always.isVisible());
        note.setText(
                read.isEmpty()
                        ? "This question has a condition the picker cannot show (a comparison, a list of"
                                + " values or a nested combination); a condition added here replaces it."
                        : "");
        updating = false;
    }

    private void addRow() {
        updating = true;
        appendRow().show(model.earlierQuestions(), null);
        joinRow.setVisible(clauseRows.size() > 1);
        joinRow.setManaged(clauseRows.size() > 1);
        always.setVisible(false);
        always.setManaged(false);
        updating = false;
    }

    private ClauseRow appendRow() {
        ClauseRow row = new ClauseRow(clauseRows.size());
        clauseRows.add(row);
        rows.getChildren().add(row);
        return row;
    }

    /** Rows after a removed one move up by one: the removed clause's row goes, the rest are shown afresh. */
    private void remove(int index) {
        if (index < model.showWhen().map(w -> w.clauses().size()).orElse(0)) {
            clauseRows.remove(clauseRows.size() - 1);
            rows.getChildren().remove(rows.getChildren().size() - 1);
            model.removeConditionClause(index);
        } else {
            clauseRows.remove(index);
            rows.getChildren().remove(index);
            refresh(model.selectedQuestion().orElse(null));
        }
    }

    private final class ClauseRow extends VBox {
        private final int index;
        private final ComboBox<Question> question = new ComboBox<>();
        private final ChoiceBox<ConditionChoice.Operator> operator = new ChoiceBox<>();
        private final ComboBox<Option> option = new ComboBox<>();
        private final TextField text = new TextField();

        ClauseRow(int index) {
            super(4);
            this.index = index;
            question.setId("condition-question-" + index);
            operator.setId("condition-operator-" + index);
            option.setId("condition-option-" + index);
            text.setId("condition-text-" + index);
            question.setCellFactory(list -> QuestionEditorView.cell(ShowWhenEditor::questionName));
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
            operator.getItems().setAll(ConditionChoice.Operator.values());
            operator.setValue(ConditionChoice.Operator.EQUALS);
            operator.setMinWidth(Region.USE_PREF_SIZE);
            option.setCellFactory(list -> QuestionEditorView.cell(o -> o == null ? "" : o.label()));
            option.setButtonCell(QuestionEditorView.cell(o -> o == null ? "" : o.label()));
            option.setPromptText("Choose the answer");
            option.setPrefWidth(140);
            text.setPrefColumnCount(7);
            Button remove = TemplateEditorView.button("\u2715", "condition-remove-" + index, () -> remove(index));
            Buttons.hint(remove, "Remove this condition", null);
            question.setOnAction(e -> chosen());
            operator.setOnAction(e -> chosen());
            option.setOnAction(e -> chosen());
            text.textProperty().addListener((o, old, now) -> chosen());
            question.setMaxWidth(Double.MAX_VALUE);
            HBox test = new HBox(6, operator, option, text, remove);
            test.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(option, Priority.ALWAYS);
            HBox.setHgrow(text, Priority.ALWAYS);
            option.setMaxWidth(Double.MAX_VALUE);
            getChildren().addAll(question, test);
            getStyleClass().add("condition-clause");
        }

        void show(List<Question> earlier, ConditionChoice clause) {
            boolean was = updating;
            updating = true;
            question.getItems().setAll(earlier);
            Question target = clause == null
                    ? question.getValue()
                    : model.template().question(clause.question()).orElse(null);
            if (target != null && !earlier.contains(target)) {
                question.getItems().add(target);
            }
            question.setValue(target);
            if (clause != null) {
                operator.setValue(clause.operator());
            }
            showValueField(target);
            if (target != null && target.type().hasOptions()) {
                option.setValue(
                        clause == null
                                ? option.getValue()
                                : target.option(clause.value()).orElse(null));
            } else if (clause != null && !text.getText().equals(clause.value())) {
                text.setText(clause.value());
            }
            updating = was;
        }

        private void showValueField(Question target) {
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
            operator.setConverter(QuestionEditorView.converter(op -> op.label(type)));
        }

        /** A clause becomes part of the condition once it names a question and a value. */
        private void chosen() {
            if (updating) {
                return;
            }
            Question target = question.getValue();
            String value = target == null
                    ? ""
                    : target.type().hasOptions()
                            ? Optional.ofNullable(option.getValue())
                                    .map(Option::id)
                                    .orElse("")
                            : text.getText();
            if (target == null || value.isBlank()) {
                updating = true;
                showValueField(target);
                updating = false;
                return;
            }
            model.setConditionClause(index, new ConditionChoice(target.id(), operator.getValue(), value));
        }
    }

    private static final int SHORT = 32;

    static String shortName(Question q) {
        String text = q.text().length() <= SHORT
                ? q.text()
                : q.text().substring(0, SHORT).strip() + "\u2026";
        return text;
    }

    private static String questionName(Question q) {
        return q == null ? "" : q.text() + "  (" + q.id() + ")";
    }
}
