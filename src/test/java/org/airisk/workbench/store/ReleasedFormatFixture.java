package org.airisk.workbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.airisk.workbench.assessment.Assessment;
import org.airisk.workbench.assessment.AssessmentSummary;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.assessment.RecordedAnswer;
import org.airisk.workbench.catalog.Mitigation;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.Progress;
import org.airisk.workbench.scoring.PlanItem;
import org.airisk.workbench.scoring.RatingOverride;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.testing.TestClock;

/**
 * The library kept in src/test/resources/fixtures/datafolder-v0.1.0: two assessments with every kind of answer,
 * notes (one multi-byte, one long), rating overrides, a scoring method and plan items. {@link #main} wrote the
 * committed file with the code of that version; {@link #check} reads a library and compares every value.
 */
public final class ReleasedFormatFixture {
    static final String RESOURCE = "/fixtures/datafolder-v0.1.0/" + WorkbenchDatabase.FILE_NAME;
    static final String CHATBOT = "Support chatbot review";
    static final String HIRING = "Hiring screener \u2013 \u00e9valuation";
    static final String LONG_NOTE = "Reviewed with the vendor; bias checked across 12 groups. ".repeat(300);

    private ReleasedFormatFixture() {}

    static Map<String, Answer> chatbotAnswers() {
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("profile_domain", new Answer.Choice("customer_service"));
        answers.put("data_kinds", new Answer.Choices(List.of("personal", "a|b option", "back\\slash")));
        answers.put("purpose", new Answer.Text("Answers billing questions \u2014 \u4e2d\u6587 \ud83d\ude00"));
        answers.put("users_count", new Answer.Number(new BigDecimal("12500.75")));
        answers.put("autonomy", new Answer.Scale(4));
        answers.put("go_live", new Answer.Date(LocalDate.of(2026, 3, 31)));
        return answers;
    }

    static Map<String, String> chatbotNotes() {
        return Map.of(
                "purpose",
                "Confirmed with the owner \u2713 r\u00e9vis\u00e9",
                "autonomy",
                LONG_NOTE,
                "not_answered_yet",
                "A note on a question not answered yet");
    }

    static RatingOverride override() {
        return new RatingOverride("atlas-hallucination", 4, 2, "Seen twice in the pilot");
    }

    static List<PlanItem> chatbotPlan() {
        return List.of(
                new PlanItem(
                        UUID.fromString("0b6b1c1e-2a43-4d3e-9a0b-6f1f3c9d7a01"),
                        "",
                        "Red-team the support bot",
                        List.of("atlas-jailbreaking", "atlas-prompt-injection"),
                        2,
                        1,
                        Mitigation.Effort.M,
                        PlanItem.Decision.ACCEPTED,
                        "",
                        "Dana",
                        LocalDate.of(2026, 12, 1),
                        PlanItem.Priority.HIGH,
                        PlanItem.Status.IN_PROGRESS,
                        "Book the external team"),
                new PlanItem(
                        UUID.fromString("0b6b1c1e-2a43-4d3e-9a0b-6f1f3c9d7a02"),
                        "mit-human-review",
                        "Human review",
                        List.of("atlas-hallucination"),
                        1,
                        1,
                        Mitigation.Effort.L,
                        PlanItem.Decision.REJECTED,
                        "Volume too high",
                        "",
                        null,
                        null,
                        null,
                        ""));
    }

    static List<PlanItem> hiringPlan() {
        return List.of(new PlanItem(
                UUID.fromString("0b6b1c1e-2a43-4d3e-9a0b-6f1f3c9d7a01"),
                "",
                "Bias audit",
                List.of("atlas-decision-bias"),
                1,
                2,
                Mitigation.Effort.S,
                PlanItem.Decision.ACCEPTED,
                "",
                "Lee",
                null,
                PlanItem.Priority.MEDIUM,
                PlanItem.Status.PROPOSED,
                ""));
    }

    /** Writes the fixture's library into {@code folder} (empty or new). */
    public static void main(String[] args) {
        write(Path.of(args[0]));
    }

