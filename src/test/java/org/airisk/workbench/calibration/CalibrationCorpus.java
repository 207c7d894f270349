package org.airisk.workbench.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.airisk.workbench.catalog.RiskCatalog;
import org.airisk.workbench.catalogdata.CatalogReader;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.AnsweredQuestionnaire;
import org.airisk.workbench.questionnaire.Question;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.questionnairedata.TemplateLibrary;
import org.airisk.workbench.scoring.EuAiActClassifier;
import org.airisk.workbench.scoring.EuAiActIndication;
import org.airisk.workbench.scoring.MitigationPlan;
import org.airisk.workbench.scoring.RiskRegister;
import org.airisk.workbench.scoring.RiskScore;
import org.airisk.workbench.scoring.RiskScorer;
import org.airisk.workbench.scoring.ScoringMethod;

/**
 * The calibration corpus (src/test/resources/calibration): realistic AI systems, each with every question of its
 * questionnaire answered and, written down before the scoring was tuned, what an experienced assessor expects:
 * the risks that belong in the register's top 10, the risks that must rank low, and the EU AI Act indication.
 * Scores each system and measures how the register meets those expectations.
 */
public final class CalibrationCorpus {
    public static final int TOP = 10;
    public static final Path FOLDER = Path.of("src", "test", "resources", "calibration");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One system of the corpus. */
    public record CalibrationSystem(
            String id,
            String name,
            String templateId,
            Set<String> expectedEu,
            List<String> expectedTop,
            List<String> mustBeLow,
            Map<String, Answer> answers,
            Map<String, String> notes) {}

    /** How the register of one system meets its expectations. */
    public record Result(
            CalibrationSystem system,
            List<RiskScore> top,
            List<String> found,
            List<String> missed,
            List<String> lowInTop,
            int competingForTop,
            Set<String> eu,
            RiskRegister register) {
        public double recall() {
            return system.expectedTop().isEmpty()
                    ? 1
                    : (double) found.size() / system.expectedTop().size();
        }

        public boolean euMatches() {
            return eu.equals(system.expectedEu());
        }
    }

    private final TemplateLibrary templates;
    private final RiskScorer scorer;

    public CalibrationCorpus(TemplateLibrary templates, RiskCatalog catalog) {
        this.templates = templates;
        this.scorer = new RiskScorer(catalog);
    }

    public static CalibrationCorpus builtIn() {
        return new CalibrationCorpus(
                TemplateLibrary.load(Path.of("target", "no-user-templates")), new CatalogReader().readBuiltIn());
    }

    public List<CalibrationSystem> systems() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            List<CalibrationSystem> systems = new ArrayList<>();
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                systems.add(read(file));
            }
            return systems;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public QuestionnaireTemplate template(CalibrationSystem system) {
        return templates
                .newest(system.templateId())
                .orElseThrow(
                        () -> new IllegalStateException(system.id() + ": no questionnaire " + system.templateId()));
    }

    private CalibrationSystem read(Path file) throws IOException {
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = JSON.readTree(in);
        }
        JsonNode expected = root.path("expected");
        String templateId = root.path("template").asText();
        QuestionnaireTemplate template = templates
                .newest(templateId)
                .orElseThrow(() -> new IllegalStateException(file + ": no questionnaire " + templateId));
        Map<String, Answer> answers = new LinkedHashMap<>();
        root.path("answers").fields().forEachRemaining(e -> {
            Question q = template.question(e.getKey())
                    .orElseThrow(() ->
                            new IllegalStateException(file + ": no question " + e.getKey() + " in " + templateId));
            answers.put(q.id(), answer(q, e.getValue()));
        });
        Map<String, String> notes = new LinkedHashMap<>();
        root.path("notes")
                .fields()
                .forEachRemaining(e -> notes.put(e.getKey(), e.getValue().asText()));
        return new CalibrationSystem(
                root.path("id").asText(),
                root.path("name").asText(),
                templateId,
                new TreeSet<>(strings(expected.path("euAiAct"))),
                risks(expected.path("top10")),
                risks(expected.path("mustBeLow")),
                answers,
                notes);
    }

    static Answer answer(Question q, JsonNode value) {
        return switch (q.type()) {
            case YES_NO_UNSURE, SINGLE_CHOICE -> new Answer.Choice(value.asText());
            case MULTIPLE_CHOICE -> new Answer.Choices(strings(value));
            case SCALE -> new Answer.Scale(value.asInt());
            case NUMBER -> new Answer.Number(new BigDecimal(value.asText()));
            case DATE -> new Answer.Date(LocalDate.parse(value.asText()));
            case SHORT_TEXT, LONG_TEXT -> new Answer.Text(value.asText());
        };
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static List<String> risks(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(v -> ids.add(v.path("risk").asText()));
        return ids;
    }

    public Result score(CalibrationSystem system, ScoringMethod method) {
        AnsweredQuestionnaire state = new AnsweredQuestionnaire(template(system), system.answers());
        RiskRegister register = scorer.score(state, method, Map.of(), MitigationPlan.EMPTY);
        List<RiskScore> ranked = register.ranked();
        List<RiskScore> top = ranked.stream().limit(TOP).toList();
        Set<String> topIds = new TreeSet<>(top.stream().map(RiskScore::riskId).toList());
        List<String> found =
                system.expectedTop().stream().filter(topIds::contains).toList();
        List<String> missed =
                system.expectedTop().stream().filter(r -> !topIds.contains(r)).toList();
        List<String> lowInTop =
                system.mustBeLow().stream().filter(topIds::contains).toList();
        int competing = top.size();
        if (top.size() == TOP) {
            RiskScore cut = top.get(TOP - 1);
            competing = (int) ranked.stream()
                    .filter(s -> RiskRegister.RANKING.compare(s, cut) <= 0 || sameKey(s, cut))
                    .count();
        }
        Set<String> eu = new TreeSet<>();
        EuAiActIndication indication = new EuAiActClassifier().classify(state);
        indication.findings().forEach(f -> eu.add(f.outcome().name()));
        return new Result(system, top, found, missed, lowInTop, competing, eu, register);
    }

    /** Level with each other on everything the register orders by, but the name. */
    static boolean sameKey(RiskScore a, RiskScore b) {
        return Math.abs(a.rank() - b.rank()) < 1e-9
                && a.inherent().impact() == b.inherent().impact()
                && a.residual().score() == b.residual().score()
                && a.risk().baseline().impact() == b.risk().baseline().impact()
                && a.risk().baseline().likelihood() == b.risk().baseline().likelihood();
    }
}
