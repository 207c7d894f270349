package org.airisk.workbench.bench;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.airisk.workbench.assessment.Assessment;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.catalog.RiskCatalog;
import org.airisk.workbench.catalogdata.CatalogReader;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.AnsweredQuestionnaire;
import org.airisk.workbench.questionnaire.Question;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.questionnairedata.TemplateLibrary;
import org.airisk.workbench.scoring.MitigationPlan;
import org.airisk.workbench.scoring.MitigationRecommender;
import org.airisk.workbench.scoring.PlanItem;
import org.airisk.workbench.scoring.Recommendation;
import org.airisk.workbench.scoring.RiskRegister;
import org.airisk.workbench.scoring.RiskScorer;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.JdbcRegisterRepository;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;

/**
 * Dev command: fills a data folder with N foundation-model assessments, each partly answered with plausible random
 * answers, scored, some with a mitigation plan (a few items overdue), for benchmarks, for the portfolio tests and
 * for trying the app at scale. Usage: PortfolioGenerator DATA_DIR COUNT [SEED]
 */
public final class PortfolioGenerator {
    private static final String[] SYSTEMS = {
        "HelpDesk Assistant",
        "Claims Triage",
        "CV Screener",
        "Code Copilot",
        "Loan Advisor",
        "Tutor Bot",
        "Clinical Summariser",
        "Fraud Radar",
        "Travel Agent",
        "Policy Search"
    };
    /** The day generated due dates are spread around, and the last day assessments are changed on. */
    public static final LocalDate TODAY = TestClock.TODAY;
    /** Assessments are last changed on one of this many days up to {@link #TODAY}. */
    public static final int DAYS_OF_CHANGES = 90;

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        long started = System.nanoTime();
        try (WorkbenchDatabase database = WorkbenchDatabase.open(folder)) {
            generate(database, count, new Random(seed));
        }
        System.out.printf(
                "generated %d assessments in %s in %.1f s%n", count, folder, (System.nanoTime() - started) / 1e9);
    }

    public static void generate(WorkbenchDatabase database, int count, Random random) {
        // Each assessment is written at its own moment of the last DAYS_OF_CHANGES days: never the real clock.
        TestClock.Settable clock = new TestClock.Settable();
        JdbcAssessmentRepository repository = new JdbcAssessmentRepository(database, clock);
        JdbcRegisterRepository registers = new JdbcRegisterRepository(database, clock);
        QuestionnaireTemplate template =
                TemplateLibrary.load(null).newest("foundation-model-assessment").orElseThrow();
        RiskCatalog catalog = new CatalogReader().readBuiltIn();
        RiskScorer scorer = new RiskScorer(catalog);
        MitigationRecommender recommender = new MitigationRecommender(catalog);
        ScoringMethod method = ScoringMethod.standard();
        List<Question> questions = template.questions().toList();
        for (int i = 0; i < count; i++) {
            clock.set(TestClock.NOW.minus(Duration.ofMinutes(random.nextInt(DAYS_OF_CHANGES * 24 * 60))));
            String system = SYSTEMS[random.nextInt(SYSTEMS.length)];
            Assessment a = repository.create(new NewAssessment(
                    system + " review " + (i + 1),
                    system,
                    "Owner " + (1 + random.nextInt(25)),
                    template.id(),
                    template.version()));
            Map<String, Answer> given = new HashMap<>();
            int answered = random.nextInt(12);
            for (int k = 0; k < answered; k++) {
                Question q = questions.get(random.nextInt(questions.size()));
                given.put(q.id(), randomAnswer(q, random));
            }
            AnsweredQuestionnaire state = new AnsweredQuestionnaire(template, given);
            for (Map.Entry<String, Answer> e : given.entrySet()) {
                repository.saveAnswer(a.id(), e.getKey(), e.getValue(), state.progress());
            }
            if (random.nextInt(4) == 0) {
                continue; // never opened: not scored yet
            }
            registers.saveMethod(a.id(), method);
            MitigationPlan plan = MitigationPlan.EMPTY;
            RiskRegister register = scorer.score(state, method, Map.of(), plan);
            List<Recommendation> recommended = recommender.recommend(register, plan);
            int items = Math.min(recommended.size(), random.nextInt(4));
            for (int k = 0; k < items; k++) {
                Recommendation r = recommended.get(k);
                PlanItem item = PlanItem.accept(r.mitigation(), r.riskIds())
                        .withDetails(
                                "Owner " + (1 + random.nextInt(25)),
                                TODAY.plusDays(random.nextInt(120) - 60),
                                PlanItem.Priority.values()[random.nextInt(3)],
                                PlanItem.Status.values()[random.nextInt(PlanItem.Status.values().length)],
                                "");
                registers.savePlanItem(a.id(), item);
                plan = plan.with(item);
            }
            registers.saveResults(a.id(), scorer.score(state, method, Map.of(), plan));
        }
    }

    static Answer randomAnswer(Question q, Random random) {
        return switch (q.type()) {
            case SINGLE_CHOICE, YES_NO_UNSURE ->
                new Answer.Choice(
                        q.options().get(random.nextInt(q.options().size())).id());
            case MULTIPLE_CHOICE ->
                new Answer.Choices(List.of(
                        q.options().get(random.nextInt(q.options().size())).id()));
            case SCALE -> new Answer.Scale(1 + random.nextInt(5));
            case NUMBER -> new Answer.Number(BigDecimal.valueOf(random.nextInt(100_000)));
            case DATE -> new Answer.Date(LocalDate.of(2025, 1, 1).plusDays(random.nextInt(700)));
            case SHORT_TEXT, LONG_TEXT -> new Answer.Text("Generated answer " + random.nextInt(1000));
        };
    }
}
