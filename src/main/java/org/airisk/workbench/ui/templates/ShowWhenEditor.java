package org.airisk.workbench.ui.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.airisk.workbench.questionnaire.Question;

/**
 * The "show when" picker of the selected question: one {@link ConditionRow} per clause, "all of", "any of", "none
 * of" or "not all of" once there are several (or a negated one), and Add condition. A row added but not yet
 * given its value stays on screen only; it becomes part of the condition once it names a value.
 */
final class ShowWhenEditor extends VBox {
    private final TemplateEditorViewModel model;
    private final ChoiceBox<ShowWhen.Join> join = new ChoiceBox<>();
    private final HBox joinRow;
    private final VBox rows = new VBox(4);
    private final Label always = new Label("Always shown.");
    private final Label note = new Label();
    private final List<ConditionRow> clauseRows = new ArrayList<>();
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
                model.conditions().setJoin(join.getValue());
            }
        });
        joinRow = new HBox(6, new Label("Only if"), join);
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
        List<Question> earlier = model.conditions().earlierQuestions();
        for (int i = 0; i < clauseRows.size(); i++) {
            ConditionChoice clause = i < clauses.size() ? clauses.get(i) : null;
            Question target = clause == null
                    ? null
                    : model.template().question(clause.question()).orElse(null);
            clauseRows.get(i).show(earlier, target, clause);
        }
        ShowWhen.Join joined = read.map(ShowWhen::join).orElse(ShowWhen.Join.ALL);
        join.setValue(joined);
        boolean several = clauseRows.size() > 1 || joined.isNegated();
        joinRow.setVisible(several);
        joinRow.setManaged(several);
        always.setVisible(clauseRows.isEmpty() && read.isPresent());
        always.setManaged(always.isVisible());
        note.setText(
                read.isEmpty()
                        ? "This question has a condition the picker cannot show (a list of values or a"
                                + " nested combination); a condition added here replaces it."
                        : "");
        updating = false;
    }

    private void addRow() {
        updating = true;
        appendRow().show(model.conditions().earlierQuestions(), null, null);
        boolean joined = clauseRows.size() > 1 || join.getValue().isNegated();
        joinRow.setVisible(joined);
        joinRow.setManaged(joined);
        always.setVisible(false);
        always.setManaged(false);
        updating = false;
    }

    private ConditionRow appendRow() {
        ConditionRow row = new ConditionRow(
                model.conditions(),
                clauseRows.size(),
                (i, c) -> model.conditions().setClause(i, c),
                this::remove);
        clauseRows.add(row);
        rows.getChildren().add(row);
        return row;
    }

    /** Rows after a removed one move up by one: the removed clause's row goes, the rest are shown afresh. */
    private void remove(int index) {
        if (index < model.conditions().showWhen().map(w -> w.clauses().size()).orElse(0)) {
            clauseRows.remove(clauseRows.size() - 1);
            rows.getChildren().remove(rows.getChildren().size() - 1);
            model.conditions().removeClause(index);
        } else {
            clauseRows.remove(index);
            rows.getChildren().remove(index);
            refresh(model.selectedQuestion().orElse(null));
        }
    }
}
