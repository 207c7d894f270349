package org.airisk.workbench.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javafx.collections.ListChangeListener;
import org.airisk.workbench.assessment.Assessment;
import org.airisk.workbench.assessment.AssessmentStatus;
import org.airisk.workbench.assessment.AssessmentSummary;
import org.airisk.workbench.assessment.RecordedAnswer;
import org.airisk.workbench.catalog.RiskCatalog;
import org.airisk.workbench.catalogdata.CatalogReader;
import org.airisk.workbench.portfolio.PortfolioFilter;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.AnsweredQuestionnaire;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.questionnairedata.TemplateLibrary;
import org.airisk.workbench.review.ReviewStage;
import org.airisk.workbench.scoring.EuAiActClassifier;
import org.airisk.workbench.scoring.MitigationRecommender;
import org.airisk.workbench.scoring.RiskRegister;
import org.airisk.workbench.scoring.RiskScorer;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.store.BulkCopies;
import org.airisk.workbench.store.JdbcAssessmentPages;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.JdbcPortfolioQueries;
import org.airisk.workbench.store.JdbcRegisterRepository;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;
import org.airisk.workbench.ui.ImmediateBackgroundWork;
import org.airisk.workbench.ui.library.AssessmentRow;
import org.airisk.workbench.ui.library.LibraryViewModel;

/**
 * Portfolio-scale figures on a data folder of N generated assessments (10,000 by default): the portfolio
 * dashboard's refresh (all its queries, for several filters), the library's search-as-you-type per keystroke, and
 * opening an assessment (everything read from the store, scored, recommended and classified: what happens before
 * its screens are drawn). Usage: PortfolioBenchmark DATA_DIR [COUNT]
 */
