package org.airisk.workbench.questionnairedata.surveyjs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import org.airisk.workbench.questionnaire.Option;
import org.airisk.workbench.questionnaire.Question;
import org.airisk.workbench.questionnaire.QuestionType;

/**
 * One SurveyJS question element to template questions (a matrix or multiple text gives one per row or item), or
 * the reason it has no counterpart. Conditions are the importer's business; the questions come back without them.
 */
final class QuestionMapper {
    /** A question ready to be placed, under the name SurveyJS expressions use for it. */
    record Mapped(String name, Question question, MappedQuestion target) {}

    /** Properties a template has no place for, and what is lost. */
    private static final Map<String, String> NOT_KEPT = new LinkedHashMap<>();

    static {
        NOT_KEPT.put("enableIf", "a template question can always be answered, so 'enableIf' is not kept");
        NOT_KEPT.put("requiredIf", "a template question is required or not, so 'requiredIf' is not kept");
        NOT_KEPT.put("defaultValue", "templates give no default answer, so 'defaultValue' is not kept");
        NOT_KEPT.put(
                "defaultValueExpression", "templates give no default answer, so 'defaultValueExpression' is not kept");
        NOT_KEPT.put("setValueIf", "templates do not set answers, so 'setValueIf' is not kept");
        NOT_KEPT.put("resetValueIf", "templates do not clear answers, so 'resetValueIf' is not kept");
        NOT_KEPT.put("validators", "answer checks ('validators') are not kept");
        NOT_KEPT.put("correctAnswer", "quiz answers ('correctAnswer') are not kept");
        NOT_KEPT.put("choicesVisibleIf", "every choice is always offered, so 'choicesVisibleIf' is not kept");
        NOT_KEPT.put("choicesEnableIf", "every choice is always offered, so 'choicesEnableIf' is not kept");
        NOT_KEPT.put("choicesByUrl", "choices loaded from a web address are not kept");
        NOT_KEPT.put("choicesFromQuestion", "choices copied from another question are not kept");
    }

    /** Element types with no counterpart, and why. */
    private static final Map<String, String> NO_COUNTERPART = Map.ofEntries(
            Map.entry("html", "HTML text between questions is not a question"),
            Map.entry("image", "an image is not a question"),
            Map.entry("expression", "a calculated value is not a question"),
            Map.entry("file", "a file upload has no counterpart (attach evidence to the assessment instead)"),
            Map.entry("signaturepad", "a signature has no counterpart"),
            Map.entry("ranking", "putting answers in order (ranking) has no counterpart"),
            Map.entry("imagepicker", "choosing among images has no counterpart"),
            Map.entry("matrixdropdown", "a matrix with a question in each cell has no counterpart"),
            Map.entry("matrixdynamic", "a matrix whose rows the assessor adds has no counterpart"),
            Map.entry("paneldynamic", "a panel the assessor repeats has no counterpart"));

    private final LocalisedText texts;
    private final Ids ids;
    private final BiConsumer<String, String> notMapped;

    QuestionMapper(LocalisedText texts, Ids ids, BiConsumer<String, String> notMapped) {
        this.texts = texts;
        this.ids = ids;
        this.notMapped = notMapped;
    }

    /** The questions this element becomes; empty (with the reason reported) when none. */
    List<Mapped> map(JsonNode element, String name) {
        String type = element.path("type").asText("").toLowerCase(Locale.ROOT);
        if (NO_COUNTERPART.containsKey(type)) {
            notMapped.accept(name, NO_COUNTERPART.get(type) + "; left out");
            return List.of();
        }
        NOT_KEPT.forEach((property, why) -> {
            if (element.has(property)) {
                notMapped.accept(name, why);
            }
        });
        return switch (type) {
            case "radiogroup", "dropdown" -> choice(element, name, QuestionType.SINGLE_CHOICE);
            case "checkbox", "tagbox" -> choice(element, name, QuestionType.MULTIPLE_CHOICE);
            case "boolean" -> yesNo(element, name);
            case "text" -> text(element, name);
            case "comment" -> List.of(plain(element, name, QuestionType.LONG_TEXT, null, null));
            case "rating" -> rating(element, name);
            case "matrix" -> matrix(element, name);
            case "multipletext" -> multipleText(element, name);
            default -> {
                notMapped.accept(
                        name,
                        type.isEmpty()
                                ? "the element has no 'type'; left out"
                                : "the question type '" + type + "' has no counterpart; left out");
                yield List.of();
            }
        };
    }

    private String title(JsonNode element, String name) {
        String title = texts.of(element, "title");
        return title.isBlank() ? name : title;
    }

