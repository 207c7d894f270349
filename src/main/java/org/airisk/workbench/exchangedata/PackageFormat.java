package org.airisk.workbench.exchangedata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.airisk.workbench.assessment.Assessment;
import org.airisk.workbench.assessment.AssessmentStatus;
import org.airisk.workbench.assessment.RecordedAnswer;
import org.airisk.workbench.catalog.Mitigation;
import org.airisk.workbench.exchange.PackageProblem;
import org.airisk.workbench.exchange.PackagedAssessment;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.scoring.MitigationPlan;
import org.airisk.workbench.scoring.PlanItem;
import org.airisk.workbench.scoring.RatingOverride;
import org.airisk.workbench.scoring.ScoringMethod;

/**
 * The assessment package format (.airisk.json, schema in docs/schema): writes assessments as JSON in a fixed order,
 * and reads a package back, checking it against the schema first and naming every problem by its JSON path.
 */
public final class PackageFormat {
    public static final String FORMAT = "ai-risk-workbench/assessment-package";
    public static final int VERSION = 1;
    public static final String EXTENSION = ".airisk.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** What reading a package gave: its assessments, or the problems that stop it from being imported. */
    public record Read(List<PackagedAssessment> assessments, List<PackageProblem> problems) {
        public Read {
            assessments = List.copyOf(assessments);
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }

        static Read problem(String path, String message) {
            return new Read(List.of(), List.of(new PackageProblem(path, message)));
        }
    }

    /** Read on first use (the validator's start costs about 100 ms, which the window's start-up need not pay). */
    private static final class Schema {
        static final JsonSchema PACKAGE = loadSchema();
    }

