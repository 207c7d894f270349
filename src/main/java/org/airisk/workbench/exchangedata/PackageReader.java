package org.airisk.workbench.exchangedata;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.airisk.workbench.assessment.Assessment;
import org.airisk.workbench.assessment.AssessmentStatus;
import org.airisk.workbench.assessment.RecordedAnswer;
import org.airisk.workbench.catalog.Mitigation;
import org.airisk.workbench.exchange.CarriedQuestionnaire;
import org.airisk.workbench.exchange.PackageProblem;
import org.airisk.workbench.exchange.PackagedAssessment;
import org.airisk.workbench.importfiles.ImportLimits;
import org.airisk.workbench.importfiles.StrictJson;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.scoring.MitigationPlan;
import org.airisk.workbench.scoring.PlanItem;
import org.airisk.workbench.scoring.RatingOverride;
import org.airisk.workbench.scoring.ScoringMethod;

/**
 * Reads a package's text and checks everything that does not depend on the library it goes into: the JSON (see
 * {@link StrictJson}), the format and its exact version, the schema (with the database's column sizes), and each
 * value's meaning (real dates, bounded numbers, unique ids). Every problem is named by its JSON path.
 */
final class PackageReader {
    /** The largest number answer: digits before and after the point. */
    static final int MAX_NUMBER_DIGITS = 40;

    private static final int FIRST_YEAR = 1;
    private static final int LAST_YEAR = 9999;

    private final List<PackageProblem> problems = new ArrayList<>();
    /** Per assessment, the index of each question's answer in the file, for paths. */
    private final List<Map<String, Integer>> positions = new ArrayList<>();

    PackageFormat.Read read(String text) {
        StrictJson.Parsed parsed = StrictJson.read(text);
        if (!parsed.ok()) {
            return PackageFormat.Read.problem(parsed.path(), parsed.problem());
        }
        JsonNode root = parsed.root();
        if (!root.isObject()) {
            return PackageFormat.Read.problem("$", "not an assessment package: the file holds no JSON object.");
        }
        if (!PackageFormat.FORMAT.equals(root.path("format").asText())) {
            return PackageFormat.Read.problem(
                    "$.format", "not an assessment package: expected format \"" + PackageFormat.FORMAT + "\".");
        }
        PackageProblem version = version(root.get("formatVersion"), root.has("templates"));
        if (version != null) {
            return new PackageFormat.Read(List.of(), List.of(version), List.of());
        }
        wholeNumbers(root, "$");
        if (problems.isEmpty()) {
            for (ValidationMessage m : PackageFormat.schema().validate(root)) {
                problems.add(SchemaMessages.plain(m));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing(PackageProblem::path));
            return new PackageFormat.Read(List.of(), problems, List.of());
        }
        List<PackagedAssessment> assessments = new ArrayList<>();
        Map<UUID, Integer> ids = new HashMap<>();
        JsonNode list = root.get("assessments");
        for (int i = 0; i < list.size(); i++) {
            String path = "$.assessments[" + i + "]";
            UUID id = UUID.fromString(list.get(i).get("id").asText());
            Integer first = ids.putIfAbsent(id, i);
            if (first != null) {
                problems.add(new PackageProblem(
                        path + ".id",
                        "assessments[" + first + "] has this id too; each "
                                + "assessment of a package needs its own id (one would silently replace the other)."));
                continue;
            }
            try {
                assessments.add(assessment(list.get(i), path));
            } catch (IllegalArgumentException e) {
                problems.add(new PackageProblem(path, e.getMessage()));
            }
        }
        List<CarriedQuestionnaire> templates = PackageTemplates.read(root, problems);
        return problems.isEmpty()
                ? new PackageFormat.Read(assessments, List.of(), positions, templates)
                : new PackageFormat.Read(List.of(), problems, List.of());
    }

    /**
     * Only the exact versions this workbench writes: 1, or 2 for a package that carries questionnaires (and only
     * then); a higher one is a newer workbench's.
     */
    private static PackageProblem version(JsonNode v, boolean carriesTemplates) {
        String at = "$.formatVersion";
        String reads = "this one reads formats " + PackageFormat.VERSION + " and " + PackageFormat.WITH_TEMPLATES;
        if (v == null) {
            return new PackageProblem(
                    at,
                    "missing; a package says which version of the format it follows (" + PackageFormat.VERSION + ").");
        }
        int expected = carriesTemplates ? PackageFormat.WITH_TEMPLATES : PackageFormat.VERSION;
        if (v.isInt() && v.asInt() == expected) {
            return null;
        }
        if (v.isNumber() && v.decimalValue().compareTo(BigDecimal.valueOf(PackageFormat.WITH_TEMPLATES)) > 0) {
            return new PackageProblem(
                    at,
                    "the package was made by a newer version of the workbench (package format "
                            + SchemaMessages.shown(v) + "; " + reads + "); update the workbench to import it.");
        }
        if (v.isInt() && (v.asInt() == PackageFormat.VERSION || v.asInt() == PackageFormat.WITH_TEMPLATES)) {
            return new PackageProblem(
                    at,
                    (carriesTemplates
                                    ? "format 1 carries no questionnaires, yet this package has \"templates\""
                                    : "format 2 is for a package that carries questionnaires (\"templates\"), and "
                                            + "this one carries none")
                            + "; the package was changed, so ask for a fresh export.");
        }
        return new PackageProblem(
                at,
                "package format " + SchemaMessages.shown(v) + " is not one this workbench reads; " + reads
                        + ", written as whole numbers.");
    }

