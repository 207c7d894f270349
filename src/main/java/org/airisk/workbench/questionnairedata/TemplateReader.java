package org.airisk.workbench.questionnairedata;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.airisk.workbench.importfiles.StrictJson;
import org.airisk.workbench.questionnaire.AnswerEffect;
import org.airisk.workbench.questionnaire.Condition;
import org.airisk.workbench.questionnaire.Option;
import org.airisk.workbench.questionnaire.Question;
import org.airisk.workbench.questionnaire.QuestionType;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.questionnaire.Section;
import org.airisk.workbench.questionnaire.TemplateProblem;
import org.airisk.workbench.questionnaire.TemplateValidator;

/**
 * Reads a questionnaire template from its JSON text and validates it. Either a valid template comes back, or
 * the problems that keep it from loading, each naming the file and the question.
 */
public final class TemplateReader {
    private final TemplateValidator validator = new TemplateValidator();

    /** The outcome of reading one file. */
    public record Result(Optional<QuestionnaireTemplate> template, List<TemplateProblem> problems) {}

    /** Reads and validates a template that includes no other. */
    public Result read(String json, String source) {
        Result parsed = parse(json, source);
        return parsed.template().map(t -> validate(t, source)).orElse(parsed);
    }

    /** Validates a (composed) template. */
    public Result validate(QuestionnaireTemplate template, String source) {
        List<TemplateProblem> problems = validator.validate(template, source);
        return problems.isEmpty()
                ? new Result(Optional.of(template), List.of())
                : new Result(Optional.empty(), problems);
    }

    /** Reads the structure only: templates that include others are validated once composed. */
    public Result parse(String json, String source) {
        StrictJson.Parsed parsed = StrictJson.read(json);
        if (!parsed.ok()) {
            return failed(new TemplateProblem(
                    source,
                    "",
                    parsed.path().equals("$") ? parsed.problem() : parsed.path() + ": " + parsed.problem()));
        }
        JsonNode root = parsed.root();
        Parse parse = new Parse(source);
        QuestionnaireTemplate template = parse.template(root);
        if (!parse.problems.isEmpty()) {
            return new Result(Optional.empty(), List.copyOf(parse.problems));
        }
        return new Result(Optional.of(template), List.of());
    }

    private static Result failed(TemplateProblem problem) {
        return new Result(Optional.empty(), List.of(problem));
    }

    private static final class Parse {
        private final String source;
        private final List<TemplateProblem> problems = new ArrayList<>();
        private final ConditionReader conditions = new ConditionReader(this::add);

        Parse(String source) {
            this.source = source;
        }

        private void add(String element, String problem) {
            problems.add(new TemplateProblem(source, element, problem));
        }

        QuestionnaireTemplate template(JsonNode root) {
            if (!root.isObject()) {
                add("", "a template is a JSON object with id, version, title and sections");
                return null;
            }
            String id = requiredText(root, "id", "");
            int version = 0;
            JsonNode versionNode = root.get("version");
            if (versionNode == null
                    || !versionNode.canConvertToInt()
                    || !versionNode.isIntegralNumber()
                    || versionNode.asInt() < 1) {
                add("", "'version' must be a whole number of 1 or more");
            } else {
                version = versionNode.asInt();
            }
            String title = requiredText(root, "title", "");
            List<Section> sections = new ArrayList<>();
            JsonNode sectionNodes = root.get("sections");
            if (sectionNodes == null || !sectionNodes.isArray()) {
                add("", "'sections' must be a list of sections");
            } else {
                for (JsonNode node : sectionNodes) {
                    Section section = section(node);
                    if (section != null) {
                        sections.add(section);
                    }
                }
            }
            List<QuestionnaireTemplate.Reference> includes = new ArrayList<>();
            for (JsonNode include : root.path("includes")) {
                String includedId = requiredText(include, "id", "");
                JsonNode includedVersion = include.get("version");
                if (includedVersion == null || !includedVersion.isInt()) {
                    add("", "each entry of 'includes' names a template 'id' and its 'version'");
                } else {
                    includes.add(new QuestionnaireTemplate.Reference(includedId, includedVersion.asInt()));
                }
            }
            if (!problems.isEmpty()) {
                return null;
            }
            return new QuestionnaireTemplate(id, version, title, text(root, "description"), sections, includes);
        }

        private Section section(JsonNode node) {
            if (!node.isObject()) {
                add("", "each section must be a JSON object");
                return null;
            }
            String id = requiredText(node, "id", "");
            List<Question> questions = new ArrayList<>();
            JsonNode questionNodes = node.get("questions");
            if (questionNodes == null || !questionNodes.isArray()) {
                add(id, "'questions' must be a list of questions");
            } else {
                for (JsonNode questionNode : questionNodes) {
                    Question question = question(questionNode);
                    if (question != null) {
                        questions.add(question);
                    }
                }
            }
            Condition showIf = node.has("showIf") ? conditions.read(node.get("showIf"), id) : null;
            return new Section(id, text(node, "title"), text(node, "description"), showIf, questions);
        }

