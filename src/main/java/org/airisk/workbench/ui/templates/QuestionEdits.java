package org.airisk.workbench.ui.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.airisk.workbench.questionnaire.AnswerEffect;
import org.airisk.workbench.questionnaire.Condition;
import org.airisk.workbench.questionnaire.Option;
import org.airisk.workbench.questionnaire.Question;
import org.airisk.workbench.questionnaire.QuestionType;

/** A question with one thing changed: the records are immutable, so each edit makes the changed copy. */
final class QuestionEdits {
    private QuestionEdits() {}

    static Question blank(String id) {
        return new Question(
                id,
                QuestionType.YES_NO_UNSURE,
                "New question",
                "",
                List.of(),
                false,
                List.of(),
                null,
                null,
                null,
                null);
    }

    static Question text(Question q, String text) {
        return copy(q, q.type(), text, q.help(), q.examples(), q.required(), q.options(), q.showIf());
    }

    static Question help(Question q, String help) {
        return copy(q, q.type(), q.text(), help, q.examples(), q.required(), q.options(), q.showIf());
    }

    /** Examples one a line, as the editor shows them; blank lines are dropped. */
    static Question examples(Question q, String lines) {
        List<String> examples =
                lines.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        return copy(q, q.type(), q.text(), q.help(), examples, q.required(), q.options(), q.showIf());
    }

    static Question required(Question q, boolean required) {
        return copy(q, q.type(), q.text(), q.help(), q.examples(), required, q.options(), q.showIf());
    }

    /**
     * The question asked another way. Choice questions keep their options; a question that takes no options
     * loses them (yes/no questions carry their fixed three themselves).
     */
    static Question type(Question q, QuestionType type) {
        boolean keeps = type == QuestionType.SINGLE_CHOICE || type == QuestionType.MULTIPLE_CHOICE;
        List<Option> options = keeps && q.type() != QuestionType.YES_NO_UNSURE ? q.options() : List.of();
        return copy(q, type, q.text(), q.help(), q.examples(), q.required(), options, q.showIf());
    }

    static Question showIf(Question q, Condition condition) {
        return copy(q, q.type(), q.text(), q.help(), q.examples(), q.required(), q.options(), condition);
    }

    static Question addOption(Question q) {
        Set<String> taken = q.options().stream().map(Option::id).collect(Collectors.toSet());
        int n = q.options().size() + 1;
        while (taken.contains("option_" + n)) {
            n++;
        }
        List<Option> options = new ArrayList<>(q.options());
        options.add(new Option("option_" + n, "Option " + n));
        return withOptions(q, options);
    }

    /** The option's label changed; its id, which answers are stored by, stays. */
    static Question optionLabel(Question q, int index, String label) {
        List<Option> options = new ArrayList<>(q.options());
        Option old = options.get(index);
        options.set(index, new Option(old.id(), label, old.score()));
        return withOptions(q, options);
    }

    static Question removeOption(Question q, int index) {
        List<Option> options = new ArrayList<>(q.options());
        options.remove(index);
        return withOptions(q, options);
    }

    static Question moveOption(Question q, int index, int delta) {
        return withOptions(q, Moves.move(q.options(), index, delta));
    }

    static Question effects(Question q, List<AnswerEffect> effects) {
        return new Question(
                q.id(),
                q.type(),
                q.text(),
                q.help(),
                q.examples(),
                q.required(),
                q.options(),
                q.scaleLabels(),
                q.min(),
                q.max(),
                q.showIf(),
                q.informs(),
                effects,
                q.allowsNotApplicable());
    }

    private static Question withOptions(Question q, List<Option> options) {
        return copy(q, q.type(), q.text(), q.help(), q.examples(), q.required(), options, q.showIf());
    }

    private static Question copy(
            Question q,
            QuestionType type,
            String text,
            String help,
            List<String> examples,
            boolean required,
            List<Option> options,
            Condition showIf) {
        boolean yesNo = type == QuestionType.YES_NO_UNSURE;
        return new Question(
                q.id(),
                type,
                text,
                help,
                examples,
                required,
                options,
                type == QuestionType.SCALE ? q.scaleLabels() : null,
                q.min(),
                q.max(),
                showIf,
                q.informs(),
                q.effects(),
                yesNo && q.allowsNotApplicable());
    }
}
