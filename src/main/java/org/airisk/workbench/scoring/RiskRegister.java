package org.airisk.workbench.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.airisk.workbench.catalog.Pillar;
import org.airisk.workbench.catalog.RiskCatalog;
import org.airisk.workbench.catalog.RiskCategory;

/** The scored risks of one assessment: the applicable ones with their ratings, and those left out with reasons. */
public record RiskRegister(ScoringMethod method, List<RiskScore> applicable, List<NotApplicableRisk> notApplicable) {

    public RiskRegister {
        applicable = List.copyOf(applicable);
        notApplicable = List.copyOf(notApplicable);
    }

    public Optional<RiskScore> score(String riskId) {
        return applicable.stream().filter(s -> s.riskId().equals(riskId)).findFirst();
    }

    /** Risks whose score rests on unanswered or "not sure" answers. */
    public List<RiskScore> uncertain() {
        return applicable.stream().filter(RiskScore::restsOnAssumptions).toList();
    }

    /** The register's order, everywhere it is shown: {@link RiskOrder#HIGHEST_FIRST}. */
    public static final Comparator<RiskScore> RANKING = RiskOrder.HIGHEST_FIRST;

    /** The applicable risks in the register's order, highest first. */
    public List<RiskScore> ranked() {
        return applicable.stream().sorted(RANKING).toList();
    }

    /** Current residual risks beyond the appetite, in the register's order. */
    public List<RiskScore> aboveAppetite() {
        return applicable.stream()
                .filter(s -> method.isAboveAppetite(s.residual().score()))
                .sorted(RANKING)
                .toList();
    }

    /** Risks still beyond the appetite once every accepted plan item is in place, in the register's order. */
    public List<RiskScore> aboveAppetiteAfterPlan() {
        return applicable.stream()
                .filter(s -> method.isAboveAppetite(s.target().score()))
                .sorted(RANKING)
                .toList();
    }

    public Aggregate overall() {
        return Aggregate.of("All risks", applicable, method);
    }

    public Map<RiskCategory, Aggregate> byCategory() {
        Map<RiskCategory, Aggregate> result = new LinkedHashMap<>();
        for (RiskCategory c : RiskCategory.values()) {
            result.put(
                    c,
                    Aggregate.of(
                            c.label(),
                            applicable.stream()
                                    .filter(s -> s.risk().category() == c)
                                    .toList(),
                            method));
        }
        return result;
    }

    public Map<Pillar, Aggregate> byPillar() {
        Map<Pillar, Aggregate> result = new LinkedHashMap<>();
        for (Pillar p : Pillar.values()) {
            result.put(
                    p,
                    Aggregate.of(
                            p.label(),
                            applicable.stream()
                                    .filter(s -> s.risk().pillars().contains(p))
                                    .toList(),
                            method));
        }
        return result;
    }

    public Map<String, Aggregate> byGroup() {
        return grouped(s -> s.risk().group());
    }

    private Map<String, Aggregate> grouped(Function<RiskScore, String> key) {
        Map<String, List<RiskScore>> groups = new TreeMap<>();
        applicable.forEach(s ->
                groups.computeIfAbsent(key.apply(s), k -> new ArrayList<>()).add(s));
        Map<String, Aggregate> result = new LinkedHashMap<>();
        groups.forEach(
                (group, scores) -> result.put(group, Aggregate.of(RiskCatalog.groupLabel(group), scores, method)));
        return result;
    }
}
