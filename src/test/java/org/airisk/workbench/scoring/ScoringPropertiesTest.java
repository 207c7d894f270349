package org.airisk.workbench.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.airisk.workbench.catalog.Mitigation;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.AnswerEffect;
import org.airisk.workbench.questionnaire.AnsweredQuestionnaire;
import org.airisk.workbench.questionnaire.Question;
import org.airisk.workbench.questionnaire.QuestionType;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of scoring over many random answer sets on the shipped questionnaires and catalog. Each run is seeded,
 * so a failure names the seed that reproduces it.
 */
class ScoringPropertiesTest {
    private static final int RUNS = 300;
    private final RiskScorer scorer = new RiskScorer(BuiltIn.CATALOG);

    private int model;

    private RiskRegister score(QuestionnaireTemplate t, Map<String, Answer> answers, MitigationPlan plan) {
        return scorer.score(
                new AnsweredQuestionnaire(t, answers), ScoringMethod.standard().withVersion(model), Map.of(), plan);
    }

    /** Each shipped questionnaire on each scoring model. */
    static Stream<Arguments> cases() {
        return Stream.of("foundation-model-assessment", "ai-agent-assessment")
                .flatMap(t ->
                        Stream.of(Arguments.of(t, ScoringMethod.ADDITIVE), Arguments.of(t, ScoringMethod.CALIBRATED)));
    }

    /** A random answer set: most questions answered with one of their plausible answers, some left open. */
    private static Map<String, Answer> randomAnswers(QuestionnaireTemplate t, Random random) {
        Map<String, Answer> answers = new HashMap<>();
        t.questions().forEach(q -> {
            Answer a = randomAnswer(q, random);
            if (a != null && random.nextInt(10) < 8) {
                answers.put(q.id(), a);
            }
        });
        return answers;
    }

    private static Answer randomAnswer(Question q, Random random) {
        if (q.type() == QuestionType.MULTIPLE_CHOICE) {
            List<String> picked = q.options().stream()
                    .filter(o -> random.nextInt(3) == 0)
                    .map(o -> o.id())
                    .toList();
            return picked.isEmpty() ? null : new Answer.Choices(picked);
        }
        List<Answer> candidates = WorstCase.candidates(q);
        if (candidates.isEmpty()) {
            return q.type() == QuestionType.NUMBER
                    ? new Answer.Number(BigDecimal.valueOf(random.nextInt(100)))
                    : q.type() == QuestionType.DATE ? null : new Answer.Text("text " + random.nextInt());
        }
        return candidates.get(random.nextInt(candidates.size()));
    }

