package org.airisk.workbench.ui.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.airisk.workbench.questionnaire.Question;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;

/**
 * The editor's changes to the selected question's "show when" condition, clause by clause, each one undoable step
 * of the editor it belongs to. A comparison whose value is not a number is not applied: there is no such condition.
 */
public final class ShowWhenEdits {
    private final Supplier<QuestionnaireTemplate> template;
    private final Supplier<Optional<Question>> selected;
    private final Consumer<UnaryOperator<Question>> edit;

    ShowWhenEdits(
            Supplier<QuestionnaireTemplate> template,
            Supplier<Optional<Question>> selected,
            Consumer<UnaryOperator<Question>> edit) {
        this.template = template;
        this.selected = selected;
        this.edit = edit;
    }

    /** Shows the question only when the choice holds; null shows it always. */
    public void setCondition(ConditionChoice choice) {
        setShowWhen(choice == null ? ShowWhen.ALWAYS : new ShowWhen(ShowWhen.Join.ALL, List.of(choice)));
    }

    public void setShowWhen(ShowWhen showWhen) {
        edit.accept(q -> QuestionEdits.showIf(q, showWhen.toCondition()));
    }

    /**
     * The selected question's condition as the picker reads it: no clauses when it is always shown, empty when it
     * is richer than the picker can show.
     */
    public Optional<ShowWhen> showWhen() {
        return selected.get().flatMap(q -> ShowWhen.of(q.showIf()));
    }

    /**
     * Sets one clause of the condition ({@code index} one past the last adds a clause); a condition richer than
     * the picker is replaced by this clause. A comparison with something other than a number changes nothing.
     */
    public void setClause(int index, ConditionChoice clause) {
        if (clause.operator().isComparison()
                && !ClauseCheck.isNumber(clause.value().strip())) {
            return;
        }
        ShowWhen now = showWhen().orElse(ShowWhen.ALWAYS);
        setShowWhen(now.with(Math.min(index, now.clauses().size()), clause));
    }

    public void removeClause(int index) {
        showWhen().filter(w -> index >= 0 && index < w.clauses().size()).ifPresent(w -> setShowWhen(w.without(index)));
    }

    /** Whether all the clauses must hold, any one of them, none of them, or not all of them. */
    public void setJoin(ShowWhen.Join join) {
        showWhen().ifPresent(w -> setShowWhen(w.joined(join)));
    }

    /** What is wrong with a clause as the picker shows it, for the line next to its value; empty when fine. */
    public Optional<String> problemOf(ConditionChoice clause) {
        return ClauseCheck.problem(
                template.get().question(clause.question()).orElse(null), clause.operator(), clause.value());
    }

    /** The questions asked before the selected one: those its condition may read. */
    public List<Question> earlierQuestions() {
        Optional<Question> at = selected.get();
        List<Question> earlier = new ArrayList<>();
        for (Question q : (Iterable<Question>) template.get().questions()::iterator) {
            if (at.isEmpty() || q.id().equals(at.get().id())) {
                break;
            }
            earlier.add(q);
        }
        return earlier;
    }
}
