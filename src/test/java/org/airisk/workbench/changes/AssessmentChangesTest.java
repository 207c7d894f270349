package org.airisk.workbench.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.airisk.workbench.assessment.RecordedAnswer;
import org.airisk.workbench.exchange.PackagedAssessment;
import org.airisk.workbench.exchange.ScoredPackage;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.scoring.Fixtures;
import org.airisk.workbench.scoring.RiskScore;
import org.junit.jupiter.api.Test;

class AssessmentChangesTest {
    private static AssessmentChanges compare(PackagedAssessment older, PackagedAssessment newer) {
        return AssessmentChanges.between(older, newer, Versions.QUESTIONNAIRES, Fixtures.CATALOG, Versions.ADDITIVE);
    }

    @Test
    void everySectionShowsWhatChanged() {
        AssessmentChanges changes = compare(Versions.approved(), Versions.edited());

        assertEquals(List.of(Change.Section.values()), changes.sections(), changes.describe());
        assertEquals(
                new Change(Change.Section.DETAILS, "Title", "Support bot", "Support bot 2027"),
                Versions.find(changes, Change.Section.DETAILS, "Title").orElseThrow());
        assertTrue(Versions.find(changes, Change.Section.DETAILS, "AI system").isPresent());
        assertTrue(Versions.find(changes, Change.Section.DETAILS, "Owner").isPresent());
        assertTrue(
                Versions.find(changes, Change.Section.DETAILS, "Questionnaire").isEmpty(), "same questionnaire");
        Change method = changes.in(Change.Section.METHOD).get(0);
        assertTrue(method.before().contains("additive") && method.after().contains("calibrated"), method.toString());
        // Answers by question wording, in the option labels of the questionnaire.
        assertEquals(
                new Change(Change.Section.ANSWERS, "Text of screening", "Yes", "No"),
                Versions.find(changes, Change.Section.ANSWERS, "Text of screening")
                        .orElseThrow());
        assertEquals(
                new Change(Change.Section.ANSWERS, "Text of audience", "internal", "public"),
                Versions.find(changes, Change.Section.ANSWERS, "Text of audience")
                        .orElseThrow());
        assertTrue(
                Versions.find(changes, Change.Section.ANSWERS, "Text of stakes").isEmpty(), "unchanged");
        assertEquals(
                new Change(
                        Change.Section.NOTES,
                        "Text of screening",
                        "Vendor filter in front of the model.",
                        "The filter was switched off in March."),
                changes.in(Change.Section.NOTES).get(0));
        // Overrides: a rating changed, and a risk newly set aside as not applicable.
        assertEquals(
                new Change(
                        Change.Section.OVERRIDES,
                        "unauthorized-use-agentic \u2014 rating",
                        "likelihood 2, impact calculated",
                        "likelihood 3, impact calculated"),
                Versions.find(changes, Change.Section.OVERRIDES, "unauthorized-use-agentic \u2014 rating")
                        .orElseThrow());
        Change setAside = Versions.find(changes, Change.Section.OVERRIDES, "harmful-code-generation")
                .orElseThrow();
        assertEquals(Change.NONE, setAside.before());
        assertEquals("Not applicable: It never writes code.", setAside.after());
        // The plan: a changed item field by field, and an added one.
        String screening = Fixtures.SCREEN.title();
        assertEquals(
                new Change(Change.Section.PLAN, screening + " \u2014 status", "Proposed", "In progress"),
                Versions.find(changes, Change.Section.PLAN, screening + " \u2014 status")
                        .orElseThrow());
        assertEquals(
                "Bo",
                Versions.find(changes, Change.Section.PLAN, screening + " \u2014 owner")
                        .orElseThrow()
                        .after());
        assertEquals(
                "2027-01-31",
                Versions.find(changes, Change.Section.PLAN, screening + " \u2014 due")
                        .orElseThrow()
                        .after());
        Change added = Versions.find(changes, Change.Section.PLAN, Fixtures.GROUND.title())
                .orElseThrow();
        assertEquals(Change.NONE, added.before());
        assertTrue(added.after().startsWith("Added: Accepted"), added.after());
        // A risk set aside leaves the register.
        Change leftOut = Versions.find(changes, Change.Section.RATINGS, "harmful-code-generation")
                .orElseThrow();
        assertEquals(AssessmentChanges.LEFT_OUT, leftOut.after());
    }