    private Mapped plain(JsonNode element, String name, QuestionType type, BigDecimal min, BigDecimal max) {
        String id = ids.unique(name, "question");
        Question q = new Question(
                id,
                type,
                title(element, name),
                texts.of(element, "description"),
                null,
                element.path("isRequired").asBoolean(false),
                null,
                null,
                min,
                max,
                null);
        return new Mapped(name, q, new MappedQuestion(id, type, Map.of()));
    }

    private List<Mapped> text(JsonNode element, String name) {
        String input = element.path("inputType").asText("text").toLowerCase(Locale.ROOT);
        if (input.equals("number") || input.equals("range")) {
            return List.of(
                    plain(element, name, QuestionType.NUMBER, number(element.get("min")), number(element.get("max"))));
        }
        return List.of(
                plain(element, name, input.equals("date") ? QuestionType.DATE : QuestionType.SHORT_TEXT, null, null));
    }

    private static BigDecimal number(JsonNode node) {
        return node != null && node.isNumber() ? node.decimalValue() : null;
    }

    /** Options from SurveyJS choices (texts, numbers, or objects with value, text and score). */
    private final class Choices {
        final List<Option> options = new ArrayList<>();
        final Map<String, String> byValue = new LinkedHashMap<>();
        private final Ids optionIds = new Ids();

        void add(JsonNode value, String label, BigDecimal score) {
            String key = MappedQuestion.key(value.isNumber() ? value.decimalValue() : value.asText());
            if (byValue.containsKey(key)) {
                return;
            }
            String id = optionIds.unique(key, "option");
            options.add(new Option(id, label.isBlank() ? value.asText() : label, score));
            byValue.put(key, id);
        }

        void addAll(JsonNode choices, String name) {
            for (JsonNode choice : choices == null ? List.<JsonNode>of() : iterable(choices)) {
                if (choice.isObject()) {
                    JsonNode value = choice.has("value") ? choice.get("value") : choice.path("text");
                    BigDecimal score = number(choice.get("score"));
                    if (choice.has("visibleIf") || choice.has("enableIf")) {
                        notMapped.accept(
                                name,
                                "the choice '" + value.asText() + "' is always offered; its "
                                        + "condition is not kept");
                    }
                    add(value, texts.of(choice, "text"), score);
                } else if (choice.isValueNode()) {
                    add(choice, choice.asText(), null);
                }
            }
        }
    }

    private static Iterable<JsonNode> iterable(JsonNode node) {
        return node.isArray() ? node : List.of();
    }

    private List<Mapped> choice(JsonNode element, String name, QuestionType type) {
        Choices choices = new Choices();
        choices.addAll(element.get("choices"), name);
        if (element.path("hasOther").asBoolean(false)
                || element.path("showOtherItem").asBoolean(false)) {
            String label = texts.of(element, "otherText");
            choices.add(TextNode.valueOf("other"), label.isBlank() ? "Other" : label, null);
            notMapped.accept(name, "the text typed with 'Other' is not kept; 'Other' is an ordinary choice");
        }
        if (element.path("hasNone").asBoolean(false)
                || element.path("showNoneItem").asBoolean(false)) {
            String label = texts.of(element, "noneText");
            choices.add(TextNode.valueOf("none"), label.isBlank() ? "None" : label, null);
        }
        if (choices.options.size() < 2) {
            notMapped.accept(name, "a choice question needs at least two choices written in the survey; left out");
            return List.of();
        }
        return List.of(withOptions(element, name, type, title(element, name), choices));
    }

    private Mapped withOptions(JsonNode element, String name, QuestionType type, String text, Choices choices) {
        String id = ids.unique(name, "question");
        Question q = new Question(
                id,
                type,
                text,
                texts.of(element, "description"),
                null,
                element.path("isRequired").asBoolean(false),
                choices.options,
                null,
                null,
                null,
                null);
        return new Mapped(name, q, new MappedQuestion(id, type, choices.byValue));
    }

    /** A SurveyJS boolean: yes or no, with its own labels, and no "not sure" it never offered. */
    private List<Mapped> yesNo(JsonNode element, String name) {
        Choices choices = new Choices();
        String yes = texts.of(element, "labelTrue");
        String no = texts.of(element, "labelFalse");
        choices.options.add(new Option(Question.YES, yes.isBlank() ? "Yes" : yes));
        choices.options.add(new Option(Question.NO, no.isBlank() ? "No" : no));
        choices.byValue.put("true", Question.YES);
        choices.byValue.put("false", Question.NO);
        if (element.has("valueTrue")) {
            choices.byValue.put(MappedQuestion.key(element.get("valueTrue").asText()), Question.YES);
        }
        if (element.has("valueFalse")) {
            choices.byValue.put(MappedQuestion.key(element.get("valueFalse").asText()), Question.NO);
        }
        return List.of(withOptions(element, name, QuestionType.SINGLE_CHOICE, title(element, name), choices));
    }

