package org.airisk.workbench.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.airisk.workbench.assessment.RecordedAnswer;
import org.airisk.workbench.exchange.PackagedAssessment;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.Option;
import org.airisk.workbench.questionnaire.Question;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.questionnaire.Section;
import org.airisk.workbench.scoring.Fixtures;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.Test;

class ReassessmentTest {
    private static final Period A_YEAR = Period.ofMonths(12);

    /** Version 2 of the fixture questionnaire, with one question changed as the operator says. */
    private static QuestionnaireTemplate nextVersion(String questionId, UnaryOperator<Question> change) {
        QuestionnaireTemplate t = Fixtures.TEMPLATE;
        List<Section> sections = t.sections().stream()
                .map(s -> new Section(
                        s.id(),
                        s.title(),
                        s.description(),
                        s.showIf(),
                        s.questions().stream()
                                .map(q -> q.id().equals(questionId) ? change.apply(q) : q)
                                .toList()))
                .toList();
        return new QuestionnaireTemplate(
                t.id(), t.version() + 1, t.title(), t.description(), sections, t.includes(), t.includedSections());
    }

    private static Question reworded(Question q, String text) {
        return new Question(
                q.id(),
                q.type(),
                text,
                q.help(),
                q.examples(),
                q.required(),
                q.options(),
                q.scaleLabels(),
                q.min(),
                q.max(),
                q.showIf(),
                q.informs(),
                q.effects(),
                q.allowsNotApplicable());
    }

    private static Question withOptions(Question q, List<Option> options) {
        return new Question(
                q.id(),
                q.type(),
                q.text(),
                q.help(),
                q.examples(),
                q.required(),
                options,
                q.scaleLabels(),
                q.min(),
                q.max(),
                q.showIf(),
                q.informs(),
                q.effects(),
                q.allowsNotApplicable());
    }

    private static List<Reassessment.Flag> flags(PackagedAssessment approved, QuestionnaireTemplate newest) {
        return new Reassessment(TestClock.FIXED).flags(approved, Fixtures.TEMPLATE, newest, A_YEAR);
    }

    @Test
    void aRewordedQuestionIsFlaggedWithItsOldWording() {
        QuestionnaireTemplate v2 = nextVersion("screening", q -> reworded(q, "Are all prompts screened?"));

        List<Reassessment.Flag> flags = flags(Versions.approved(), v2);

        assertEquals(1, flags.size(), flags.toString());
        Reassessment.Flag flag = flags.get(0);
        assertEquals("screening", flag.questionId());
        assertEquals("Are all prompts screened?", flag.question());
        assertEquals("Yes", flag.answer());
        assertEquals(
                List.of("The question now reads differently; it was: \u201cText of screening\u201d."), flag.reasons());
    }

    @Test
    void changedOptionsAreFlaggedWithBothLists() {
        QuestionnaireTemplate v2 = nextVersion(
                "audience",
                q -> withOptions(
                        q,
                        List.of(
                                new Option("internal", "Staff only"),
                                new Option("public", "Anyone"),
                                new Option("partners", "Partners"))));

        List<Reassessment.Flag> flags = flags(Versions.approved(), v2);

        assertEquals(
                List.of("audience"),
                flags.stream().map(Reassessment.Flag::questionId).toList());
        assertEquals(
                List.of("The answers offered changed: internal, public \u2192 Staff only, Anyone, Partners."),
                flags.get(0).reasons());
        assertEquals("Staff only", flags.get(0).answer(), "the answer in the new questionnaire's words");
    }

    @Test
    void answersOlderThanTheChosenAgeAreFlagged() {
        PackagedAssessment approved = Versions.approved();
        Map<String, RecordedAnswer> answers = new HashMap<>(approved.answers());
        RecordedAnswer stakes = answers.get("stakes");
        answers.put(
                "stakes", new RecordedAnswer("stakes", stakes.answer(), "", TestClock.NOW.minus(Duration.ofDays(400))));
        answers.put(
                "grounding",
                new RecordedAnswer(
                        "grounding", new Answer.Choice("yes"), "", TestClock.NOW.minus(Duration.ofDays(300))));
        PackagedAssessment old = new PackagedAssessment(
                approved.assessment(), approved.method(), answers, approved.overrides(), approved.plan());

        List<Reassessment.Flag> flags = flags(old, Fixtures.TEMPLATE);

        assertEquals(
                List.of("stakes"),
                flags.stream().map(Reassessment.Flag::questionId).toList());
        assertEquals(List.of("Answered more than 1 year ago."), flags.get(0).reasons());
        assertTrue(
                new Reassessment(TestClock.FIXED)
                                .flags(old, Fixtures.TEMPLATE, Fixtures.TEMPLATE, Period.ofDays(200))
                                .size()
                        == 2,
                "a shorter age flags the 300-day-old answer too");
    }

    @Test
    void nothingToConfirmWhenTheQuestionnaireIsTheSameAndAnswersAreRecent() {
        assertTrue(flags(Versions.approved(), Fixtures.TEMPLATE).isEmpty());
    }

    @Test
    void agesAreSaidInWords() {
        assertEquals("1 year and 6 months", Reassessment.describe(Period.ofMonths(18)));
        assertEquals("30 days", Reassessment.describe(Period.ofDays(30)));
    }
}
