package org.airisk.workbench.review;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.airisk.workbench.questionnaire.AnsweredQuestionnaire;
import org.airisk.workbench.questionnaire.MissingAnswer;
import org.airisk.workbench.scoring.MitigationPlan;
import org.airisk.workbench.scoring.PlanItem;
import org.airisk.workbench.scoring.RiskRegister;
import org.airisk.workbench.scoring.RiskScore;

/**
 * The completeness check before a submission: every shown required question answered, and every risk whose current
 * residual rating is above the appetite decided on in the plan (a mitigation accepted or rejected with a reason for
 * it) or set aside as not applicable. Overrides need no check here: an override without a justification cannot be
 * made ({@link org.airisk.workbench.scoring.RatingOverride} refuses it, in the window, in imports and in the store).
 */
public final class SubmissionCheck {
    private SubmissionCheck() {}

    /** The gaps in questionnaire order, then the risks in the register's order; empty when it may be submitted. */
    public static List<SubmissionGap> gaps(AnsweredQuestionnaire answers, RiskRegister register, MitigationPlan plan) {
        List<SubmissionGap> gaps = new ArrayList<>();
        for (MissingAnswer missing : answers.missingAnswers()) {
            gaps.add(new SubmissionGap(
                    SubmissionGap.Kind.UNANSWERED_QUESTION,
                    missing.question().id(),
                    "Answer \u201c" + missing.question().text() + "\u201d ("
                            + missing.section().title() + "): it is required."));
        }
        Set<String> decided = new HashSet<>();
        for (PlanItem item : plan.items()) {
            decided.addAll(item.risks());
        }
        for (RiskScore risk : register.aboveAppetite()) {
            if (!decided.contains(risk.riskId())) {
                gaps.add(new SubmissionGap(
                        SubmissionGap.Kind.RISK_WITHOUT_PLAN_DECISION,
                        risk.riskId(),
                        "Decide on \u201c" + risk.risk().name() + "\u201d: it is above the risk appetite ("
                                + risk.residual().level().label() + ") and the plan names no measure for it; "
                                + "accept or reject a mitigation, or set the risk aside as not applicable."));
            }
        }
        return gaps;
    }
}
