package org.airisk.workbench.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.airisk.workbench.catalog.Mitigation;
import org.airisk.workbench.catalog.RiskCatalog;

/**
 * Suggests catalog mitigations for every residual risk above appetite, ranked by expected risk reduction per unit
 * of effort. A mitigation addressing several such risks is suggested once, with all of them. Mitigations already
 * in place (from answers) or already decided on in the plan, accepted or rejected, are not suggested again.
 */
public final class MitigationRecommender {
    private final RiskCatalog catalog;

    public MitigationRecommender(RiskCatalog catalog) {
        this.catalog = catalog;
    }

    public List<Recommendation> recommend(RiskRegister register, MitigationPlan plan) {
        ScoringMethod method = register.method();
        Map<String, List<RiskScore>> risksByMitigation = new LinkedHashMap<>();
        for (RiskScore score : register.aboveAppetiteAfterPlan()) {
            for (Mitigation m : catalog.mitigationsFor(score.riskId())) {
                if (!score.controlsInPlace().contains(m.id())
                        && plan.decisionOn(m.id()).isEmpty()) {
                    risksByMitigation
                            .computeIfAbsent(m.id(), k -> new ArrayList<>())
                            .add(score);
                }
            }
        }
        List<Recommendation> recommendations = new ArrayList<>();
        risksByMitigation.forEach((id, risks) -> {
            Mitigation m = catalog.mitigation(id).orElseThrow();
            int reduction = 0;
            for (RiskScore s : risks) {
                reduction += s.target().score() - s.targetWith(m, method).score();
            }
            if (reduction > 0) {
                recommendations.add(new Recommendation(
                        m, risks, reduction, (double) reduction / Recommendation.effortUnits(m.effort())));
            }
        });
        recommendations.sort(Comparator.comparingDouble(Recommendation::value)
                .reversed()
                .thenComparing(Comparator.comparingInt(Recommendation::expectedReduction)
                        .reversed())
                .thenComparing(r -> r.mitigation().id()));
        return recommendations;
    }
}
