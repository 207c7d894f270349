package org.airisk.workbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import org.airisk.workbench.assessment.Assessment;
import org.airisk.workbench.assessment.AssessmentStatus;
import org.airisk.workbench.assessment.AssessmentSummary;
import org.airisk.workbench.bench.PortfolioGenerator;
import org.airisk.workbench.catalogdata.CatalogReader;
import org.airisk.workbench.portfolio.PortfolioFilter;
import org.airisk.workbench.portfolio.PortfolioQueries;
import org.airisk.workbench.portfolio.PortfolioSnapshot;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.AnsweredQuestionnaire;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.questionnairedata.TemplateLibrary;
import org.airisk.workbench.review.Decision;
import org.airisk.workbench.review.ReviewStage;
import org.airisk.workbench.scoring.PlanItem;
import org.airisk.workbench.scoring.RiskRegister;
import org.airisk.workbench.scoring.RiskScore;
import org.airisk.workbench.scoring.RiskScorer;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portfolio queries on a generated database, checked against a straightforward computation: every assessment
 * read one by one through the repositories, scored again, and counted in Java.
 */
class JdbcPortfolioQueriesTest {
    private static final LocalDate TODAY = PortfolioGenerator.TODAY;

    @TempDir
    static Path folder;

    private static WorkbenchDatabase database;
    private static PortfolioQueries queries;
    private static List<Expected> everything;
    private static final QuestionnaireTemplate TEMPLATE =
            TemplateLibrary.load(null).newest("foundation-model-assessment").orElseThrow();
    private static final RiskScorer SCORER = new RiskScorer(new CatalogReader().readBuiltIn());

    /** One assessment as the plain computation sees it. */
    private record Expected(Assessment assessment, String level, List<String> aboveAppetite, List<PlanItem> overdue) {}

    @BeforeAll
    static void generate() {
        generate(WorkbenchDatabase.open(folder));
    }