public final class PortfolioBenchmark {
    private static final int RUNS = 30;
    private static final int SCORED = 200;
    private static final int PAGE = 50;

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        boolean fresh = !Files.exists(folder.resolve("workbench.mv.db"));
        try (WorkbenchDatabase database = WorkbenchDatabase.open(folder)) {
            if (fresh) {
                long started = System.nanoTime();
                generate(database, count);
                System.out.printf("generated %d assessments in %.1f s%n", count, (System.nanoTime() - started) / 1e9);
            }
            JdbcAssessmentRepository assessments = new JdbcAssessmentRepository(database, TestClock.FIXED);
            System.out.println("assessments: " + assessments.count());
            portfolio(database, assessments);
            pages(database, assessments);
            library(database, assessments);
            open(database, assessments);
        }
    }

    private static void portfolio(WorkbenchDatabase database, JdbcAssessmentRepository assessments) {
        refreshes(database, assessments, filters());
    }

    /** The portfolio's filters measured, by name. */
    static Map<String, PortfolioFilter> filters() {
        LocalDate today = PortfolioGenerator.TODAY;
        Map<String, PortfolioFilter> filters = new LinkedHashMap<>();
        filters.put("all", PortfolioFilter.ALL);
        filters.put("one owner", new PortfolioFilter("Owner 7", null, null, null));
        filters.put("status", new PortfolioFilter("", AssessmentStatus.IN_PROGRESS, null, null));
        filters.put(
                "owner + status + dates",
                new PortfolioFilter("Owner 7", AssessmentStatus.IN_PROGRESS, today.minusDays(30), today.plusDays(1)));
        filters.put("last 30 days", new PortfolioFilter("", null, today.minusDays(30), today));
        filters.put("review stage (draft: all match)", new PortfolioFilter("", null, null, null, ReviewStage.DRAFT));
        return filters;
    }

    /**
     * Times the dashboard's refresh ({@link #RUNS} after five warm-up runs) for each of the given filters. Each run
     * first changes one assessment (not timed): H2 reuses a query's last result while its tables are unchanged,
     * which would time a cache instead of the queries.
     */
    static void refreshes(
            WorkbenchDatabase database, JdbcAssessmentRepository assessments, Map<String, PortfolioFilter> filters) {
        List<AssessmentSummary> all = assessments.list();
        Random random = new Random(3);
        JdbcPortfolioQueries queries = new JdbcPortfolioQueries(database);
        LocalDate today = PortfolioGenerator.TODAY;
        for (Map.Entry<String, PortfolioFilter> f : filters.entrySet()) {
            double[] times = new double[RUNS];
            for (int i = -5; i < RUNS; i++) {
                assessments.saveNote(all.get(random.nextInt(all.size())).id(), "bench", "run " + i);
                long t = System.nanoTime();
                queries.owners();
                queries.snapshot(f.getValue(), today);
                if (i >= 0) {
                    times[i] = (System.nanoTime() - t) / 1e6;
                }
            }
            report("portfolio refresh (" + f.getKey() + ")", times, 500);
        }
    }

    /**
     * Up to {@link #SCORED} assessments scored one by one as the app does, the rest copied from them in bulk
     * ({@link BulkCopies}): generating 100,000 one by one would take about seven minutes.
     */
    static void generate(WorkbenchDatabase database, int count) {
        generate(database, count, SCORED);
    }

    /** As {@link #generate(WorkbenchDatabase, int)}, with up to {@code most} of them scored one by one. */
    static void generate(WorkbenchDatabase database, int count, int most) {
        int scored = Math.min(count, most);
        PortfolioGenerator.generate(database, scored, new Random(42));
        // Only the scored ones are copied: the window scores any others at its first start (ADR 0012), so a library
        // in use has none left, and copies of them would have every start of the harness score them again.
        List<UUID> unscored = new JdbcRegisterRepository(database, TestClock.FIXED).withoutCurrentResults();
        List<UUID> originals = new JdbcAssessmentRepository(database, TestClock.FIXED)
                .list().stream()
                        .map(AssessmentSummary::id)
                        .filter(id -> !unscored.contains(id))
                        .toList();
        BulkCopies.add(database, originals, count - scored, PortfolioGenerator.DAYS_OF_CHANGES, new Random(43));
    }

    /** The library's first screenful with the count, and its search as the database answers it, per keystroke. */
    private static void pages(WorkbenchDatabase database, JdbcAssessmentRepository assessments) {
        JdbcAssessmentPages pages = new JdbcAssessmentPages(database);
        List<AssessmentSummary> some = pages.page("", 0, 1000);
        Random random = new Random(5);
        // A change before each timed query, as for the portfolio: H2 would otherwise hand back its cached result.
        Runnable change =
                () -> assessments.saveNote(some.get(random.nextInt(some.size())).id(), "bench", "page");
        double[] first = new double[RUNS];
        for (int i = -5; i < RUNS; i++) {
            change.run();
            long t = System.nanoTime();
            pages.count("");
            pages.page("", 0, PAGE);
            if (i >= 0) {
                first[i] = (System.nanoTime() - t) / 1e6;
            }
        }
        report("library first page (count + " + PAGE + " rows)", first, 100);
        String typed = "fraud radar review 12";
        List<Double> keystrokes = new ArrayList<>();
        for (int round = -2; round < 10; round++) {
            for (int k = 1; k <= typed.length(); k++) {
                change.run();
                long t = System.nanoTime();
                pages.count(typed.substring(0, k));
                pages.page(typed.substring(0, k), 0, PAGE);
                if (round >= 0) {
                    keystrokes.add((System.nanoTime() - t) / 1e6);
                }
            }
        }
        report(
                "library search by the database, per keystroke (count + first page)",
                keystrokes.stream().mapToDouble(Double::doubleValue).toArray(),
                50);
    }

    /**
     * The window's search: the view model's query (status, stage and questionnaire names too), per keystroke: until
     * its first 200 rows are shown, and until the number they are of is shown (ADR 0050: a search that finds more
     * than 2,000 shows its rows first and counts them next, on the same queue; both figures are printed).
     */
    private static void library(WorkbenchDatabase database, JdbcAssessmentRepository assessments) {
        LibraryViewModel model = new LibraryViewModel(
                assessments,
                new JdbcAssessmentPages(database),
                TemplateLibrary.load(null),
                new ImmediateBackgroundWork(),
                id -> {});
        model.refresh();
        List<UUID> some = model.shownRows().stream().map(AssessmentRow::id).toList();
        long[] rowsShown = new long[1];
        model.shownRows().addListener((ListChangeListener<AssessmentRow>) change -> rowsShown[0] = System.nanoTime());
        Random random = new Random(7);
        String typed = "fraud radar review 12";
        List<Double> toRows = new ArrayList<>();
        List<Double> toCount = new ArrayList<>();
        for (int round = -2; round < 10; round++) {
            model.searchProperty().set("");
            for (int k = 1; k <= typed.length(); k++) {
                // As for the database's figures: a change first, or H2 hands back a repeated query's last result.
                assessments.saveNote(some.get(random.nextInt(some.size())), "bench", "keystroke");
                long t = System.nanoTime();
                rowsShown[0] = 0;
                model.searchProperty().set(typed.substring(0, k));
                long counted = System.nanoTime();
                if (!model.totalExactProperty().get() || rowsShown[0] == 0) {
                    throw new IllegalStateException("the search did not show its rows and their number");
                }
                if (round >= 0) {
                    toRows.add((rowsShown[0] - t) / 1e6);
                    toCount.add((counted - t) / 1e6);
                }
            }
        }
        report(
                "library search in the window (view model), per keystroke, until its first " + LibraryViewModel.PAGE
                        + " rows are shown",
                toRows.stream().mapToDouble(Double::doubleValue).toArray(),
                50);
        report(
                "library search in the window (view model), per keystroke, until the number found is shown too",
                toCount.stream().mapToDouble(Double::doubleValue).toArray(),
                50);
    }

    private static void open(WorkbenchDatabase database, JdbcAssessmentRepository assessments) {
        JdbcRegisterRepository registers = new JdbcRegisterRepository(database, TestClock.FIXED);
        TemplateLibrary templates = TemplateLibrary.load(null);
        RiskCatalog catalog = new CatalogReader().readBuiltIn();
        RiskScorer scorer = new RiskScorer(catalog);
        MitigationRecommender recommender = new MitigationRecommender(catalog);
        EuAiActClassifier classifier = new EuAiActClassifier();
        List<AssessmentSummary> all = assessments.list();
        Random random = new Random(9);
        double[] times = new double[RUNS];
        for (int i = -5; i < RUNS; i++) {
            UUID id = all.get(random.nextInt(all.size())).id();
            long t = System.nanoTime();
            Assessment a = assessments.find(id).orElseThrow();
            Map<String, RecordedAnswer> recorded = assessments.answers(id);
            ScoringMethod method = registers.method(id).orElse(ScoringMethod.standard());
            var overrides = registers.overrides(id);
            var plan = registers.plan(id);
            QuestionnaireTemplate template =
                    templates.find(a.templateId(), a.templateVersion()).orElseThrow();
            Map<String, Answer> answers = new HashMap<>();
            recorded.forEach((q, r) -> {
                if (r.answer() != null) {
                    answers.put(q, r.answer());
                }
            });
            AnsweredQuestionnaire state = new AnsweredQuestionnaire(template, answers);
            RiskRegister register = scorer.score(state, method, overrides, plan);
            recommender.recommend(register, plan);
            classifier.classify(state);
            if (i >= 0) {
                times[i] = (System.nanoTime() - t) / 1e6;
            }
        }
        report("open an assessment (read, score, recommend, classify)", times, 300);
    }

    private static void report(String what, double[] times, double target) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        double p50 = sorted[sorted.length / 2];
        double p95 = sorted[(int) Math.ceil(sorted.length * 0.95) - 1];
        System.out.printf(
                "%s: p50 %.1f ms, p95 %.1f ms, max %.1f ms (target < %.0f ms)%n",
                what, p50, p95, sorted[sorted.length - 1], target);
    }
}
