package org.airisk.workbench.ui.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.airisk.workbench.questionnaire.AnswerEffect;
import org.airisk.workbench.questionnaire.Condition;
import org.airisk.workbench.questionnaire.Question;

/** A question with one of its answer effects added, changed or removed; the effect keeps its scoring model. */
final class EffectEdits {
    private EffectEdits() {}

    /**
     * A new effect on {@code risk} (blank until one is chosen): likelihood up one step when the question gets its
     * first option, or (a question without options) the answer written in the editor.
     */
    static Question add(Question q, String risk) {
        String first = q.options().isEmpty() ? "" : q.options().get(0).id();
        List<AnswerEffect> effects = new ArrayList<>(q.effects());
        effects.add(AnswerEffect.likelihood(new Condition.Equals(q.id(), first), risk, 1));
        return QuestionEdits.effects(q, effects);
    }

    static Question remove(Question q, int index) {
        List<AnswerEffect> effects = new ArrayList<>(q.effects());
        effects.remove(index);
        return QuestionEdits.effects(q, effects);
    }

    /** The effect holds when the question's answer is (or, several answers, includes) {@code value}. */
    static Question answer(Question q, int index, String value) {
        return change(
                q,
                index,
                e -> new AnswerEffect(
                        new Condition.Equals(q.id(), value.strip()),
                        e.risk(),
                        e.kind(),
                        e.delta(),
                        e.mitigation(),
                        e.sinceModel()));
    }

    static Question risk(Question q, int index, String risk) {
        return change(
                q, index, e -> new AnswerEffect(e.when(), risk, e.kind(), e.delta(), e.mitigation(), e.sinceModel()));
    }

    /** Another kind of effect: a step up by one when it becomes a likelihood or impact change with none yet. */
    static Question kind(Question q, int index, AnswerEffect.Kind kind) {
        return change(q, index, e -> {
            boolean steps = kind == AnswerEffect.Kind.LIKELIHOOD || kind == AnswerEffect.Kind.IMPACT;
            int delta = steps ? (e.delta() == 0 ? 1 : e.delta()) : 0;
            String mitigation = kind == AnswerEffect.Kind.CONTROL ? e.mitigation() : "";
            return new AnswerEffect(e.when(), e.risk(), kind, delta, mitigation, e.sinceModel());
        });
    }

    static Question step(Question q, int index, int delta) {
        return change(
                q, index, e -> new AnswerEffect(e.when(), e.risk(), e.kind(), delta, e.mitigation(), e.sinceModel()));
    }

    static Question mitigation(Question q, int index, String mitigation) {
        return change(
                q, index, e -> new AnswerEffect(e.when(), e.risk(), e.kind(), e.delta(), mitigation, e.sinceModel()));
    }

    private static Question change(Question q, int index, UnaryOperator<AnswerEffect> edit) {
        if (index < 0 || index >= q.effects().size()) {
            return q;
        }
        List<AnswerEffect> effects = new ArrayList<>(q.effects());
        effects.set(index, edit.apply(effects.get(index)));
        return QuestionEdits.effects(q, effects);
    }
}