        private Question question(JsonNode node) {
            if (!node.isObject()) {
                add("", "each question must be a JSON object");
                return null;
            }
            String id = requiredText(node, "id", "");
            String typeName = requiredText(node, "type", id);
            Optional<QuestionType> type = QuestionType.fromTemplateName(typeName);
            if (type.isEmpty()) {
                if (!typeName.isEmpty()) {
                    add(
                            id,
                            "unknown question type '" + typeName + "' (known types: " + QuestionType.allTemplateNames()
                                    + ")");
                }
                return null;
            }
            List<Option> options = options(node, id);
            Map<Integer, String> scaleLabels = scaleLabels(node, id);
            List<String> examples = new ArrayList<>();
            JsonNode exampleNodes = node.get("examples");
            if (exampleNodes != null) {
                exampleNodes.forEach(e -> examples.add(e.asText()));
            }
            Condition showIf = node.has("showIf") ? conditions.read(node.get("showIf"), id) : null;
            List<String> informs = new ArrayList<>();
            node.path("informs").forEach(r -> informs.add(r.asText()));
            List<AnswerEffect> effects = new ArrayList<>();
            JsonNode effectNodes = node.get("effects");
            if (effectNodes != null) {
                if (!effectNodes.isArray()) {
                    add(id, "'effects' must be a list");
                } else {
                    effectNodes.forEach(e -> effects.addAll(effects(e, id)));
                }
            }
            if (node.path("allowsNotApplicable").asBoolean(false) && type.get() != QuestionType.YES_NO_UNSURE) {
                add(id, "'allowsNotApplicable' is for yes/no questions only");
            }
            return new Question(
                    id,
                    type.get(),
                    text(node, "text"),
                    text(node, "help"),
                    examples,
                    node.path("required").asBoolean(false),
                    options,
                    scaleLabels,
                    number(node, "min", id),
                    number(node, "max", id),
                    showIf,
                    informs,
                    effects,
                    type.get() == QuestionType.YES_NO_UNSURE
                            && node.path("allowsNotApplicable").asBoolean(false));
        }

        /** A choice question's options; "score" is optional. */
        private List<Option> options(JsonNode node, String id) {
            List<Option> options = new ArrayList<>();
            JsonNode optionNodes = node.get("options");
            if (optionNodes != null) {
                if (!optionNodes.isArray()) {
                    add(id, "'options' must be a list");
                } else {
                    for (JsonNode option : optionNodes) {
                        String optionId = requiredText(option, "id", id);
                        // "score" is optional: the points an answer adds to the questionnaire's total
                        options.add(new Option(
                                optionId,
                                option.hasNonNull("label") ? text(option, "label") : optionId,
                                number(option, "score", id)));
                    }
                }
            }
            return options;
        }

        /** The words shown at the points of a scale, by point. */
        private Map<Integer, String> scaleLabels(JsonNode node, String id) {
            Map<Integer, String> scaleLabels = new HashMap<>();
            JsonNode labels = node.get("scaleLabels");
            if (labels != null) {
                Iterator<Map.Entry<String, JsonNode>> fields = labels.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    try {
                        scaleLabels.put(
                                Integer.parseInt(field.getKey()),
                                field.getValue().asText());
                    } catch (NumberFormatException e) {
                        add(id, "scale label key '" + field.getKey() + "' is not a number 1-5");
                    }
                }
            }
            return scaleLabels;
        }

        /** One effect entry; "risks" lists several risks the same answer touches in the same way. */
        private List<AnswerEffect> effects(JsonNode node, String questionId) {
            if (!node.isObject() || !node.has("when")) {
                add(questionId, "each effect is an object with 'when' and 'risk'");
                return List.of();
            }
            Condition when = conditions.read(ConditionReader.ownQuestion(node.get("when"), questionId), questionId);
            List<String> risks = new ArrayList<>();
            if (node.hasNonNull("risk")) {
                risks.add(node.get("risk").asText());
            }
            node.path("risks").forEach(r -> risks.add(r.asText()));
            if (risks.isEmpty()) {
                add(questionId, "an effect names the risk it changes ('risk' or 'risks')");
            }
            if (when == null) {
                return List.of();
            }
            List<AnswerEffect> result = new ArrayList<>();
            int since = AnswerEffect.FIRST_MODEL;
            if (node.has("sinceModel")) {
                if (!node.get("sinceModel").isInt() || node.get("sinceModel").asInt() < 1) {
                    add(questionId, "'sinceModel' is the number of the first scoring model that reads the effect");
                } else {
                    since = node.get("sinceModel").asInt();
                }
            }
            for (String risk : risks) {
                if (node.path("notApplicable").asBoolean(false)) {
                    result.add(AnswerEffect.notApplicable(when, risk));
                } else if (node.has("likelihood")) {
                    result.add(AnswerEffect.likelihood(when, risk, step(node, "likelihood", questionId)));
                } else if (node.has("impact")) {
                    result.add(AnswerEffect.impact(when, risk, step(node, "impact", questionId)));
                } else if (node.hasNonNull("control")) {
                    result.add(
                            AnswerEffect.control(when, risk, node.get("control").asText()));
                } else {
                    add(
                            questionId,
                            "the effect on '" + risk + "' needs one of: notApplicable, likelihood, impact, control");
                }
            }
            final int model = since;
            return result.stream().map(e -> e.since(model)).toList();
        }

        /**
         * A likelihood or impact step, a whole number: a huge one read as an int would wrap round to a small one, so
         * anything else is a problem said here.
         */
        private int step(JsonNode node, String field, String questionId) {
            JsonNode value = node.get(field);
            if (!value.isInt()) {
                add(questionId, "'" + field + "' must be a whole number from -3 to 3, not " + value);
                return 1;
            }
            return value.asInt();
        }

        private String requiredText(JsonNode node, String field, String element) {
            JsonNode value = node.get(field);
            if (value == null || !value.isTextual() || value.asText().isBlank()) {
                add(element, "'" + field + "' is missing or not text");
                return "";
            }
            return value.asText();
        }

        private static String text(JsonNode node, String field) {
            JsonNode value = node.get(field);
            return value == null || value.isNull() ? "" : value.asText();
        }

        private BigDecimal number(JsonNode node, String field, String element) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isNumber()) {
                add(element, "'" + field + "' must be a number");
                return null;
            }
            return value.decimalValue();
        }
    }
}
