package org.airisk.workbench.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.airisk.workbench.assessment.Assessment;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.catalog.Baseline;
import org.airisk.workbench.catalog.Mitigation;
import org.airisk.workbench.catalog.Pillar;
import org.airisk.workbench.catalog.Risk;
import org.airisk.workbench.catalog.RiskCatalog;
import org.airisk.workbench.catalog.RiskCategory;
import org.airisk.workbench.catalog.RiskOrigin;
import org.airisk.workbench.catalogdata.CatalogReader;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.AnswerEffect;
import org.airisk.workbench.questionnaire.AnsweredQuestionnaire;
import org.airisk.workbench.questionnaire.Condition;
import org.airisk.workbench.questionnaire.Question;
import org.airisk.workbench.questionnaire.QuestionType;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.questionnaire.Section;
import org.airisk.workbench.questionnairedata.TemplateLibrary;
import org.airisk.workbench.questionnairedata.TemplateWriter;
import org.airisk.workbench.reportdata.ReportFiles;
import org.airisk.workbench.scoring.PlanItem;
import org.airisk.workbench.scoring.RatingOverride;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.JdbcEvidence;
import org.airisk.workbench.store.JdbcImportedRisks;
import org.airisk.workbench.store.JdbcPackageStore;
import org.airisk.workbench.store.JdbcRegisterRepository;
import org.airisk.workbench.store.JdbcReviewRepository;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;

/**
 * A library whose one assessment has a register of {@value #RISKS} risks: the built-in catalog plus generated
 * risks imported as an Atlas import stores them ("Synthetic risk 001"…, text clearly generated), and a
 * questionnaire template, saved in the data folder and loaded as the app loads it, with one yes/no question per
 * risk. Every question is answered, so every risk is applicable; some answers name controls in place, some risks
 * have plan items and a few have overrides. What the large-register report test and benchmark render.
 */
public final class LargeRegisterLibrary implements AutoCloseable {
    public static final int RISKS = 300;
    static final String TEMPLATE = "large-register-benchmark";
    private static final int PER_SECTION = 30;

    public final Path dataFolder;
    public final WorkbenchDatabase db;
    public final RiskCatalog catalog;
    public final UUID assessment;
    public final ReportFiles reports;
    /** The names of the risks the register holds, in catalog order. */
    public final List<String> riskNames;

    public LargeRegisterLibrary(Path dir) throws IOException {
        dataFolder = dir.resolve("data");
        db = WorkbenchDatabase.open(dataFolder);
        RiskCatalog builtIn = new CatalogReader().readBuiltIn();
        JdbcImportedRisks imported = new JdbcImportedRisks(db, TestClock.FIXED);
        imported.saveAll(syntheticRisks(RISKS - builtIn.risks().size()));
        catalog = builtIn.withImported(imported.all());
        if (catalog.risks().size() != RISKS) {
            throw new IllegalStateException(
                    "the catalog holds " + catalog.risks().size() + " risks, not " + RISKS);
        }
        riskNames = catalog.risks().stream().map(Risk::name).toList();

        Path templateFolder = Files.createDirectories(dataFolder.resolve(Workbench.TEMPLATE_FOLDER));
        Files.writeString(templateFolder.resolve(TEMPLATE + ".json"), new TemplateWriter().write(template(catalog)));
        TemplateLibrary templates = TemplateLibrary.load(templateFolder);
        templates.checkReferences(catalog::hasRisk, id -> catalog.mitigation(id).isPresent());
        QuestionnaireTemplate template = templates
                .newest(TEMPLATE)
                .orElseThrow(() ->
                        new IllegalStateException("the generated template did not load: " + templates.problems()));

        JdbcAssessmentRepository assessments = new JdbcAssessmentRepository(db, TestClock.FIXED);
        Assessment created = assessments.create(new NewAssessment(
                "Synthetic 300-risk register",
                "Benchmark system (synthetic)",
                "Benchmark owner",
                template.id(),
                template.version()));
        assessment = created.id();
        Map<String, Answer> soFar = new LinkedHashMap<>();
        List<Question> questions = template.questions().toList();
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            Answer answer =
                    new Answer.Choice(i % 7 == 3 ? Question.YES : i % 11 == 5 ? Question.NOT_SURE : Question.NO);
            soFar.put(q.id(), answer);
            assessments.saveAnswer(assessment, q.id(), answer, new AnsweredQuestionnaire(template, soFar).progress());
        }

