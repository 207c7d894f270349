package org.airisk.workbench.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.airisk.workbench.questionnaire.AnsweredQuestionnaire;
import org.airisk.workbench.questionnaire.Question;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.scoring.ScoringMethod;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The register ranks risks the way an experienced assessor would, on the calibration corpus: at least 80% of the
 * risks experts put first reach the top 10, no risk that cannot matter for a system gets into its top 10, no top
 * 10 is a tie of more than 12 risks, and every EU AI Act indication is the expected one.
 */
class CalibrationTest {
    private static final CalibrationCorpus CORPUS = CalibrationCorpus.builtIn();
    private static List<CalibrationCorpus.Result> results;

    @BeforeAll
    static void score() {
        results = CORPUS.systems().stream()
                .map(s -> CORPUS.score(s, ScoringMethod.standard()))
                .toList();
        System.out.print(CalibrationReport.table(results, false));
    }

    @Test
    void theCorpusCoversTwentyOrMoreCompleteSystemsWithExpectationsWrittenDown() {
        assertTrue(results.size() >= 20, "systems: " + results.size());
        List<String> problems = new ArrayList<>();
        for (CalibrationCorpus.Result r : results) {
            CalibrationCorpus.CalibrationSystem s = r.system();
            if (s.expectedTop().size() < 5
                    || s.mustBeLow().size() < 3
                    || s.expectedEu().isEmpty()) {
                problems.add(s.id() + ": expectations incomplete");
            }
            QuestionnaireTemplate template = CORPUS.template(s);
            AnsweredQuestionnaire state = new AnsweredQuestionnaire(template, s.answers());
            template.questions()
                    .filter(q ->
                            q.required() && state.isShown(q) && !s.answers().containsKey(q.id()))
                    .forEach(q -> problems.add(s.id() + ": " + q.id() + " unanswered"));
            s.answers().forEach((id, answer) -> {
                if (Question.isNotApplicable(answer)
                        && s.notes().getOrDefault(id, "").isBlank()) {
                    problems.add(s.id() + ": " + id + " is not applicable without a reason");
                }
            });
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void expertsTopRisksReachTheTopTen() {
        int found = results.stream().mapToInt(r -> r.found().size()).sum();
        int expected =
                results.stream().mapToInt(r -> r.system().expectedTop().size()).sum();
        assertTrue(found >= 0.8 * expected, "top-10 recall " + found + " of " + expected);
        for (CalibrationCorpus.Result r : results) {
            assertTrue(r.recall() >= 0.5, r.system().id() + " finds only " + r.found() + "; missed " + r.missed());
        }
    }

    @Test
    void risksThatCannotMatterStayOutOfEveryTopTen() {
        List<String> intruders = new ArrayList<>();
        results.forEach(
                r -> r.lowInTop().forEach(risk -> intruders.add(r.system().id() + ": " + risk)));
        assertEquals(List.of(), intruders);
    }

    @Test
    void noTopTenIsATieOfMoreThanTwelve() {
        for (CalibrationCorpus.Result r : results) {
            assertTrue(
                    r.competingForTop() <= 12,
                    r.system().id() + ": " + r.competingForTop() + " risks level for the top 10 places");
        }
    }

    @Test
    void everyEuAiActIndicationIsTheExpectedOne() {
        List<String> wrong = new ArrayList<>();
        results.stream()
                .filter(r -> !r.euMatches())
                .forEach(r -> wrong.add(r.system().id() + ": got " + r.eu() + ", expected "
                        + r.system().expectedEu()));
        assertEquals(List.of(), wrong);
    }
}
