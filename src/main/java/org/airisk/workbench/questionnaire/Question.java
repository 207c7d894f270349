package org.airisk.workbench.questionnaire;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One question of a template. Choice questions carry their options (yes/no/not sure questions get the fixed
 * three); scale questions carry labels for their points; number questions may bound the value.
 */
public record Question(
        String id,
        QuestionType type,
        String text,
        String help,
        List<String> examples,
        boolean required,
        List<Option> options,
        Map<Integer, String> scaleLabels,
        BigDecimal min,
        BigDecimal max,
        Condition showIf,
        List<String> informs,
        List<AnswerEffect> effects,
        boolean allowsNotApplicable) {

    public static final String YES = "yes";
    public static final String NO = "no";
    public static final String NOT_SURE = "not_sure";
    /** The answer to a yes/no question that cannot be true of this system; it needs a reason in the note. */
    public static final String NOT_APPLICABLE = "not_applicable";

    public static final List<Option> YES_NO_UNSURE_OPTIONS =
            List.of(new Option(YES, "Yes"), new Option(NO, "No"), new Option(NOT_SURE, "Not sure"));
    public static final Option NOT_APPLICABLE_OPTION = new Option(NOT_APPLICABLE, "Not applicable");
    public static final int SCALE_MIN = 1;
    public static final int SCALE_MAX = 5;

    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        text = text == null ? "" : text;
        help = help == null ? "" : help;
        examples = examples == null ? List.of() : List.copyOf(examples);
        if (allowsNotApplicable && type != QuestionType.YES_NO_UNSURE) {
            throw new IllegalArgumentException("only yes/no questions offer 'Not applicable'");
        }
        options = type != QuestionType.YES_NO_UNSURE
                ? options == null ? List.of() : List.copyOf(options)
                : allowsNotApplicable ? withNotApplicable() : YES_NO_UNSURE_OPTIONS;
        scaleLabels = scaleLabels == null ? Map.of() : Map.copyOf(scaleLabels);
        showIf = showIf == null ? Condition.always() : showIf;
        informs = informs == null ? List.of() : List.copyOf(informs);
        effects = effects == null ? List.of() : List.copyOf(effects);
    }

    private static List<Option> withNotApplicable() {
        List<Option> all = new ArrayList<>(YES_NO_UNSURE_OPTIONS);
        all.add(NOT_APPLICABLE_OPTION);
        return List.copyOf(all);
    }

    /** A question without a "Not applicable" answer. */
    public Question(
            String id,
            QuestionType type,
            String text,
            String help,
            List<String> examples,
            boolean required,
            List<Option> options,
            Map<Integer, String> scaleLabels,
            BigDecimal min,
            BigDecimal max,
            Condition showIf,
            List<String> informs,
            List<AnswerEffect> effects) {
        this(id, type, text, help, examples, required, options, scaleLabels, min, max, showIf, informs, effects, false);
    }

    /** True when this answer says the question cannot apply to the system. */
    public static boolean isNotApplicable(Answer answer) {
        return answer instanceof Answer.Choice c && NOT_APPLICABLE.equals(c.option());
    }

    /** A question that informs no risk: intake and context questions. */
    public Question(
            String id,
            QuestionType type,
            String text,
            String help,
            List<String> examples,
            boolean required,
            List<Option> options,
            Map<Integer, String> scaleLabels,
            BigDecimal min,
            BigDecimal max,
            Condition showIf) {
        this(id, type, text, help, examples, required, options, scaleLabels, min, max, showIf, null, null);
    }

    /** The risks this question tells something about: those it names, and those its effects touch. */
    public Set<String> informedRisks() {
        Set<String> risks = new LinkedHashSet<>(informs);
        effects.forEach(e -> risks.add(e.risk()));
        return risks;
    }

    public Optional<Option> option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }

    /** The label of a scale point, e.g. "1 - Very low"; the bare number where the template gives none. */
    public String scaleLabel(int point) {
        String label = scaleLabels.get(point);
        return label == null ? Integer.toString(point) : point + " - " + label;
    }

    /** An answer to this question in words: option labels, "4 - High", the number or the text. */
    public String describe(Answer answer) {
        if (answer instanceof Answer.Choice c) {
            return option(c.option()).map(Option::label).orElse(c.option());
        } else if (answer instanceof Answer.Choices c) {
            return String.join(
                    ", ",
                    c.options().stream()
                            .map(o -> option(o).map(Option::label).orElse(o))
                            .toList());
        } else if (answer instanceof Answer.Scale s) {
            return scaleLabel(s.point());
        } else if (answer instanceof Answer.Number n) {
            return n.value().toPlainString();
        } else if (answer instanceof Answer.Text t) {
            return t.text();
        } else if (answer instanceof Answer.Date d) {
            return d.value().toString();
        }
        return "";
    }
}
