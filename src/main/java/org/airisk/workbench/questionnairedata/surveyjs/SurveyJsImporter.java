package org.airisk.workbench.questionnairedata.surveyjs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.airisk.workbench.importfiles.StrictJson;
import org.airisk.workbench.questionnaire.Condition;
import org.airisk.workbench.questionnaire.ImportReport;
import org.airisk.workbench.questionnaire.Question;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.questionnaire.Section;
import org.airisk.workbench.questionnaire.TemplateProblem;
import org.airisk.workbench.questionnaire.TemplateValidator;

/**
 * A SurveyJS survey (docs/surveyjs.md) as a questionnaire template: pages become sections, panels are opened up
 * into their page, questions map by type, {@code visibleIf} expressions become conditions, texts are taken in one
 * language, and choice scores are kept. Whatever has no counterpart is left out and listed, element by element.
 */
public final class SurveyJsImporter {
    /** Survey properties with no place in a template. */
    private static final Map<String, String> SURVEY_NOT_KEPT = Map.of(
            "triggers", "triggers (answers that set other answers, or end the survey) are not kept",
            "calculatedValues", "calculated values are not kept; conditions naming them are reported where used",
            "completedHtmlOnCondition", "the closing texts shown under conditions are not kept",
            "navigateToUrlOnCondition", "web addresses opened at the end are not kept");

    /** Which template to make: its id, and the language of its texts (null for the survey's default). */
    public record Choice(String id, String language) {}

    /** True when the JSON is a SurveyJS survey rather than one of our templates: pages or elements, no sections. */
    public static boolean isSurvey(JsonNode root) {
        return root != null
                && root.isObject()
                && !root.has("sections")
                && (root.path("pages").isArray()
                        || root.path("elements").isArray()
                        || root.path("questions").isArray());
    }

    /** The languages of the survey's texts besides its default, for the assessor to choose from. */
    public static Set<String> languages(String json) {
        StrictJson.Parsed parsed = StrictJson.read(json);
        return parsed.ok() ? LocalisedText.languages(parsed.root()) : Set.of();
    }

    /** Maps the survey; {@code fallbackTitle} names the template when the survey has no title. */
    public ImportReport read(String json, String fallbackTitle, Choice choice) {
        StrictJson.Parsed parsed = StrictJson.read(json);
        if (!parsed.ok()) {
            return ImportReport.failed("The file is not a SurveyJS survey: " + parsed.problem()
                    + (parsed.path().equals("$") ? "" : " (at " + parsed.path() + ")") + ".");
        }
        if (!isSurvey(parsed.root())) {
            return ImportReport.failed("The file is not a SurveyJS survey: it has no 'pages' or 'elements'. Export "
                    + "the survey's JSON from SurveyJS Creator and import that file.");
        }
        return new Run(parsed.root(), choice).run(fallbackTitle);
    }

    /** One import: the ids handed out, the questions mapped so far, and what was not mapped. */
    private static final class Run {
        private final JsonNode root;
        private final LocalisedText texts;
        private final Ids ids = new Ids();
        private final String templateId;
        private final List<ImportReport.NotMapped> notMapped = new ArrayList<>();
        private final QuestionMapper questions;
        /** Every question name in the survey (lower case, as expressions match them), to tell "later" from "none". */
        private final Set<String> allNames = new HashSet<>();

        private final Map<String, MappedQuestion> mapped = new HashMap<>();
        private final ConditionMapper conditions;

        Run(JsonNode root, Choice choice) {
            this.root = root;
            this.texts = new LocalisedText(choice.language());
            this.templateId = choice.id();
            this.questions = new QuestionMapper(texts, ids, this::notMapped);
            this.conditions = new ConditionMapper(name -> mapped.get(name.toLowerCase(Locale.ROOT)), this::whyUnknown);
            collectNames(root, 0);
        }

        private void notMapped(String element, String reason) {
            notMapped.add(new ImportReport.NotMapped(element, reason));
        }

        private String whyUnknown(String name) {
            return allNames.contains(name.toLowerCase(Locale.ROOT))
                    ? "is asked after this element, or could not be mapped; a condition may only read earlier answers"
                    : "is not a question of the survey (a variable or calculated value, perhaps)";
        }

        private void collectNames(JsonNode node, int depth) {
            if (depth > 64) {
                return;
            }
            if (node.isObject() && node.hasNonNull("name") && node.has("type")) {
                String name = node.get("name").asText().toLowerCase(Locale.ROOT);
                allNames.add(name);
                node.path("rows")
                        .forEach(r -> allNames.add(name + "."
                                + (r.isObject() ? r.path("value").asText() : r.asText()).toLowerCase(Locale.ROOT)));
                node.path("items")
                        .forEach(i -> allNames.add(
                                name + "." + i.path("name").asText().toLowerCase(Locale.ROOT)));
            }
            for (JsonNode child : node) {
                if (child.isContainerNode()) {
                    collectNames(child, depth + 1);
                }
            }
        }