    /** 1 to 5 in steps of one is a scale; any other rating is a choice among its values. */
    private List<Mapped> rating(JsonNode element, String name) {
        JsonNode rateValues = element.get("rateValues");
        if (rateValues != null && rateValues.isArray() && !rateValues.isEmpty()) {
            Choices choices = new Choices();
            choices.addAll(rateValues, name);
            return List.of(withOptions(element, name, QuestionType.SINGLE_CHOICE, title(element, name), choices));
        }
        int min = element.path("rateMin").asInt(1);
        int step = Math.max(1, element.path("rateStep").asInt(1));
        int max = element.has("rateMax")
                ? element.path("rateMax").asInt(5)
                : element.has("rateCount") ? min + (element.path("rateCount").asInt(5) - 1) * step : 5;
        if (min == Question.SCALE_MIN && max == Question.SCALE_MAX && step == 1) {
            String id = ids.unique(name, "question");
            Map<Integer, String> labels = new LinkedHashMap<>();
            String low = texts.of(element, "minRateDescription");
            String high = texts.of(element, "maxRateDescription");
            if (!low.isBlank()) {
                labels.put(Question.SCALE_MIN, low);
            }
            if (!high.isBlank()) {
                labels.put(Question.SCALE_MAX, high);
            }
            Question q = new Question(
                    id,
                    QuestionType.SCALE,
                    title(element, name),
                    texts.of(element, "description"),
                    null,
                    element.path("isRequired").asBoolean(false),
                    null,
                    labels,
                    null,
                    null,
                    null);
            return List.of(new Mapped(name, q, new MappedQuestion(id, QuestionType.SCALE, Map.of())));
        }
        if (max < min || (max - min) / step > 100) {
            notMapped.accept(
                    name, "a rating from " + min + " to " + max + " is not a scale a template can ask; " + "left out");
            return List.of();
        }
        Choices choices = new Choices();
        for (int v = min; v <= max; v += step) {
            choices.add(IntNode.valueOf(v), Integer.toString(v), null);
        }
        if (choices.options.size() < 2) {
            notMapped.accept(name, "a rating with one value is not a question; left out");
            return List.of();
        }
        return List.of(withOptions(element, name, QuestionType.SINGLE_CHOICE, title(element, name), choices));
    }

    /** A single-choice matrix: one question per row, its columns the choices; {@code {matrix.row}} names a row. */
    private List<Mapped> matrix(JsonNode element, String name) {
        List<Mapped> rows = new ArrayList<>();
        String title = title(element, name);
        Choices columns = new Choices();
        columns.addAll(element.get("columns"), name);
        if (columns.options.size() < 2) {
            notMapped.accept(name, "a matrix needs at least two columns; left out");
            return List.of();
        }
        for (JsonNode row : iterable(element.path("rows"))) {
            String value = row.isObject() ? row.path("value").asText() : row.asText();
            String rowText = row.isObject() ? texts.of(row, "text") : value;
            rows.add(withOptions(
                    element,
                    name + "." + value,
                    QuestionType.SINGLE_CHOICE,
                    title + ": " + (rowText.isBlank() ? value : rowText),
                    columns));
        }
        if (rows.isEmpty()) {
            notMapped.accept(name, "a matrix without rows asks nothing; left out");
        }
        return rows;
    }

    /** Several text boxes: one short text question each; {@code {question.item}} names one. */
    private List<Mapped> multipleText(JsonNode element, String name) {
        List<Mapped> items = new ArrayList<>();
        String title = title(element, name);
        for (JsonNode item : iterable(element.path("items"))) {
            String itemName = item.path("name").asText("");
            if (itemName.isBlank()) {
                continue;
            }
            String itemTitle = texts.of(item, "title");
            String id = ids.unique(name + "." + itemName, "question");
            Question q = new Question(
                    id,
                    QuestionType.SHORT_TEXT,
                    title + ": " + (itemTitle.isBlank() ? itemName : itemTitle),
                    texts.of(element, "description"),
                    null,
                    item.path("isRequired").asBoolean(false),
                    null,
                    null,
                    null,
                    null,
                    null);
            items.add(new Mapped(name + "." + itemName, q, new MappedQuestion(id, QuestionType.SHORT_TEXT, Map.of())));
        }
        if (items.isEmpty()) {
            notMapped.accept(name, "a multiple text without named items asks nothing; left out");
        }
        return items;
    }
}
