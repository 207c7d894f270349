package org.airisk.workbench.ui.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.airisk.workbench.questionnaire.Condition;

/**
 * What the editor's "show when" picker says: clauses of the form "question X equals (or does not equal) Y",
 * joined by "all of" or "any of". No clause shows the question always; one clause is that clause alone.
 */
public record ShowWhen(Join join, List<ConditionChoice> clauses) {

    public enum Join {
        ALL("all of these hold"),
        ANY("any of these holds");

        private final String label;

        Join(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static final ShowWhen ALWAYS = new ShowWhen(Join.ALL, List.of());

    public ShowWhen {
        clauses = List.copyOf(clauses);
    }

    public Condition toCondition() {
        if (clauses.isEmpty()) {
            return Condition.always();
        }
        if (clauses.size() == 1) {
            return clauses.get(0).toCondition();
        }
        List<Condition> parts =
                clauses.stream().map(ConditionChoice::toCondition).toList();
        return join == Join.ALL ? new Condition.AllOf(parts) : new Condition.AnyOf(parts);
    }

    /** The clause at {@code index} replaced; an index one past the last adds it. */
    public ShowWhen with(int index, ConditionChoice clause) {
        List<ConditionChoice> changed = new ArrayList<>(clauses);
        if (index == changed.size()) {
            changed.add(clause);
        } else {
            changed.set(index, clause);
        }
        return new ShowWhen(join, changed);
    }

    public ShowWhen without(int index) {
        List<ConditionChoice> changed = new ArrayList<>(clauses);
        changed.remove(index);
        return new ShowWhen(join, changed);
    }

    public ShowWhen joined(Join by) {
        return new ShowWhen(by, clauses);
    }

    /**
     * The picker's reading of a condition; empty when it is richer than the picker (a comparison, "in", a nested
     * combination), which the editor then shows as a note and replaces only when asked to.
     */
    public static Optional<ShowWhen> of(Condition condition) {
        if (condition == Condition.always()) {
            return Optional.of(ALWAYS);
        }
        Optional<ConditionChoice> single = ConditionChoice.of(condition);
        if (single.isPresent()) {
            return Optional.of(new ShowWhen(Join.ALL, List.of(single.get())));
        }
        List<Condition> parts;
        Join join;
        if (condition instanceof Condition.AllOf all) {
            parts = all.conditions();
            join = Join.ALL;
        } else if (condition instanceof Condition.AnyOf any) {
            parts = any.conditions();
            join = Join.ANY;
        } else {
            return Optional.empty();
        }
        List<ConditionChoice> clauses = new ArrayList<>();
        for (Condition part : parts) {
            Optional<ConditionChoice> clause = ConditionChoice.of(part);
            if (clause.isEmpty()) {
                return Optional.empty();
            }
            clauses.add(clause.get());
        }
        return Optional.of(new ShowWhen(join, clauses));
    }
}