    /** Fills {@code library} (H2 here, PostgreSQL in the subclass, which hides {@link #generate()}). */
    static void generate(WorkbenchDatabase library) {
        database = library;
        PortfolioGenerator.generate(database, 240, new Random(5));
        queries = new JdbcPortfolioQueries(database);
        JdbcAssessmentRepository assessments = new JdbcAssessmentRepository(database, TestClock.FIXED);
        JdbcRegisterRepository registers = new JdbcRegisterRepository(database, TestClock.FIXED);
        everything = new ArrayList<>();
        for (AssessmentSummary summary : assessments.list()) {
            Assessment a = assessments.find(summary.id()).orElseThrow();
            // scored again here, independently of what the store kept
            String level = PortfolioSnapshot.NOT_SCORED;
            List<String> above = List.of();
            if (registers.method(a.id()).isPresent()) {
                RiskRegister register = rescore(a, assessments, registers);
                level = highest(register);
                above = register.aboveAppetite().stream().map(RiskScore::riskId).toList();
            }
            List<PlanItem> overdue = registers.plan(a.id()).items().stream()
                    .filter(i -> i.isOverdue(TODAY))
                    .toList();
            everything.add(new Expected(a, level, above, overdue));
        }
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private static RiskRegister rescore(
            Assessment a, JdbcAssessmentRepository assessments, JdbcRegisterRepository registers) {
        Map<String, Answer> answers = new HashMap<>();
        assessments.answers(a.id()).forEach((q, r) -> {
            if (r.answer() != null) {
                answers.put(q, r.answer());
            }
        });
        AnsweredQuestionnaire state = new AnsweredQuestionnaire(TEMPLATE, answers);
        return SCORER.score(
                state, registers.method(a.id()).orElseThrow(), registers.overrides(a.id()), registers.plan(a.id()));
    }

    private static String highest(RiskRegister register) {
        List<String> order = register.method().levels().stream()
                .map(ScoringMethod.Level::label)
                .toList();
        return register.applicable().stream()
                .map(s -> s.residual().level().label())
                .max(Comparator.comparingInt(order::indexOf))
                .orElse(PortfolioSnapshot.NOT_SCORED);
    }

    private static boolean matches(Expected e, PortfolioFilter f) {
        Assessment a = e.assessment();
        LocalDate changed = a.updatedAt().atOffset(ZoneOffset.UTC).toLocalDate();
        return (f.owner().isEmpty() || a.owner().equals(f.owner()))
                && (f.status() == null || a.status() == f.status())
                && (f.changedFrom() == null || !changed.isBefore(f.changedFrom()))
                && (f.changedTo() == null || !changed.isAfter(f.changedTo()));
    }

    private static void check(PortfolioFilter filter) {
        List<Expected> counted =
                everything.stream().filter(e -> matches(e, filter)).toList();
        PortfolioSnapshot snapshot = queries.snapshot(filter, TODAY);
        assertEquals(counted.size(), snapshot.assessments());
        Map<AssessmentStatus, Integer> byStatus = new EnumMap<>(AssessmentStatus.class);
        counted.forEach(e -> byStatus.merge(e.assessment().status(), 1, Integer::sum));
        assertEquals(byStatus, snapshot.byStatus());
        Map<String, Integer> byLevel = new HashMap<>();
        counted.forEach(e -> byLevel.merge(e.level(), 1, Integer::sum));
        assertEquals(byLevel, snapshot.byLevel());
        Map<String, Long> frequency = counted.stream()
                .flatMap(e -> e.aboveAppetite().stream())
                .collect(Collectors.groupingBy(r -> r, Collectors.counting()));
        List<PortfolioSnapshot.RiskCount> top = frequency.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(PortfolioQueries.FREQUENT_RISKS)
                .map(e ->
                        new PortfolioSnapshot.RiskCount(e.getKey(), e.getValue().intValue()))
                .toList();
        assertEquals(top, snapshot.frequentRisks());
        assertEquals(counted.stream().mapToInt(e -> e.overdue().size()).sum(), snapshot.overdueTotal());
        checkOverdueList(counted, snapshot.overdue());
    }

    /**
     * The list shows the earliest overdue items of the counted assessments, by due day: the same due days as a
     * plain sort of them all, each listed item one of theirs (ties within a day may come in either order).
     */
    private static void checkOverdueList(List<Expected> counted, List<PortfolioSnapshot.OverdueItem> listed) {
        List<PortfolioSnapshot.OverdueItem> all = counted.stream()
                .flatMap(e -> e.overdue().stream()
                        .map(i -> new PortfolioSnapshot.OverdueItem(
                                e.assessment().id(), e.assessment().title(), i.title(), i.owner(), i.due())))
                .sorted(Comparator.comparing(PortfolioSnapshot.OverdueItem::due))
                .toList();
        assertEquals(
                all.stream()
                        .limit(PortfolioQueries.OVERDUE_SHOWN)
                        .map(PortfolioSnapshot.OverdueItem::due)
                        .toList(),
                listed.stream().map(PortfolioSnapshot.OverdueItem::due).toList());
        assertTrue(all.containsAll(listed), "every item listed is an overdue item of a counted assessment");
    }

    @Test
    void theWholePortfolio() {
        check(PortfolioFilter.ALL);
        PortfolioSnapshot all = queries.snapshot(PortfolioFilter.ALL, TODAY);
        assertEquals(240, all.assessments());
        assertTrue(all.byLevel().containsKey(PortfolioSnapshot.NOT_SCORED), "some were never scored");
        assertFalse(all.frequentRisks().isEmpty());
        assertTrue(all.overdueTotal() > 0, "the generator makes some items overdue");
    }

    @Test
    void filteredByReviewStage() {
        JdbcReviewRepository reviews = new JdbcReviewRepository(database, TestClock.FIXED, ScoringMethod::standard);
        // scored ones only: submitting keeps the method of one never scored, which this fixture counts apart
        List<UUID> submitted = everything.stream()
                .filter(e -> !e.level().equals(PortfolioSnapshot.NOT_SCORED))
                .limit(3)
                .map(e -> e.assessment().id())
                .toList();
        submitted.forEach(id -> reviews.submit(id, "Ann"));
        try {
            assertEquals(
                    3,
                    queries.snapshot(new PortfolioFilter("", null, null, null, ReviewStage.SUBMITTED), TODAY)
                            .assessments());
            assertEquals(
                    everything.size() - 3,
                    queries.snapshot(new PortfolioFilter("", null, null, null, ReviewStage.DRAFT), TODAY)
                            .assessments());
        } finally {
            submitted.forEach(id -> {
                reviews.decide(id, Decision.APPROVED, List.of(), "", "Bo", "");
                reviews.reopen(id);
            });
        }
    }

    @Test
    void filteredByOwnerStatusAndDate() {
        check(new PortfolioFilter("Owner 3", null, null, null));
        check(new PortfolioFilter("", AssessmentStatus.IN_PROGRESS, null, null));
        check(new PortfolioFilter("Owner 7", AssessmentStatus.IN_PROGRESS, TODAY.minusDays(1), TODAY.plusDays(1)));
        check(new PortfolioFilter("", null, TODAY.plusDays(1), null));
        assertEquals(
                0,
                queries.snapshot(new PortfolioFilter("", null, TODAY.plusDays(1), null), TODAY)
                        .assessments());
        assertEquals(25, queries.owners().size());
    }

    @Test
    void anAssessmentMarkedDeletedLeavesTheOverdueCountAndTheOwners() {
        Expected gone = everything.stream()
                .filter(e -> !e.overdue().isEmpty())
                .findFirst()
                .orElseThrow();
        JdbcAssessmentRepository assessments = new JdbcAssessmentRepository(database, TestClock.FIXED);
        int overdue = queries.snapshot(PortfolioFilter.ALL, TODAY).overdueTotal();
        assessments.delete(gone.assessment().id());
        try {
            PortfolioSnapshot without = queries.snapshot(PortfolioFilter.ALL, TODAY);
            assertEquals(overdue - gone.overdue().size(), without.overdueTotal());
            checkOverdueList(everything.stream().filter(e -> e != gone).toList(), without.overdue());
            List<String> owners = everything.stream()
                    .filter(e -> e != gone)
                    .map(e -> e.assessment().owner())
                    .filter(o -> !o.isEmpty())
                    .distinct()
                    .sorted()
                    .toList();
            assertEquals(owners, queries.owners());
        } finally {
            assessments.restore(gone.assessment().id());
        }
        assertEquals(overdue, queries.snapshot(PortfolioFilter.ALL, TODAY).overdueTotal());
    }

    @Test
    void dateRangesCountWhatChangedInThem() {
        int total = everything.size();
        PortfolioFilter middle = new PortfolioFilter("", null, TODAY.minusDays(60), TODAY.minusDays(30));
        check(middle);
        int inMiddle = queries.snapshot(middle, TODAY).assessments();
        assertTrue(inMiddle > 0 && inMiddle < total, "a month of a 90-day spread holds some, not all: " + inMiddle);
        PortfolioFilter lastWeek = new PortfolioFilter("", null, TODAY.minusDays(6), TODAY);
        check(lastWeek);
        PortfolioFilter before = new PortfolioFilter("", null, null, TODAY.minusDays(7));
        check(before);
        assertEquals(
                total,
                queries.snapshot(lastWeek, TODAY).assessments()
                        + queries.snapshot(before, TODAY).assessments(),
                "the two ranges split the portfolio");
    }

    @Test
    void aYearAheadOfTheClockNothingHasChangedYet() {
        LocalDate nextYear = TODAY.plusYears(1);
        PortfolioFilter fromNextYear = new PortfolioFilter("", null, nextYear, null);
        check(fromNextYear);
        assertEquals(0, queries.snapshot(fromNextYear, nextYear).assessments());
        PortfolioFilter untilNextYear = new PortfolioFilter("", null, null, nextYear);
        check(untilNextYear);
        assertEquals(
                everything.size(), queries.snapshot(untilNextYear, nextYear).assessments());
        // a year on, the items overdue today are still overdue, and more have joined them
        PortfolioSnapshot later = queries.snapshot(PortfolioFilter.ALL, nextYear);
        assertTrue(later.overdueTotal()
                >= queries.snapshot(PortfolioFilter.ALL, TODAY).overdueTotal());
        assertTrue(later.overdue().stream().allMatch(i -> i.due().isBefore(nextYear)));
    }

    @Test
    void anImpossibleRangeIsNamed() {
        assertThrows(IllegalArgumentException.class, () -> new PortfolioFilter("", null, TODAY, TODAY.minusDays(1)));
    }
}
