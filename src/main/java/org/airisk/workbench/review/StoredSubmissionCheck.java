package org.airisk.workbench.review;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.airisk.workbench.assessment.Assessment;
import org.airisk.workbench.assessment.AssessmentRepository;
import org.airisk.workbench.assessment.RecordedAnswer;
import org.airisk.workbench.assessment.UserFacingProblem;
import org.airisk.workbench.catalog.RiskCatalog;
import org.airisk.workbench.questionnaire.AnsweredQuestionnaire;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.scoring.MitigationPlan;
import org.airisk.workbench.scoring.RegisterRepository;
import org.airisk.workbench.scoring.ScoredAssessment;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.scoring.StoredScoring;

/**
 * The submission check of a saved assessment, without opening it: scored as the window would score it (its own
 * method, or the app's for one never scored), reading only, so the command line checks exactly what the window does.
 */
public final class StoredSubmissionCheck {
    private final AssessmentRepository assessments;
    private final RegisterRepository registers;
    private final StoredScoring.Questionnaires questionnaires;
    private final RiskCatalog catalog;
    private final Supplier<ScoringMethod> appMethod;

    public StoredSubmissionCheck(
            AssessmentRepository assessments,
            RegisterRepository registers,
            StoredScoring.Questionnaires questionnaires,
            RiskCatalog catalog,
            Supplier<ScoringMethod> appMethod) {
        this.assessments = assessments;
        this.registers = registers;
        this.questionnaires = questionnaires;
        this.catalog = catalog;
        this.appMethod = appMethod;
    }

    /** @throws IllegalArgumentException when the assessment is not there or its questionnaire is not installed */
    public List<SubmissionGap> gaps(UUID id) {
        Assessment a = assessments
                .find(id)
                .orElseThrow(
                        () -> new UserFacingProblem("No assessment " + id + " in this library; `list` shows the ids."));
        QuestionnaireTemplate template = questionnaires
                .find(a.templateId(), a.templateVersion())
                .orElseThrow(() -> new UserFacingProblem("\u201c" + a.title() + "\u201d follows the "
                        + "questionnaire " + a.templateId() + " version " + a.templateVersion() + ", which is not "
                        + "installed here; install it to check the assessment."));
        AnsweredQuestionnaire state =
                new AnsweredQuestionnaire(template, RecordedAnswer.given(assessments.answers(id)));
        ScoringMethod method = registers.method(id).orElseGet(appMethod);
        MitigationPlan plan = registers.plan(id);
        return SubmissionCheck.gaps(
                state,
                ScoredAssessment.of(catalog, state, method, registers.overrides(id), plan)
                        .register(),
                plan);
    }
}