    private static JsonSchema loadSchema() {
        try (InputStream in = PackageFormat.class.getResourceAsStream("/schema/assessment-package.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("the package schema is missing from the application");
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException("the package schema could not be read", e);
        }
    }

    // writing

    public String write(List<PackagedAssessment> assessments, Instant exportedAt, String exportedBy) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", VERSION);
        root.put("exportedAt", exportedAt.toString());
        root.put("exportedBy", exportedBy);
        ArrayNode list = root.putArray("assessments");
        assessments.forEach(a -> list.add(assessment(a)));
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the package", e);
        }
    }

    /** One assessment as canonical JSON (fixed key order, answers by question, overrides by risk): hash input. */
    public String canonical(PackagedAssessment assessment) {
        try {
            return new ObjectMapper().writeValueAsString(assessment(assessment));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ObjectNode assessment(PackagedAssessment p) {
        Assessment a = p.assessment();
        ObjectNode node = JSON.createObjectNode();
        node.put("id", a.id().toString());
        node.put("title", a.title());
        node.put("systemName", a.systemName());
        node.put("owner", a.owner());
        ObjectNode template = node.putObject("template");
        template.put("id", a.templateId());
        template.put("version", a.templateVersion());
        node.put("status", a.status().name());
        node.put("progressPercent", a.progressPercent());
        node.put("createdAt", a.createdAt().toString());
        node.put("updatedAt", a.updatedAt().toString());
        if (p.method() == null) {
            node.putNull("scoringMethod");
        } else {
            ObjectNode m = node.putObject("scoringMethod");
            m.put("size", p.method().size());
            m.put("appetite", p.method().appetite());
            m.put("startLikelihood", p.method().startLikelihood());
            m.put("startImpact", p.method().startImpact());
            m.put("model", p.method().version());
            ArrayNode levels = m.putArray("levels");
            p.method().levels().forEach(l -> levels.addObject().put("label", l.label()).put("colour", l.colour())
                    .put("fromScore", l.fromScore()));
        }
        ArrayNode answers = node.putArray("answers");
        p.answers().values().stream().sorted(Comparator.comparing(RecordedAnswer::questionId))
                .forEach(r -> answers.add(answer(r)));
        ArrayNode overrides = node.putArray("overrides");
        p.overrides().values().stream().sorted(Comparator.comparing(RatingOverride::riskId))
                .forEach(o -> {
                    ObjectNode override = overrides.addObject().put("risk", o.riskId())
                            .put("likelihood", o.likelihood()).put("impact", o.impact())
                            .put("justification", o.justification());
                    if (o.notApplicable()) {
                        // only when set, so packages without it keep the hash they always had
                        override.put("notApplicable", true);
                    }
                });
        ArrayNode plan = node.putArray("plan");
        for (PlanItem i : p.plan().items()) {
            ObjectNode item = plan.addObject();
            item.put("id", i.id().toString());
            item.put("mitigation", i.mitigationId());
            item.put("title", i.title());
            ArrayNode risks = item.putArray("risks");
            i.risks().forEach(risks::add);
            item.put("reducesLikelihood", i.reducesLikelihood());
            item.put("reducesImpact", i.reducesImpact());
            item.put("effort", i.effort().name());
            item.put("decision", i.decision().name());
            item.put("reason", i.reason());
            item.put("owner", i.owner());
            if (i.due() == null) {
                item.putNull("due");
            } else {
                item.put("due", i.due().toString());
            }
            item.put("priority", i.priority().name());
            item.put("status", i.status().name());
            item.put("notes", i.notes());
        }
        return node;
    }

    private ObjectNode answer(RecordedAnswer r) {
        ObjectNode node = JSON.createObjectNode();
        node.put("question", r.questionId());
        Answer a = r.answer();
        if (a instanceof Answer.Choice c) {
            node.put("kind", "choice").put("value", c.option());
        } else if (a instanceof Answer.Choices c) {
            node.put("kind", "choices");
            ArrayNode values = node.putArray("value");
            c.options().forEach(values::add);
        } else if (a instanceof Answer.Text t) {
            node.put("kind", "text").put("value", t.text());
        } else if (a instanceof Answer.Number n) {
            node.put("kind", "number").put("value", n.value().toPlainString());
        } else if (a instanceof Answer.Scale s) {
            node.put("kind", "scale").put("value", s.point());
        } else if (a instanceof Answer.Date d) {
            node.put("kind", "date").put("value", d.value().toString());
        } else {
            node.put("kind", "none");
        }
        node.put("note", r.note());
        node.put("updatedAt", r.updatedAt().toString());
        return node;
    }

    // reading

    public Read read(byte[] content) {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (IOException e) {
            String reason = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            String where = e instanceof JsonProcessingException j && j.getLocation() != null
                    ? " (line " + j.getLocation().getLineNr() + ", column " + j.getLocation().getColumnNr() + ")" : "";
            return Read.problem("$", "not valid JSON" + where + ": " + reason
                    + ". The file may be cut short or not a package.");
        }
        if (root == null || !root.isObject()) {
            return Read.problem("$", "not an assessment package: the file holds no JSON object.");
        }
        if (!FORMAT.equals(root.path("format").asText())) {
            return Read.problem("$.format", "not an assessment package: expected format \"" + FORMAT + "\".");
        }
        if (root.path("formatVersion").isInt() && root.path("formatVersion").asInt() > VERSION) {
            return Read.problem("$.formatVersion", "written by a newer version of AI Risk Workbench (package format "
                    + root.path("formatVersion").asInt() + "; this version reads up to " + VERSION
                    + "). Update the workbench to import it.");
        }
        List<PackageProblem> problems = new ArrayList<>();
        for (ValidationMessage m : Schema.PACKAGE.validate(root)) {
            problems.add(new PackageProblem(m.getInstanceLocation().toString(), m.getMessage()
                    .replaceFirst("^\\$[^:]*: ", "")));
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing(PackageProblem::path));
            return new Read(List.of(), problems);
        }
        List<PackagedAssessment> assessments = new ArrayList<>();
        JsonNode list = root.get("assessments");
        for (int i = 0; i < list.size(); i++) {
            String path = "$.assessments[" + i + "]";
            try {
                assessments.add(assessment(list.get(i), path, problems));
            } catch (RuntimeException e) {
                problems.add(new PackageProblem(path, e.getMessage()));
            }
        }
        return problems.isEmpty() ? new Read(assessments, List.of()) : new Read(List.of(), problems);
    }

    private PackagedAssessment assessment(JsonNode n, String path, List<PackageProblem> problems) {
        Assessment a = new Assessment(UUID.fromString(n.get("id").asText()), n.get("title").asText(),
                n.get("systemName").asText(), n.get("owner").asText(), n.get("template").get("id").asText(),
                n.get("template").get("version").asInt(), AssessmentStatus.valueOf(n.get("status").asText()),
                n.get("progressPercent").asInt(), instant(n.get("createdAt")), instant(n.get("updatedAt")));
        ScoringMethod method = null;
        JsonNode m = n.get("scoringMethod");
        if (!m.isNull()) {
            List<ScoringMethod.Level> levels = new ArrayList<>();
            m.get("levels").forEach(l -> levels.add(new ScoringMethod.Level(l.get("label").asText(),
                    l.get("colour").asText(), l.get("fromScore").asInt())));
            List<String> wrong = ScoringMethod.problems(m.get("size").asInt(), levels, m.get("appetite").asInt(),
                    m.get("startLikelihood").asInt(), m.get("startImpact").asInt());
            // packages written before scoring models had numbers were scored on the first one
            int model = m.path("model").asInt(ScoringMethod.ADDITIVE);
            if (model < ScoringMethod.ADDITIVE || model > ScoringMethod.CURRENT) {
                wrong = new ArrayList<>(wrong);
                wrong.add("scoring model " + model + " is not known to this version of the workbench (it knows "
                        + ScoringMethod.ADDITIVE + " to " + ScoringMethod.CURRENT + "); update the workbench");
            }
            wrong.forEach(w -> problems.add(new PackageProblem(path + ".scoringMethod", w)));
            if (wrong.isEmpty()) {
                method = new ScoringMethod(m.get("size").asInt(), levels, m.get("appetite").asInt(),
                        m.get("startLikelihood").asInt(), m.get("startImpact").asInt(), model);
            }
        }
        Map<String, RecordedAnswer> answers = new LinkedHashMap<>();
        JsonNode answerList = n.get("answers");
        for (int i = 0; i < answerList.size(); i++) {
            JsonNode r = answerList.get(i);
            String at = path + ".answers[" + i + "]";
            try {
                RecordedAnswer answer = new RecordedAnswer(r.get("question").asText(), answer(r),
                        r.get("note").asText(), instant(r.get("updatedAt")));
                if (answers.put(answer.questionId(), answer) != null) {
                    problems.add(new PackageProblem(at + ".question", "the question \"" + answer.questionId()
                            + "\" is answered twice"));
                }
            } catch (RuntimeException e) {
                problems.add(new PackageProblem(at + ".value", e.getMessage()));
            }
        }
        Map<String, RatingOverride> overrides = new LinkedHashMap<>();
        JsonNode overrideList = n.get("overrides");
        for (int i = 0; i < overrideList.size(); i++) {
            JsonNode o = overrideList.get(i);
            try {
                RatingOverride override = new RatingOverride(o.get("risk").asText(), o.get("likelihood").asInt(),
                        o.get("impact").asInt(), o.get("justification").asText(),
                        o.path("notApplicable").asBoolean(false));
                overrides.put(override.riskId(), override);
            } catch (IllegalArgumentException e) {
                problems.add(new PackageProblem(path + ".overrides[" + i + "]", e.getMessage()));
            }
        }
        List<PlanItem> items = new ArrayList<>();
        Map<String, Integer> itemIds = new HashMap<>();
        JsonNode planList = n.get("plan");
        for (int i = 0; i < planList.size(); i++) {
            JsonNode p = planList.get(i);
            // Ids are compared as UUIDs: upper and lower case spell the same one.
            String itemId = p.get("id").asText().toLowerCase(Locale.ROOT);
            Integer first = itemIds.putIfAbsent(itemId, i);
            if (first != null) {
                problems.add(new PackageProblem(path + ".plan[" + i + "].id", "the plan item id " + itemId
                        + " is already used by plan[" + first + "]; each item of a plan needs its own id"));
                continue;
            }
            try {
                List<String> risks = new ArrayList<>();
                p.get("risks").forEach(r -> risks.add(r.asText()));
                items.add(new PlanItem(UUID.fromString(p.get("id").asText()), p.get("mitigation").asText(),
                        p.get("title").asText(), risks, p.get("reducesLikelihood").asInt(),
                        p.get("reducesImpact").asInt(), Mitigation.Effort.valueOf(p.get("effort").asText()),
                        PlanItem.Decision.valueOf(p.get("decision").asText()), p.get("reason").asText(),
                        p.get("owner").asText(), p.get("due").isNull() ? null : LocalDate.parse(p.get("due").asText()),
                        PlanItem.Priority.valueOf(p.get("priority").asText()),
                        PlanItem.Status.valueOf(p.get("status").asText()), p.get("notes").asText()));
            } catch (RuntimeException e) {
                problems.add(new PackageProblem(path + ".plan[" + i + "]", e.getMessage()));
            }
        }
        return new PackagedAssessment(a, method, answers, overrides, new MitigationPlan(items));
    }

    private static Answer answer(JsonNode r) {
        JsonNode v = r.get("value");
        return switch (r.get("kind").asText()) {
            case "choice" -> new Answer.Choice(v.asText());
            case "choices" -> {
                List<String> options = new ArrayList<>();
                v.forEach(o -> options.add(o.asText()));
                yield new Answer.Choices(options);
            }
            case "text" -> new Answer.Text(v.asText());
            case "number" -> new Answer.Number(new BigDecimal(v.asText()));
            case "scale" -> new Answer.Scale(v.asInt());
            case "date" -> new Answer.Date(LocalDate.parse(v.asText()));
            default -> null;
        };
    }

    private static Instant instant(JsonNode node) {
        return Instant.parse(node.asText());
    }
}
