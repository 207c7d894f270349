package org.airisk.workbench.changes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.airisk.workbench.assessment.Assessment;
import org.airisk.workbench.assessment.AssessmentStatus;
import org.airisk.workbench.assessment.RecordedAnswer;
import org.airisk.workbench.exchange.PackagedAssessment;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.scoring.Fixtures;
import org.airisk.workbench.scoring.MitigationPlan;
import org.airisk.workbench.scoring.PlanItem;
import org.airisk.workbench.scoring.RatingOverride;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.scoring.StoredScoring;
import org.airisk.workbench.testing.TestClock;

/** Two versions of one assessment on the scoring fixtures, differing in every part a comparison covers. */
final class Versions {
    static final UUID ID = UUID.fromString("0b7c61f2-3d5e-4c1a-9a54-0d1f4c2a7e11");
    static final UUID SCREENING_ITEM = UUID.fromString("5a1f0c9e-1111-4b2d-8c3e-222233334444");
    static final UUID GROUNDING_ITEM = UUID.fromString("5a1f0c9e-5555-4b2d-8c3e-666677778888");
    static final ScoringMethod ADDITIVE = ScoringMethod.standard().withVersion(ScoringMethod.ADDITIVE);
    static final StoredScoring.Questionnaires QUESTIONNAIRES = questionnaires(Fixtures.TEMPLATE);

    private Versions() {}

    static StoredScoring.Questionnaires questionnaires(QuestionnaireTemplate... templates) {
        return (id, version) -> List.of(templates).stream()
                .filter(t -> t.id().equals(id) && t.version() == version)
                .findFirst();
    }

    /** The approved version: screening in place, public audience not yet, one plan item proposed. */
    static PackagedAssessment approved() {
        Map<String, RecordedAnswer> answers = new HashMap<>();
        answer(answers, "screening", new Answer.Choice("yes"), "Vendor filter in front of the model.");
        answer(answers, "audience", new Answer.Choice("internal"), "");
        answer(answers, "stakes", new Answer.Scale(2), "");
        PlanItem screening = PlanItem.accept(Fixtures.SCREEN, List.of(Fixtures.INJECTION));
        screening = new PlanItem(
                SCREENING_ITEM,
                screening.mitigationId(),
                screening.title(),
                screening.risks(),
                screening.reducesLikelihood(),
                screening.reducesImpact(),
                screening.effort(),
                screening.decision(),
                "",
                "",
                null,
                PlanItem.Priority.MEDIUM,
                PlanItem.Status.PROPOSED,
                "");
        return new PackagedAssessment(
                assessment("Support bot", "HelpDesk", "Ana"),
                ADDITIVE,
                answers,
                Map.of(Fixtures.AGENT, new RatingOverride(Fixtures.AGENT, 2, 0, "Only read-only tools.")),
                new MitigationPlan(List.of(screening)));
    }

    /**
     * The next version: details edited, screening removed (so prompt injection rises), audience public, the note
     * rewritten, overrides changed, the plan item in progress and a second one added, rescored with another method.
     */
    static PackagedAssessment edited() {
        PackagedAssessment a = approved();
        Map<String, RecordedAnswer> answers = new HashMap<>(a.answers());
        answer(answers, "screening", new Answer.Choice("no"), "The filter was switched off in March.");
        answer(answers, "audience", new Answer.Choice("public"), "");
        PlanItem screening = a.plan()
                .items()
                .get(0)
                .withDetails("Bo", LocalDate.of(2027, 1, 31), PlanItem.Priority.HIGH, PlanItem.Status.IN_PROGRESS, "");
        PlanItem grounding = PlanItem.accept(Fixtures.GROUND, List.of(Fixtures.HALLUCINATION));
        grounding = new PlanItem(
                GROUNDING_ITEM,
                grounding.mitigationId(),
                grounding.title(),
                grounding.risks(),
                grounding.reducesLikelihood(),
                grounding.reducesImpact(),
                grounding.effort(),
                grounding.decision(),
                "",
                "",
                null,
                null,
                null,
                "");
        return new PackagedAssessment(
                assessment("Support bot 2027", "HelpDesk v2", "Bo"),
                ADDITIVE.withVersion(ScoringMethod.CALIBRATED),
                answers,
                Map.of(
                        Fixtures.AGENT,
                        new RatingOverride(Fixtures.AGENT, 3, 0, "Write tools added."),
                        Fixtures.CODE,
                        RatingOverride.notApplicable(Fixtures.CODE, "It never writes code.")),
                new MitigationPlan(List.of(screening, grounding)));
    }

    static void answer(Map<String, RecordedAnswer> answers, String question, Answer answer, String note) {
        answers.put(question, new RecordedAnswer(question, answer, note, TestClock.NOW));
    }

    static Assessment assessment(String title, String system, String owner) {
        Instant at = TestClock.NOW;
        return new Assessment(
                ID,
                title,
                system,
                owner,
                Fixtures.TEMPLATE.id(),
                Fixtures.TEMPLATE.version(),
                AssessmentStatus.IN_PROGRESS,
                50,
                at,
                at);
    }

    static Optional<Change> find(AssessmentChanges changes, Change.Section section, String subject) {
        return changes.in(section).stream()
                .filter(c -> c.subject().equals(subject))
                .findFirst();
    }
}
