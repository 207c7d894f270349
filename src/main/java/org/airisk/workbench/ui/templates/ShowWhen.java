package org.airisk.workbench.ui.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.airisk.workbench.questionnaire.Condition;

/**
 * What the editor's "show when" picker says: clauses such as "question X equals Y" or "X is at least 10", joined by
 * "all of", "any of", or their negations "none of" and "not all of". No clause shows the question always; one
 * clause is that clause alone.
 */
public record ShowWhen(Join join, List<ConditionChoice> clauses) {

    public enum Join {
        ALL("all of these hold", false),
        ANY("any of these holds", false),
        NONE("none of these holds", true),
        NOT_ALL("not all of these hold", true);

        private final String label;
        private final boolean negated;

        Join(String label, boolean negated) {
            this.label = label;
            this.negated = negated;
        }

        public String label() {
            return label;
        }

        /** True for "none of" and "not all of", which say something even of a single clause. */
        public boolean isNegated() {
            return negated;
        }

        Condition join(List<Condition> parts) {
            return switch (this) {
                case ALL -> new Condition.AllOf(parts);
                case ANY -> new Condition.AnyOf(parts);
                case NONE -> new Condition.Not(new Condition.AnyOf(parts));
                case NOT_ALL -> new Condition.Not(new Condition.AllOf(parts));
            };
        }

        /** The join a group condition is written with, and its parts; empty for any other condition. */
        static Optional<Map.Entry<Join, List<Condition>>> of(Condition condition) {
            boolean negated = condition instanceof Condition.Not;
            Condition group = condition instanceof Condition.Not n ? n.condition() : condition;
            for (Join join : values()) {
                if (join.negated == negated) {
                    if (group instanceof Condition.AllOf all && (join == ALL || join == NOT_ALL)) {
                        return Optional.of(Map.entry(join, all.conditions()));
                    }
                    if (group instanceof Condition.AnyOf any && (join == ANY || join == NONE)) {
                        return Optional.of(Map.entry(join, any.conditions()));
                    }
                }
            }
            return Optional.empty();
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
        if (clauses.size() == 1 && !join.negated) {
            return clauses.get(0).toCondition();
        }
        return join.join(clauses.stream().map(ConditionChoice::toCondition).toList());
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
     * The picker's reading of a condition; empty when it is richer than the picker ("in", a nested combination),
     * which the editor then shows as a note and replaces only when asked to.
     */
    public static Optional<ShowWhen> of(Condition condition) {
        if (condition == Condition.always()) {
            return Optional.of(ALWAYS);
        }
        Optional<ConditionChoice> single = ConditionChoice.of(condition);
        if (single.isPresent()) {
            return Optional.of(new ShowWhen(Join.ALL, List.of(single.get())));
        }
        Optional<Map.Entry<Join, List<Condition>>> group = Join.of(condition);
        if (group.isEmpty()) {
            return Optional.empty();
        }
        List<ConditionChoice> clauses = new ArrayList<>();
        for (Condition part : group.get().getValue()) {
            Optional<ConditionChoice> clause = ConditionChoice.of(part);
            if (clause.isEmpty()) {
                return Optional.empty();
            }
            clauses.add(clause.get());
        }
        return Optional.of(new ShowWhen(group.get().getKey(), clauses));
    }
}