    static void write(Path folder) {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder)) {
            JdbcAssessmentRepository assessments = new JdbcAssessmentRepository(db, TestClock.FIXED);
            JdbcRegisterRepository register = new JdbcRegisterRepository(db, TestClock.FIXED);
            UUID chatbot = assessments
                    .create(new NewAssessment(CHATBOT, "Support Bot", "Ann", "foundation-model-assessment", 1))
                    .id();
            int n = 0;
            for (var answer : chatbotAnswers().entrySet()) {
                assessments.saveAnswer(chatbot, answer.getKey(), answer.getValue(), new Progress(++n, 20));
            }
            chatbotNotes().forEach((question, note) -> assessments.saveNote(chatbot, question, note));
            register.saveMethod(chatbot, ScoringMethod.standard(4));
            register.saveOverride(chatbot, override());
            chatbotPlan().forEach(item -> register.savePlanItem(chatbot, item));

            UUID hiring = assessments
                    .create(new NewAssessment(HIRING, "Screener", "Lee", "quick-check", 1))
                    .id();
            assessments.saveAnswer(hiring, "q1", new Answer.Choice("yes"), new Progress(1, 3));
            assessments.saveNote(hiring, "q1", "Only for shortlisting");
            hiringPlan().forEach(item -> register.savePlanItem(hiring, item));
        }
    }

    /** Every value of the fixture's library, read through the current code. */
    static void check(WorkbenchDatabase db) {
        JdbcAssessmentRepository assessments = new JdbcAssessmentRepository(db, TestClock.FIXED);
        JdbcRegisterRepository register = new JdbcRegisterRepository(db, TestClock.FIXED);
        List<AssessmentSummary> list = assessments.list();
        assertEquals(
                List.of(HIRING, CHATBOT),
                list.stream().map(AssessmentSummary::title).sorted().toList());

        Assessment chatbot = find(assessments, CHATBOT);
        assertEquals(
                List.of("Support Bot", "Ann", "foundation-model-assessment", 1, 30),
                List.of(
                        chatbot.systemName(),
                        chatbot.owner(),
                        chatbot.templateId(),
                        chatbot.templateVersion(),
                        summary(list, CHATBOT).progressPercent()));
        assertEquals(TestClock.NOW, summary(list, CHATBOT).updatedAt());
        Map<String, RecordedAnswer> answers = assessments.answers(chatbot.id());
        chatbotAnswers()
                .forEach((question, answer) ->
                        assertEquals(answer, answers.get(question).answer(), question));
        chatbotNotes()
                .forEach((question, note) ->
                        assertEquals(note, answers.get(question).note(), question));
        assertEquals(7, answers.size());
        answers.values().forEach(a -> assertEquals(TestClock.NOW, a.updatedAt(), a.questionId()));
        assertEquals(ScoringMethod.standard(4), register.method(chatbot.id()).orElseThrow());
        assertEquals(Map.of(override().riskId(), override()), register.overrides(chatbot.id()));
        assertEquals(chatbotPlan(), register.plan(chatbot.id()).items());

        Assessment hiring = find(assessments, HIRING);
        assertEquals(
                List.of("Screener", "Lee", "quick-check", 1, 33),
                List.of(
                        hiring.systemName(),
                        hiring.owner(),
                        hiring.templateId(),
                        hiring.templateVersion(),
                        summary(list, HIRING).progressPercent()));
        Map<String, RecordedAnswer> hiringAnswers = assessments.answers(hiring.id());
        assertEquals(new Answer.Choice("yes"), hiringAnswers.get("q1").answer());
        assertEquals("Only for shortlisting", hiringAnswers.get("q1").note());
        assertEquals(1, hiringAnswers.size());
        assertEquals(Map.of(), register.overrides(hiring.id()));
        assertEquals(hiringPlan(), register.plan(hiring.id()).items());
    }

    private static AssessmentSummary summary(List<AssessmentSummary> list, String title) {
        return list.stream().filter(a -> a.title().equals(title)).findFirst().orElseThrow();
    }

    private static Assessment find(JdbcAssessmentRepository assessments, String title) {
        return assessments.find(summary(assessments.list(), title).id()).orElseThrow();
    }
}
