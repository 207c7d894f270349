package org.airisk.workbench.exchange;

import org.airisk.workbench.assessment.RecordedAnswer;
import org.airisk.workbench.assessment.UserFacingProblem;
import org.airisk.workbench.catalog.RiskCatalog;
import org.airisk.workbench.questionnaire.AnsweredQuestionnaire;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.scoring.RiskRegister;
import org.airisk.workbench.scoring.ScoredAssessment;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.scoring.StoredScoring;

/**
 * A packaged assessment (or one read from the library as a package) scored as the register scores it, by {@link
 * ScoredAssessment}: its answers on the questionnaire it follows, with the method it keeps (or, never scored yet,
 * the method it would be scored with now). Reports, the command line and comparisons of versions all score through
 * here, so they never disagree with the register.
 */
public record ScoredPackage(PackagedAssessment assessment, ScoredAssessment scored) {

    public static ScoredPackage of(
            PackagedAssessment p,
            StoredScoring.Questionnaires questionnaires,
            RiskCatalog catalog,
            ScoringMethod methodIfUnscored) {
        AnsweredQuestionnaire state =
                new AnsweredQuestionnaire(template(p, questionnaires), RecordedAnswer.given(p.answers()));
        ScoringMethod method = p.method() == null ? methodIfUnscored : p.method();
        return new ScoredPackage(p, ScoredAssessment.of(catalog, state, method, p.overrides(), p.plan()));
    }

    public AnsweredQuestionnaire answers() {
        return scored.answers();
    }

    public ScoringMethod method() {
        return scored.method();
    }

    public RiskRegister register() {
        return scored.register();
    }

    /** The questionnaire the assessment follows; an assessor-readable refusal when it is not installed. */
    public static QuestionnaireTemplate template(PackagedAssessment p, StoredScoring.Questionnaires questionnaires) {
        return questionnaires
                .find(p.assessment().templateId(), p.assessment().templateVersion())
                .orElseThrow(
                        () -> new UserFacingProblem("\u201c" + p.assessment().title() + "\u201d follows "
                                + "the questionnaire " + p.assessment().templateId() + " v"
                                + p.assessment().templateVersion()
                                + ", which is not installed here."));
    }
}
