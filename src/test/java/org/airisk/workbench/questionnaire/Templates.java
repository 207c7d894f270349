package org.airisk.workbench.questionnaire;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** Small templates built in code for engine tests. */
final class Templates {
    private Templates() {}

    static Question q(String id, QuestionType type, boolean required, Condition showIf, String... options) {
        List<Option> opts = Arrays.stream(options).map(o -> new Option(o, o)).toList();
        return new Question(id, type, "Question " + id, "", List.of(), required, opts, null, null, null, showIf);
    }

    static Question q(String id, QuestionType type, boolean required, String... options) {
        return q(id, type, required, null, options);
    }

    static Section section(String id, Condition showIf, Question... questions) {
        return new Section(id, "Section " + id, "", showIf, List.of(questions));
    }

    static QuestionnaireTemplate template(Section... sections) {
        return new QuestionnaireTemplate("t", 1, "Test", "", List.of(sections));
    }

    static Condition is(String question, String value) {
        return new Condition.Equals(question, value);
    }

    static Condition atLeast(String question, int bound) {
        return new Condition.Compare(question, Condition.Comparison.AT_LEAST, BigDecimal.valueOf(bound));
    }
}