        JdbcRegisterRepository registers = new JdbcRegisterRepository(db, TestClock.FIXED);
        registers.saveMethod(assessment, ScoringMethod.standard());
        List<Risk> risks = catalog.risks();
        for (int i = 0; i < risks.size(); i += 25) {
            registers.saveOverride(
                    assessment,
                    new RatingOverride(
                            risks.get(i).id(),
                            1 + i % 5,
                            1 + (i / 5) % 5,
                            "Reviewed by the benchmark's imaginary committee (override " + (i / 25 + 1) + ")"));
        }
        int planned = 0;
        for (int i = 0; i < risks.size(); i += 4) {
            List<Mitigation> options = catalog.mitigationsFor(risks.get(i).id());
            if (!options.isEmpty()) {
                planned++;
                registers.savePlanItem(
                        assessment,
                        PlanItem.accept(options.get(0), List.of(risks.get(i).id()))
                                .withDetails(
                                        "Owner " + planned,
                                        SampleReportLibrary.TODAY.plusDays(planned - 10L),
                                        PlanItem.Priority.values()[planned % PlanItem.Priority.values().length],
                                        PlanItem.Status.PLANNED,
                                        "Generated plan item " + planned));
            }
        }
        reports = new ReportFiles(
                new JdbcPackageStore(db, TestClock.FIXED),
                templates,
                catalog,
                ScoringMethod::standard,
                AppVersion.get(),
                new JdbcEvidence(db, TestClock.FIXED),
                new JdbcReviewRepository(db, TestClock.FIXED, ScoringMethod::standard));
    }

    /** Risks with ids, names and text of their own, generated: "synthetic-risk-101", "Synthetic risk 101". */
    static List<Risk> syntheticRisks(int count) {
        List<Risk> risks = new ArrayList<>();
        RiskCategory[] categories = RiskCategory.values();
        RiskOrigin[] origins = RiskOrigin.values();
        Pillar[] pillars = Pillar.values();
        for (int i = 1; i <= count; i++) {
            String number = String.format(Locale.ROOT, "%03d", i);
            risks.add(new Risk(
                    "synthetic-risk-" + number,
                    "Synthetic risk " + number,
                    categories[i % categories.length],
                    "synthetic-group-" + (i % 9 + 1),
                    origins[i % origins.length],
                    Set.of(pillars[i % pillars.length], pillars[(i + 3) % pillars.length]),
                    "Synthetic risk " + number + " is generated for the large-register benchmark: it stands for an "
                            + "imported risk and describes nothing real. Its text is long enough to wrap over two "
                            + "lines in the register, as real descriptions do.",
                    "A generated example for synthetic risk " + number + ".",
                    List.of("Generated harm " + (i % 4 + 1), "Generated harm " + (i % 6 + 5)),
                    null,
                    new Baseline(1 + i % 5, 1 + (i * 3) % 5, "Generated rating for the benchmark.")));
        }
        return risks;
    }

    /** One yes/no question per risk, in sections of thirty: "No" raises the likelihood, "Yes" names a control. */
    static QuestionnaireTemplate template(RiskCatalog catalog) {
        List<Section> sections = new ArrayList<>();
        List<Question> questions = new ArrayList<>();
        List<Risk> risks = catalog.risks();
        for (int i = 0; i < risks.size(); i++) {
            Risk risk = risks.get(i);
            String id = "q" + String.format(Locale.ROOT, "%03d", i + 1);
            List<AnswerEffect> effects = new ArrayList<>();
            effects.add(AnswerEffect.likelihood(new Condition.Equals(id, Question.NO), risk.id(), 1 + i % 2));
            effects.add(AnswerEffect.impact(new Condition.Equals(id, Question.NOT_SURE), risk.id(), 1));
            catalog.mitigationsFor(risk.id()).stream()
                    .findFirst()
                    .ifPresent(m -> effects.add(
                            AnswerEffect.control(new Condition.Equals(id, Question.YES), risk.id(), m.id())));
            questions.add(new Question(
                    id,
                    QuestionType.YES_NO_UNSURE,
                    "Is there a safeguard against " + risk.name().toLowerCase(Locale.ROOT) + "?",
                    "Generated question " + (i + 1) + ".",
                    null,
                    false,
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of(risk.id()),
                    effects));
            if (questions.size() == PER_SECTION || i == risks.size() - 1) {
                int n = sections.size() + 1;
                sections.add(new Section(
                        "part" + n,
                        "Generated part " + n,
                        "Questions " + (i + 2 - questions.size()) + " to " + (i + 1) + ".",
                        null,
                        questions));
                questions = new ArrayList<>();
            }
        }
        return new QuestionnaireTemplate(
                TEMPLATE, 1, "Large register (synthetic)", "Generated for the 300-risk report benchmark.", sections);
    }

    @Override
    public void close() {
        db.close();
    }
}