    /**
     * A package holds whole numbers only (number answers travel as text): 1.0, 1e3 or 2^40 are damage. Lists are
     * bounded here too, before the schema check, whose time grows with every item.
     */
    private void wholeNumbers(JsonNode node, String path) {
        if (node.size() > ImportLimits.MAX_LIST) {
            problems.add(new PackageProblem(
                    path,
                    "lists " + ImportLimits.count(node.size()) + " items; no list in "
                            + "a package holds more than " + ImportLimits.count(ImportLimits.MAX_LIST)
                            + ", so this is not one "
                            + "the workbench wrote."));
            return;
        }
        if (node.isNumber() && !node.isInt()) {
            problems.add(new PackageProblem(
                    path,
                    "should be a whole number of at most 2,147,483,647, not " + SchemaMessages.shown(node) + "."));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                wholeNumbers(node.get(i), path + "[" + i + "]");
            }
        } else if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                wholeNumbers(f.getValue(), path + "." + f.getKey());
            }
        }
    }

    private PackagedAssessment assessment(JsonNode n, String path) {
        Assessment a = new Assessment(
                UUID.fromString(n.get("id").asText()),
                n.get("title").asText(),
                n.get("systemName").asText(),
                n.get("owner").asText(),
                n.get("template").get("id").asText(),
                n.get("template").get("version").asInt(),
                AssessmentStatus.valueOf(n.get("status").asText()),
                n.get("progressPercent").asInt(),
                instant(n.get("createdAt"), path + ".createdAt"),
                instant(n.get("updatedAt"), path + ".updatedAt"));
        ScoringMethod method = method(n.get("scoringMethod"), path + ".scoringMethod");
        Map<String, RecordedAnswer> answers = new LinkedHashMap<>();
        Map<String, Integer> answerAt = new HashMap<>();
        JsonNode answerList = n.get("answers");
        for (int i = 0; i < answerList.size(); i++) {
            JsonNode r = answerList.get(i);
            String at = path + ".answers[" + i + "]";
            String question = r.get("question").asText();
            Integer first = answerAt.putIfAbsent(question, i);
            if (first != null) {
                problems.add(new PackageProblem(
                        at + ".question",
                        "the question \"" + question + "\" is answered " + "twice (also in answers[" + first
                                + "]); keep one of the two."));
                continue;
            }
            answers.put(
                    question,
                    new RecordedAnswer(
                            question,
                            answer(r, at + ".value"),
                            r.get("note").asText(),
                            instant(r.get("updatedAt"), at + ".updatedAt")));
        }
        positions.add(answerAt);
        Map<String, RatingOverride> overrides = overrides(n.get("overrides"), path);
        MitigationPlan plan = plan(n.get("plan"), path);
        return new PackagedAssessment(
                a,
                method,
                answers,
                overrides,
                plan,
                PackageComments.read(n.get("comments"), a.id(), plan, path, this::instant, problems),
                PackageBoard.read(n, a.id(), path, this::instant, problems));
    }

    /** The assessor's overrides of risk ratings, one per risk; a second one for the same risk is a problem. */
    private Map<String, RatingOverride> overrides(JsonNode overrideList, String path) {
        Map<String, RatingOverride> overrides = new LinkedHashMap<>();
        for (int i = 0; i < overrideList.size(); i++) {
            JsonNode o = overrideList.get(i);
            String at = path + ".overrides[" + i + "]";
            try {
                RatingOverride override = new RatingOverride(
                        o.get("risk").asText(),
                        o.get("likelihood").asInt(),
                        o.get("impact").asInt(),
                        o.get("justification").asText(),
                        o.path("notApplicable").asBoolean(false));
                if (overrides.put(override.riskId(), override) != null) {
                    problems.add(new PackageProblem(
                            at + ".risk",
                            "the risk \"" + override.riskId() + "\" is " + "overridden twice; keep one of the two."));
                }
            } catch (IllegalArgumentException e) {
                problems.add(new PackageProblem(at, e.getMessage()));
            }
        }
        return overrides;
    }

    private ScoringMethod method(JsonNode m, String path) {
        if (m.isNull()) {
            return null;
        }
        List<ScoringMethod.Level> levels = new ArrayList<>();
        m.get("levels")
                .forEach(l -> levels.add(new ScoringMethod.Level(
                        l.get("label").asText(),
                        l.get("colour").asText(),
                        l.get("fromScore").asInt())));
        List<String> wrong = new ArrayList<>(ScoringMethod.problems(
                m.get("size").asInt(),
                levels,
                m.get("appetite").asInt(),
                m.get("startLikelihood").asInt(),
                m.get("startImpact").asInt()));
        // packages written before scoring models had numbers were scored on the first one
        int model = m.path("model").asInt(ScoringMethod.ADDITIVE);
        if (model < ScoringMethod.ADDITIVE || model > ScoringMethod.CURRENT) {
            wrong.add("scoring model " + model + " is not known to this version of the workbench (it knows "
                    + ScoringMethod.ADDITIVE + " to " + ScoringMethod.CURRENT + "); update the workbench");
        }
        wrong.forEach(w -> problems.add(new PackageProblem(path, w)));
        return wrong.isEmpty()
                ? new ScoringMethod(
                        m.get("size").asInt(),
                        levels,
                        m.get("appetite").asInt(),
                        m.get("startLikelihood").asInt(),
                        m.get("startImpact").asInt(),
                        model)
                : null;
    }

    private MitigationPlan plan(JsonNode planList, String path) {
        List<PlanItem> items = new ArrayList<>();
        Map<String, Integer> itemIds = new HashMap<>();
        for (int i = 0; i < planList.size(); i++) {
            JsonNode p = planList.get(i);
            String at = path + ".plan[" + i + "]";
            // Ids are compared as UUIDs: upper and lower case spell the same one.
            String itemId = p.get("id").asText().toLowerCase(Locale.ROOT);
            Integer first = itemIds.putIfAbsent(itemId, i);
            if (first != null) {
                problems.add(new PackageProblem(
                        at + ".id",
                        "the plan item id " + itemId + " is already used by plan[" + first
                                + "]; each item of a plan needs its own id"));
                continue;
            }
            List<String> risks = new ArrayList<>();
            p.get("risks").forEach(r -> risks.add(r.asText()));
            LocalDate due = p.get("due").isNull() ? null : date(p.get("due").asText(), at + ".due");
            try {
                items.add(new PlanItem(
                        UUID.fromString(p.get("id").asText()),
                        p.get("mitigation").asText(),
                        p.get("title").asText(),
                        risks,
                        p.get("reducesLikelihood").asInt(),
                        p.get("reducesImpact").asInt(),
                        Mitigation.Effort.valueOf(p.get("effort").asText()),
                        PlanItem.Decision.valueOf(p.get("decision").asText()),
                        p.get("reason").asText(),
                        p.get("owner").asText(),
                        due,
                        PlanItem.Priority.valueOf(p.get("priority").asText()),
                        PlanItem.Status.valueOf(p.get("status").asText()),
                        p.get("notes").asText()));
            } catch (IllegalArgumentException e) {
                problems.add(new PackageProblem(at, e.getMessage()));
            }
        }
        return new MitigationPlan(items);
    }

    private Answer answer(JsonNode r, String at) {
        JsonNode v = r.get("value");
        return switch (r.get("kind").asText()) {
            case "choice" -> new Answer.Choice(v.asText());
            case "choices" -> {
                List<String> options = new ArrayList<>();
                v.forEach(o -> options.add(o.asText()));
                yield new Answer.Choices(options);
            }
            case "text" -> new Answer.Text(v.asText());
            case "number" -> number(v.asText(), at);
            case "scale" -> new Answer.Scale(v.asInt());
            case "date" -> {
                LocalDate date = date(v.asText(), at);
                yield date == null ? null : new Answer.Date(date);
            }
            default -> null;
        };
    }

    /** Numbers the database keeps exactly and every report prints in full. */
    private Answer number(String text, String at) {
        String refusal = "a number answer has at most " + MAX_NUMBER_DIGITS + " digits before and " + MAX_NUMBER_DIGITS
                + " after the point; write a shorter one.";
        if (text.length() > 2 * MAX_NUMBER_DIGITS + 8) {
            problems.add(new PackageProblem(at, refusal));
            return null;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            problems.add(new PackageProblem(at, refusal));
            return null;
        }
        if (value.scale() > MAX_NUMBER_DIGITS || value.precision() - value.scale() > MAX_NUMBER_DIGITS) {
            problems.add(new PackageProblem(at, refusal));
            return null;
        }
        return new Answer.Number(value);
    }

    private LocalDate date(String text, String at) {
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // said below
        }
        problems.add(new PackageProblem(
                at,
                "\"" + text + "\" is not a real date between the years " + FIRST_YEAR + " and " + LAST_YEAR
                        + "; write it YYYY-MM-DD."));
        return null;
    }

    private Instant instant(JsonNode node, String at) {
        String text = node.asText();
        try {
            OffsetDateTime moment = OffsetDateTime.parse(text);
            if (moment.getYear() >= FIRST_YEAR && moment.getYear() <= LAST_YEAR) {
                return moment.toInstant();
            }
        } catch (DateTimeParseException e) {
            // said below
        }
        problems.add(new PackageProblem(
                at,
                "\"" + SchemaMessages.shown(node).replace("\"", "") + "\" is not a "
                        + "moment between the years " + FIRST_YEAR + " and " + LAST_YEAR + "; write it like "
                        + "2026-01-31T09:30:00Z."));
        return Instant.EPOCH;
    }
}
