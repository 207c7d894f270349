package org.airisk.workbench.questionnaire;

import java.util.Objects;

/**
 * What an answer says about a risk, declared in the template: when the condition on the question's answer holds,
 * the risk does not apply, its likelihood or impact moves by {@code delta}, or a control (a mitigation already
 * in place) counts against it. Scoring reads these; the engine only carries and validates them.
 */
public record AnswerEffect(Condition when, String risk, Kind kind, int delta, String mitigation, int sinceModel) {
    public static final int MAX_DELTA = 3;
    /** Effects without a "sinceModel" count from the first scoring model on. */
    public static final int FIRST_MODEL = 1;

    public enum Kind {
        NOT_APPLICABLE,
        LIKELIHOOD,
        IMPACT,
        CONTROL
    }

    public AnswerEffect {
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(risk, "risk");
        Objects.requireNonNull(kind, "kind");
        mitigation = mitigation == null ? "" : mitigation;
        if (sinceModel < FIRST_MODEL) {
            throw new IllegalArgumentException("sinceModel is 1 or more, not " + sinceModel);
        }
    }

    public AnswerEffect(Condition when, String risk, Kind kind, int delta, String mitigation) {
        this(when, risk, kind, delta, mitigation, FIRST_MODEL);
    }

    /**
     * This effect counted only by scoring models from {@code model} on, so that an assessment scored on an older
     * model keeps its ratings when the templates learn more context.
     */
    public AnswerEffect since(int model) {
        return new AnswerEffect(when, risk, kind, delta, mitigation, model);
    }

    /** True when a scoring model of this number reads the effect. */
    public boolean countsFor(int model) {
        return model >= sinceModel;
    }

    public static AnswerEffect notApplicable(Condition when, String risk) {
        return new AnswerEffect(when, risk, Kind.NOT_APPLICABLE, 0, null);
    }

    public static AnswerEffect likelihood(Condition when, String risk, int delta) {
        return new AnswerEffect(when, risk, Kind.LIKELIHOOD, delta, null);
    }

    public static AnswerEffect impact(Condition when, String risk, int delta) {
        return new AnswerEffect(when, risk, Kind.IMPACT, delta, null);
    }

    public static AnswerEffect control(Condition when, String risk, String mitigation) {
        return new AnswerEffect(when, risk, Kind.CONTROL, 0, mitigation);
    }
}
