package org.airisk.workbench.charts;

import java.util.ArrayList;
import java.util.List;
import org.airisk.workbench.catalog.Mitigation;
import org.airisk.workbench.questionnaire.AnsweredQuestionnaire;
import org.airisk.workbench.questionnaire.Progress;
import org.airisk.workbench.questionnaire.Section;
import org.airisk.workbench.scoring.MitigationPlan;
import org.airisk.workbench.scoring.PlanItem;
import org.airisk.workbench.scoring.RiskRegister;
import org.airisk.workbench.scoring.ScoringMethod;

/**
 * Bars with stacked parts: one bar per label, one part per series, each series with its colour.
 * {@code values.get(bar).get(series)}.
 */
public record StackedBars(
        String title,
        String valueAxis,
        List<String> labels,
        List<String> series,
        List<String> colours,
        List<List<Integer>> values) {

    public StackedBars {
        labels = List.copyOf(labels);
        series = List.copyOf(series);
        colours = List.copyOf(colours);
        values = values.stream().map(List::copyOf).toList();
    }

    public int total(int bar) {
        return values.get(bar).stream().mapToInt(Integer::intValue).sum();
    }

    public int max() {
        int max = 0;
        for (int b = 0; b < labels.size(); b++) {
            max = Math.max(max, total(b));
        }
        return max;
    }

    /** Risks per category, split by level (residual or inherent), in the method's colours. */
    public static StackedBars byCategory(RiskRegister register, boolean residual) {
        ScoringMethod method = register.method();
        List<String> labels = new ArrayList<>();
        List<List<Integer>> values = new ArrayList<>();
        register.byCategory().forEach((c, aggregate) -> {
            labels.add(c.label());
            values.add(residual ? aggregate.residualByLevel() : aggregate.inherentByLevel());
        });
        return new StackedBars(
                (residual ? "Residual" : "Inherent") + " risks by category",
                "Risks",
                labels,
                method.levels().stream().map(ScoringMethod.Level::label).toList(),
                method.levels().stream().map(ScoringMethod.Level::colour).toList(),
                values);
    }

    /** Plan items by status; one bar per status, parts by effort. */
    public static StackedBars planByStatus(MitigationPlan plan) {
        List<String> labels = new ArrayList<>();
        List<List<Integer>> values = new ArrayList<>();
        for (PlanItem.Status status : PlanItem.Status.values()) {
            labels.add(status.label());
            List<Integer> byEffort = new ArrayList<>();
            for (Mitigation.Effort effort : Mitigation.Effort.values()) {
                byEffort.add((int) plan.accepted().stream()
                        .filter(i -> i.status() == status && i.effort() == effort)
                        .count());
            }
            values.add(byEffort);
        }
        return new StackedBars(
                "Mitigation plan by status and effort",
                "Items",
                labels,
                List.of("Effort S", "Effort M", "Effort L"),
                List.of("#56B4E9", "#009E73", "#CC79A7"),
                values);
    }

    /** Required questions answered and open, per shown section. */
    public static StackedBars completion(AnsweredQuestionnaire answers) {
        List<String> labels = new ArrayList<>();
        List<List<Integer>> values = new ArrayList<>();
        for (Section section : answers.shownSections()) {
            Progress p = answers.progress(section);
            labels.add(section.title());
            values.add(List.of(p.answered(), p.required() - p.answered()));
        }
        return new StackedBars(
                "Completion by section",
                "Required questions",
                labels,
                List.of("Answered", "Open"),
                List.of("#009E73", "#BBBBBB"),
                values);
    }
}