        ImportReport run(String fallbackTitle) {
            SURVEY_NOT_KEPT.forEach((property, why) -> {
                if (root.has(property)) {
                    notMapped("survey", why);
                }
            });
            List<Section> sections = new ArrayList<>();
            if (root.path("pages").isArray()) {
                int number = 1;
                for (JsonNode page : root.get("pages")) {
                    page(page, "page" + number++).ifPresent(sections::add);
                }
            } else {
                JsonNode elements = root.path("elements").isArray() ? root.get("elements") : root.get("questions");
                page(root, "questions").ifPresent(sections::add);
                if (elements.isEmpty()) {
                    return ImportReport.failed("The survey asks no questions.");
                }
            }
            if (sections.isEmpty()) {
                return ImportReport.failed("The survey has no question that could be mapped; the list of what was "
                        + "left out says why.");
            }
            if (texts.fallbacks() > 0) {
                notMapped(
                        "survey",
                        texts.fallbacks() + " text(s) have no '" + texts.language()
                                + "' version; the default text is used for them");
            }
            String title = texts.of(root, "title");
            String id = Ids.clean(templateId == null || templateId.isBlank() ? title : templateId);
            QuestionnaireTemplate template = new QuestionnaireTemplate(
                    id.isEmpty() ? "imported-survey" : id,
                    1,
                    title.isBlank() ? fallbackTitle : title,
                    texts.of(root, "description"),
                    sections);
            List<TemplateProblem> problems = new TemplateValidator().validate(template, "the imported survey");
            if (!problems.isEmpty()) {
                return ImportReport.failed("The survey was read, but the questionnaire made from it is not valid: "
                        + problems.get(0) + ".");
            }
            return ImportReport.mapped(template, notMapped);
        }

        private Optional<Section> page(JsonNode page, String fallbackName) {
            String name = page.path("name").asText("").isBlank()
                    ? fallbackName
                    : page.get("name").asText();
            String label = page == root ? "survey" : "page " + name;
            // A page's condition may read only questions of earlier pages, which are all mapped by now.
            Condition showIf = page == root ? null : condition(page, label);
            String id = ids.unique(name, "page");
            List<Question> placed = new ArrayList<>();
            JsonNode elements = page.path("elements").isArray() ? page.get("elements") : page.path("questions");
            elements(elements, List.of(), placed, 0);
            if (placed.isEmpty()) {
                notMapped(label, "no question on it could be mapped; the page is left out");
                return Optional.empty();
            }
            String title = texts.of(page, "title");
            return Optional.of(
                    new Section(id, title.isBlank() ? name : title, texts.of(page, "description"), showIf, placed));
        }

        private void elements(JsonNode elements, List<Condition> guards, List<Question> placed, int depth) {
            for (JsonNode element : elements) {
                if (!element.isObject()) {
                    continue;
                }
                String name = element.path("name").asText("");
                String type = element.path("type").asText("").toLowerCase(Locale.ROOT);
                if (type.equals("panel")) {
                    panel(element, name, guards, placed, depth);
                    continue;
                }
                if (name.isBlank()) {
                    notMapped("an element of type '" + type + "'", "it has no name; left out");
                    continue;
                }
                Condition own = condition(element, name);
                if (element.has("visible") && !element.path("visible").asBoolean(true) && !element.has("visibleIf")) {
                    notMapped(name, "hidden in the survey ('visible': false), but shown in the questionnaire");
                }
                List<Condition> all = new ArrayList<>(guards);
                if (own != null) {
                    all.add(own);
                }
                Condition showIf = all.isEmpty() ? null : all.size() == 1 ? all.get(0) : new Condition.AllOf(all);
                for (QuestionMapper.Mapped m : questions.map(element, name)) {
                    placed.add(shownIf(m.question(), showIf));
                    mapped.put(m.name().toLowerCase(Locale.ROOT), m.target());
                }
            }
        }

        private void panel(JsonNode panel, String name, List<Condition> guards, List<Question> placed, int depth) {
            String label = "panel " + (name.isBlank() ? "(unnamed)" : name);
            if (depth >= 16) {
                notMapped(label, "panels nested this deep are left out");
                return;
            }
            Condition own = condition(panel, label);
            List<Condition> inner = new ArrayList<>(guards);
            if (own != null) {
                inner.add(own);
            }
            if (!texts.of(panel, "title").isBlank()) {
                notMapped(label, "its questions join the page's section; the panel's title is not kept");
            }
            elements(
                    panel.path("elements").isArray() ? panel.get("elements") : panel.path("questions"),
                    inner,
                    placed,
                    depth + 1);
        }

        /** The element's visibleIf as a condition; null when it has none or it cannot be mapped (reported). */
        private Condition condition(JsonNode element, String label) {
            JsonNode visibleIf = element.get("visibleIf");
            if (visibleIf == null || visibleIf.isNull() || visibleIf.asText().isBlank()) {
                return null;
            }
            ConditionMapper.Result result = conditions.map(visibleIf.asText());
            if (!result.ok()) {
                notMapped(label, result.problem() + "; it is shown always");
                return null;
            }
            return result.condition();
        }

        private static Question shownIf(Question q, Condition showIf) {
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
                    showIf,
                    q.informs(),
                    q.effects(),
                    q.allowsNotApplicable());
        }
    }
}
