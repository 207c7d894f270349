package org.airisk.workbench.exchangedata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.airisk.workbench.assessment.Assessment;
import org.airisk.workbench.assessment.RecordedAnswer;
import org.airisk.workbench.exchange.CarriedQuestionnaire;
import org.airisk.workbench.exchange.PackageExchange;
import org.airisk.workbench.exchange.PackageProblem;
import org.airisk.workbench.exchange.PackagedAssessment;
import org.airisk.workbench.questionnaire.Answer;
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
    /** The format of a package that carries own questionnaires ({@code templates}); otherwise it is format 1. */
    public static final int WITH_TEMPLATES = 2;

    public static final String EXTENSION = PackageExchange.EXTENSION;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** What reading a package gave: its assessments, or the problems that stop it from being imported. */
    public record Read(
            List<PackagedAssessment> assessments,
            List<PackageProblem> problems,
            List<Map<String, Integer>> answerPositions,
            List<CarriedQuestionnaire> templates) {
        public Read {
            assessments = List.copyOf(assessments);
            problems = List.copyOf(problems);
            answerPositions = List.copyOf(answerPositions);
            templates = List.copyOf(templates);
        }

        /** A read carrying no questionnaire. */
        public Read(
                List<PackagedAssessment> assessments,
                List<PackageProblem> problems,
                List<Map<String, Integer>> answerPositions) {
            this(assessments, problems, answerPositions, List.of());
        }

        public boolean ok() {
            return problems.isEmpty();
        }

        /** Where the answer to a question stands in the i-th assessment's list, for paths. */
        public int answerIndex(int assessment, String question) {
            return answerPositions.get(assessment).getOrDefault(question, 0);
        }

        static Read problem(String path, String message) {
            return new Read(List.of(), List.of(new PackageProblem(path, message)), List.of());
        }
    }

    /** Read on first use (the validator's start costs about 100 ms, which the window's start-up need not pay). */
    private static final class Schema {
        static final JsonSchema PACKAGE = loadSchema();
    }

    static JsonSchema schema() {
        return Schema.PACKAGE;
    }

    private static JsonSchema loadSchema() {
        try (InputStream in = PackageFormat.class.getResourceAsStream("/schema/assessment-package.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("the package schema is missing from the application");
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException("the package schema could not be read", e);
        }
    }

    // writing

    public String write(List<PackagedAssessment> assessments, Instant exportedAt, String exportedBy) {
        return write(assessments, List.of(), exportedAt, exportedBy);
    }

    /** As above, carrying the own questionnaires the assessments follow (format 2 when there are any). */
    public String write(
            List<PackagedAssessment> assessments,
            List<CarriedQuestionnaire> templates,
            Instant exportedAt,
            String exportedBy) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", templates.isEmpty() ? VERSION : WITH_TEMPLATES);
        root.put("exportedAt", exportedAt.toString());
        root.put("exportedBy", exportedBy);
        ArrayNode list = root.putArray("assessments");
        for (PackagedAssessment a : assessments) {
            ObjectNode node = content(a);
            if (!a.comments().isEmpty()) {
                // left out when there are none, so packages without comments read as they always did
                node.set("comments", PackageComments.write(a.comments()));
            }
            PackageBoard.write(node, a.board(), this);
            list.add(node);
        }
        if (!templates.isEmpty()) {
            PackageTemplates.write(root, templates);
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the package", e);
        }
    }

    /**
     * One assessment as canonical JSON (fixed key order, answers by question, overrides by risk): hash input. Its
     * review comments are not in it: they are about the content, not the content (docs/decisions/0018).
     */
    public String canonical(PackagedAssessment assessment) {
        try {
            return new ObjectMapper().writeValueAsString(content(assessment));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One assessment's content: what {@link #canonical} writes. */
    ObjectNode content(PackagedAssessment p) {
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
        putScoringMethod(node, p.method());
        ArrayNode answers = node.putArray("answers");
        p.answers().values().stream()
                .sorted(Comparator.comparing(RecordedAnswer::questionId))
                .forEach(r -> answers.add(answer(r)));
        ArrayNode overrides = node.putArray("overrides");
        p.overrides().values().stream()
                .sorted(Comparator.comparing(RatingOverride::riskId))
                .forEach(o -> putOverride(overrides.addObject(), o));
        ArrayNode plan = node.putArray("plan");
        for (PlanItem i : p.plan().items()) {
            putPlanItem(plan.addObject(), i);
        }
        return node;
    }

    private static void putScoringMethod(ObjectNode node, ScoringMethod method) {
        if (method == null) {
            node.putNull("scoringMethod");
            return;
        }
        ObjectNode m = node.putObject("scoringMethod");
        m.put("size", method.size());
        m.put("appetite", method.appetite());
        m.put("startLikelihood", method.startLikelihood());
        m.put("startImpact", method.startImpact());
        m.put("model", method.version());
        ArrayNode levels = m.putArray("levels");
        method.levels()
                .forEach(l -> levels.addObject()
                        .put("label", l.label())
                        .put("colour", l.colour())
                        .put("fromScore", l.fromScore()));
    }

    private static void putOverride(ObjectNode override, RatingOverride o) {
        override.put("risk", o.riskId())
                .put("likelihood", o.likelihood())
                .put("impact", o.impact())
                .put("justification", o.justification());
        if (o.notApplicable()) {
            // only when set, so packages without it keep the hash they always had
            override.put("notApplicable", true);
        }
    }

    private static void putPlanItem(ObjectNode item, PlanItem i) {
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

    /** Reads and checks a package's text; see {@link PackageReader}. */
    public Read read(String text) {
        return new PackageReader().read(text);
    }
}
