package org.airisk.workbench.report;

import java.util.ArrayList;
import java.util.List;
import org.airisk.workbench.scoring.ScoringMethod;

/** The methodology section of a report, in words a board member can follow, from the method the report used. */
final class MethodologyText {
    private MethodologyText() {}

    static ReportContent.Methodology of(ScoringMethod method) {
        List<ReportContent.LevelBand> bands = new ArrayList<>();
        List<ScoringMethod.Level> levels = method.levels();
        for (int i = 0; i < levels.size(); i++) {
            ScoringMethod.Level l = levels.get(i);
            int to = i + 1 < levels.size() ? levels.get(i + 1).fromScore() - 1 : method.maxScore();
            bands.add(new ReportContent.LevelBand(l.label(), l.colour(), l.fromScore(), to, to <= method.appetite()));
        }
        int n = method.size();
        List<String> rules = List.of(
                "Each risk is rated on a " + n + "\u00d7" + n + " matrix: likelihood from 1 (rare) to " + n
                        + " (almost certain) and impact from 1 (negligible) to " + n + " (severe). Its score is "
                        + "likelihood \u00d7 impact, from 1 to " + method.maxScore() + ", and the score's band "
                        + "gives its level (table below).",
                "Risk appetite: scores up to " + method.appetite() + " ("
                        + method.level(method.appetite()).label()
                        + ") are accepted; a higher score is above appetite and needs treatment or a recorded "
                        + "decision to accept it.",
                method.version() == ScoringMethod.ADDITIVE
                        ? "Inherent risk is the rating before any safeguard: each risk starts at likelihood "
                                + method.startLikelihood() + " and impact " + method.startImpact()
                                + " (on a five-point "
                                + "scale) and each unfavourable answer adds its steps."
                        : "Inherent risk is the rating before any safeguard: each risk starts from its catalog "
                                + "baseline, and the answers about the system's context and exposure raise or lower it. On "
                                + "each axis the strongest answer counts in full, the next half, the next a quarter.",
                "Open answers: where a question that bears on a risk is unanswered or answered \u201cnot sure\u201d,"
                        + " the worst plausible answer is assumed (the conservative rule). Such ratings are marked "
                        + "as resting on assumptions and fall when the question is answered.",
                "Residual risk now counts the safeguards the answers say are in place; target residual adds "
                        + "every accepted plan measure. Measures lower likelihood and impact with diminishing "
                        + "returns, a policy, process or legal measure by at most one step per axis, and all "
                        + "together by a bounded number of steps, so no set of measures makes a risk vanish.",
                "An assessor may override a rating with a written justification; the report marks it (\u270e) and "
                        + "shows the calculated rating beside it.",
                "Scoring model: " + method.modelLabel() + ". The full method is described in the "
                        + "application's documentation (docs/scoring.md).");
        return new ReportContent.Methodology(bands, rules);
    }
}
