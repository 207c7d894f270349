package org.airisk.workbench.ui.templates;

import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import org.airisk.workbench.questionnaire.AnswerEffect;
import org.airisk.workbench.questionnaire.Question;

/**
 * The editor's changes to the answer effects of the selected question, each an undoable step of the editor; typing
 * on in one effect's answer field is one step.
 */
public final class AnswerEffectsEdits {
    /** Applies an edit to the selected question; a non-null field name joins typing in that field into one step. */
    private final BiConsumer<String, UnaryOperator<Question>> edit;

    AnswerEffectsEdits(BiConsumer<String, UnaryOperator<Question>> edit) {
        this.edit = edit;
    }

    /** Adds an effect of the selected question on a risk (blank: chosen next); likelihood +1 on its first option. */
    public void add(String risk) {
        edit.accept(null, q -> EffectEdits.add(q, risk));
    }

    public void remove(int index) {
        edit.accept(null, q -> EffectEdits.remove(q, index));
    }

    /** The answer (an option id, or a text or number written out) that brings the effect into force. */
    public void setAnswer(int index, String value) {
        edit.accept("effect-answer-" + index, q -> EffectEdits.answer(q, index, value));
    }

    public void setRisk(int index, String risk) {
        edit.accept(null, q -> EffectEdits.risk(q, index, risk));
    }

    public void setKind(int index, AnswerEffect.Kind kind) {
        edit.accept(null, q -> EffectEdits.kind(q, index, kind));
    }

    /** How far a likelihood or impact effect moves the risk, -3 to 3. */
    public void setStep(int index, int delta) {
        edit.accept(null, q -> EffectEdits.step(q, index, delta));
    }

    /** The mitigation a control effect says is in place. */
    public void setMitigation(int index, String mitigation) {
        edit.accept(null, q -> EffectEdits.mitigation(q, index, mitigation));
    }
}