    /** Current and target residual score of each risk, as "current/target" pairs in one number. */
    private static Map<String, Integer> residualScores(RiskRegister r) {
        return r.applicable().stream()
                .collect(Collectors.toMap(
                        RiskScore::riskId,
                        s -> s.residual().score() * 100 + s.target().score()));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void scoringIsDeterministic(String templateId, int model) {
        this.model = model;
        QuestionnaireTemplate t = BuiltIn.template(templateId);
        for (int seed = 0; seed < RUNS; seed++) {
            Map<String, Answer> answers = randomAnswers(t, new Random(seed));
            Map<String, Answer> reordered = new LinkedHashMap<>();
            List<String> keys = new ArrayList<>(answers.keySet());
            Collections.shuffle(keys, new Random(-seed));
            keys.forEach(k -> reordered.put(k, answers.get(k)));
            assertEquals(
                    score(t, answers, MitigationPlan.EMPTY), score(t, reordered, MitigationPlan.EMPTY), "seed " + seed);
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void hiddenAnswersNeverChangeAScore(String templateId, int model) {
        this.model = model;
        QuestionnaireTemplate t = BuiltIn.template(templateId);
        int hiddenSeen = 0;
        for (int seed = 0; seed < RUNS; seed++) {
            Random random = new Random(seed);
            Map<String, Answer> answers = randomAnswers(t, random);
            AnsweredQuestionnaire state = new AnsweredQuestionnaire(t, answers);
            Map<String, Answer> withHidden = new HashMap<>(answers);
            for (Question q : t.questions().toList()) {
                Answer a = randomAnswer(q, random);
                if (!state.isShown(q) && a != null) {
                    withHidden.put(q.id(), a);
                    hiddenSeen++;
                }
            }
            assertEquals(
                    score(t, answers, MitigationPlan.EMPTY),
                    score(t, withHidden, MitigationPlan.EMPTY),
                    "seed " + seed);
        }
        assertTrue(hiddenSeen > RUNS, "the random answers hid questions often enough to test this: " + hiddenSeen);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void addingAMitigationNeverRaisesResidualRisk(String templateId, int model) {
        this.model = model;
        QuestionnaireTemplate t = BuiltIn.template(templateId);
        List<Mitigation> mitigations = BuiltIn.CATALOG.mitigations();
        for (int seed = 0; seed < RUNS; seed++) {
            Random random = new Random(seed);
            Map<String, Answer> answers = randomAnswers(t, random);
            MitigationPlan plan = MitigationPlan.EMPTY;
            Map<String, Integer> before = residualScores(score(t, answers, plan));
            for (int step = 0; step < 5; step++) {
                Mitigation m = mitigations.get(random.nextInt(mitigations.size()));
                plan = plan.with(PlanItem.accept(m, m.risks()));
                Map<String, Integer> after = residualScores(score(t, answers, plan));
                for (Map.Entry<String, Integer> e : after.entrySet()) {
                    int was = before.get(e.getKey());
                    assertTrue(
                            e.getValue() / 100 <= was / 100 && e.getValue() % 100 <= was % 100,
                            "seed " + seed + ": " + m.id() + " raised " + e.getKey() + " from " + before.get(e.getKey())
                                    + " to " + e.getValue());
                }
                before = after;
            }
        }
    }

    /**
     * Changing one answer to one that is at least as severe for a risk (no smaller likelihood or impact step, no
     * control it lacks, not an exclusion the other lacks) never lowers that risk's inherent or residual score.
     * Checked on questions no condition reads, so the change does not also show or hide other questions.
     */
    @ParameterizedTest
    @MethodSource("cases")
    void aMoreSevereAnswerNeverLowersARisk(String templateId, int model) {
        this.model = model;
        QuestionnaireTemplate t = BuiltIn.template(templateId);
        Set<String> read = new HashSet<>();
        t.questions().forEach(q -> read.addAll(q.showIf().questionIds()));
        t.sections().forEach(s -> read.addAll(s.showIf().questionIds()));
        List<Question> leaves = t.questions()
                .filter(q -> !read.contains(q.id()) && !q.effects().isEmpty())
                .toList();
        int compared = 0;
        for (int seed = 0; seed < RUNS; seed++) {
            Random random = new Random(seed);
            Map<String, Answer> answers = randomAnswers(t, random);
            Question q = leaves.get(random.nextInt(leaves.size()));
            List<Answer> candidates = WorstCase.candidates(q);
            Answer a1 = candidates.get(random.nextInt(candidates.size()));
            Answer a2 = candidates.get(random.nextInt(candidates.size()));
            answers.put(q.id(), a1);
            RiskRegister r1 = score(t, answers, MitigationPlan.EMPTY);
            answers.put(q.id(), a2);
            RiskRegister r2 = score(t, answers, MitigationPlan.EMPTY);
            for (String risk : q.informedRisks()) {
                if (atLeastAsSevere(q, a2, a1, risk, model)) {
                    compared++;
                    assertTrue(
                            inherent(r2, risk) >= inherent(r1, risk) && residual(r2, risk) >= residual(r1, risk),
                            "seed " + seed + ": " + q.id() + " " + q.describe(a1) + " -> " + q.describe(a2)
                                    + " lowered " + risk);
                }
            }
        }
        assertTrue(compared > RUNS, "enough comparisons: " + compared);
    }

    private static boolean atLeastAsSevere(Question q, Answer worse, Answer better, String risk, int model) {
        Effect w = Effect.of(q, worse, risk, model);
        Effect b = Effect.of(q, better, risk, model);
        // the calibrated model caps how far measures soften a grave harm: an answer that makes it grave is worse
        boolean graveness = model < ScoringMethod.CALIBRATED
                || CalibratedRating.isGrave(Map.of(q.id(), worse))
                || !CalibratedRating.isGrave(Map.of(q.id(), better));
        return w.likelihood >= b.likelihood
                && w.impact >= b.impact
                && b.controls.containsAll(w.controls)
                && (!w.excluded || b.excluded)
                && graveness;
    }

    private record Effect(int likelihood, int impact, Set<String> controls, boolean excluded) {
        static Effect of(Question q, Answer answer, String risk, int model) {
            int l = 0;
            int i = 0;
            Set<String> controls = new HashSet<>();
            boolean excluded = false;
            for (AnswerEffect e : q.effects()) {
                if (e.risk().equals(risk) && e.countsFor(model) && e.when().holds(Map.of(q.id(), answer))) {
                    switch (e.kind()) {
                        case LIKELIHOOD -> l += e.delta();
                        case IMPACT -> i += e.delta();
                        case CONTROL -> controls.add(e.mitigation());
                        case NOT_APPLICABLE -> excluded = true;
                        default -> {}
                    }
                }
            }
            return new Effect(l, i, controls, excluded);
        }
    }

    /** A risk left out counts as below every score. */
    private static int inherent(RiskRegister r, String risk) {
        return r.score(risk).map(s -> s.inherent().score()).orElse(0);
    }

    private static int residual(RiskRegister r, String risk) {
        return r.score(risk).map(s -> s.residual().score()).orElse(0);
    }
    /**
     * On the questions that offer it, "Not applicable" never raises a risk compared with leaving the question open
     * or answering no: it takes the question out of the evidence.
     */
    @ParameterizedTest
    @MethodSource("cases")
    void aNotApplicableAnswerNeverRaisesARisk(String templateId, int model) {
        this.model = model;
        QuestionnaireTemplate t = BuiltIn.template(templateId);
        Set<String> read = new HashSet<>();
        t.questions().forEach(q -> read.addAll(q.showIf().questionIds()));
        t.sections().forEach(s -> read.addAll(s.showIf().questionIds()));
        List<Question> offering = t.questions()
                .filter(q -> q.allowsNotApplicable() && !read.contains(q.id()))
                .toList();
        assertTrue(!offering.isEmpty(), templateId + " offers Not applicable somewhere");
        Answer notApplicable = new Answer.Choice(Question.NOT_APPLICABLE);
        for (int seed = 0; seed < RUNS; seed++) {
            Random random = new Random(seed);
            Map<String, Answer> answers = randomAnswers(t, random);
            Question q = offering.get(random.nextInt(offering.size()));
            for (Answer other :
                    Arrays.asList(null, new Answer.Choice(Question.NO), new Answer.Choice(Question.NOT_SURE))) {
                if (other == null) {
                    answers.remove(q.id());
                } else {
                    answers.put(q.id(), other);
                }
                RiskRegister before = score(t, answers, MitigationPlan.EMPTY);
                answers.put(q.id(), notApplicable);
                RiskRegister after = score(t, answers, MitigationPlan.EMPTY);
                for (String risk : q.informedRisks()) {
                    assertTrue(
                            inherent(after, risk) <= inherent(before, risk)
                                    && residual(after, risk) <= residual(before, risk),
                            "seed " + seed + ": Not applicable to " + q.id() + " raised " + risk);
                }
            }
        }
    }

    /** A risk an answer switches off stays off whatever else is answered, as long as that answer is shown. */
    @ParameterizedTest
    @MethodSource("cases")
    void aRiskSwitchedOffByContextStaysOff(String templateId, int model) {
        this.model = model;
        QuestionnaireTemplate t = BuiltIn.template(templateId);
        Set<String> read = new HashSet<>();
        t.questions().forEach(q -> read.addAll(q.showIf().questionIds()));
        t.sections().forEach(s -> read.addAll(s.showIf().questionIds()));
        List<Question> leaves =
                t.questions().filter(q -> !read.contains(q.id())).toList();
        int checked = 0;
        for (int seed = 0; seed < RUNS; seed++) {
            Random random = new Random(seed);
            Map<String, Answer> answers = randomAnswers(t, random);
            RiskRegister before = score(t, answers, MitigationPlan.EMPTY);
            List<NotApplicableRisk> off = before.notApplicable().stream()
                    .filter(n -> !n.questionId().isEmpty() && !Question.isNotApplicable(answers.get(n.questionId())))
                    .toList();
            if (off.isEmpty()) {
                continue;
            }
            Question changed = leaves.get(random.nextInt(leaves.size()));
            Answer a = randomAnswer(changed, random);
            if (a == null || off.stream().anyMatch(n -> n.questionId().equals(changed.id()))) {
                continue;
            }
            answers.put(changed.id(), a);
            RiskRegister after = score(t, answers, MitigationPlan.EMPTY);
            for (NotApplicableRisk n : off) {
                checked++;
                assertTrue(
                        after.score(n.risk().id()).isEmpty(),
                        "seed " + seed + ": answering " + changed.id() + " brought back "
                                + n.risk().id() + ", switched off by " + n.questionId());
            }
        }
        assertTrue(checked > RUNS / 10, "enough risks were switched off to test this: " + checked);
    }
}