    @Test
    void levelsMoveWhenOnlyAnAnswerChanged() {
        PackagedAssessment approved = Versions.approved();
        Map<String, RecordedAnswer> answers = new HashMap<>(approved.answers());
        Versions.answer(answers, "screening", new Answer.Choice("no"), "");
        PackagedAssessment edited = new PackagedAssessment(
                approved.assessment(), approved.method(), answers, approved.overrides(), approved.plan());

        AssessmentChanges changes = compare(approved, edited);

        RiskScore before = ScoredPackage.of(approved, Versions.QUESTIONNAIRES, Fixtures.CATALOG, Versions.ADDITIVE)
                .register()
                .score(Fixtures.INJECTION)
                .orElseThrow();
        RiskScore after = ScoredPackage.of(edited, Versions.QUESTIONNAIRES, Fixtures.CATALOG, Versions.ADDITIVE)
                .register()
                .score(Fixtures.INJECTION)
                .orElseThrow();
        assertNotEquals(before.residual().level(), after.residual().level(), "the fixture must move a level");
        assertEquals(
                new Change(
                        Change.Section.RATINGS,
                        "prompt-injection \u2014 residual now",
                        before.residual().toString(),
                        after.residual().toString()),
                Versions.find(changes, Change.Section.RATINGS, "prompt-injection \u2014 residual now")
                        .orElseThrow());
        assertTrue(
                changes.in(Change.Section.RATINGS).stream()
                        .allMatch(c -> c.subject().startsWith("prompt-injection")),
                "only the risk the answer informs: " + changes.describe());
        assertEquals(List.of(Change.Section.ANSWERS, Change.Section.NOTES, Change.Section.RATINGS), changes.sections());
    }

    @Test
    void theSameVersionTwiceHasNoChanges() {
        AssessmentChanges changes = compare(Versions.edited(), Versions.edited());

        assertTrue(changes.isEmpty(), changes.describe());
        assertEquals("No changes", changes.describe());
    }

    @Test
    void theOrderIsFixedWhateverOrderTheAnswersComeIn() {
        List<String> runs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            runs.add(compare(Versions.approved(), Versions.edited()).describe());
        }
        assertEquals(1, runs.stream().distinct().count());
        List<Change> changes = compare(Versions.approved(), Versions.edited()).changes();
        for (int i = 1; i < changes.size(); i++) {
            assertTrue(changes.get(i - 1).section().compareTo(changes.get(i).section()) <= 0, "sections in order");
        }
        // Questions come in questionnaire order: audience (profile, included first) before screening.
        List<String> answered = compare(Versions.approved(), Versions.edited()).in(Change.Section.ANSWERS).stream()
                .map(Change::subject)
                .toList();
        assertEquals(List.of("Text of audience", "Text of screening"), answered);
    }

    @Test
    void aVersionOnAQuestionnaireNotInstalledIsRefusedInWords() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> AssessmentChanges.between(
                        Versions.approved(),
                        Versions.edited(),
                        Versions.questionnaires(),
                        Fixtures.CATALOG,
                        Versions.ADDITIVE));
        assertTrue(e.getMessage().contains("not installed here"), e.getMessage());
    }

    @Test
    void anAnswerToAQuestionNoLongerAskedIsStillSaidInWords() {
        PackagedAssessment approved = Versions.approved();
        Map<String, RecordedAnswer> answers = new HashMap<>(approved.answers());
        Versions.answer(answers, "retired_question", new Answer.Choices(List.of("a", "b")), "");
        PackagedAssessment kept = new PackagedAssessment(
                approved.assessment(), approved.method(), answers, approved.overrides(), approved.plan());

        Change change = compare(approved, kept).in(Change.Section.ANSWERS).get(0);

        assertEquals(new Change(Change.Section.ANSWERS, "retired_question", Change.NONE, "a, b"), change);
    }
}
