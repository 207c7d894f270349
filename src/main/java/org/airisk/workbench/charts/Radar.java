package org.airisk.workbench.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.airisk.workbench.catalog.Pillar;
import org.airisk.workbench.scoring.RiskRegister;
import org.airisk.workbench.scoring.RiskScore;

/**
 * A spider chart: one axis per trust pillar, one closed line per series. Values are the mean score of the pillar's
 * applicable risks as a share of the matrix's highest score (0 to 1); a pillar with no applicable risk is 0.
 */
public record Radar(String title, List<String> axes, List<Integer> risksPerAxis, List<Series> series, int maxScore) {

    public record Series(String name, String colour, List<Double> values) {
        public Series {
            values = List.copyOf(values);
        }
    }

    public static final String INHERENT_COLOUR = "#E69F00";
    public static final String RESIDUAL_COLOUR = "#0072B2";

    public Radar {
        axes = List.copyOf(axes);
        risksPerAxis = List.copyOf(risksPerAxis);
        series = List.copyOf(series);
    }

    public static Radar byPillar(RiskRegister register) {
        int max = register.method().maxScore();
        List<String> axes = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        List<Double> inherent = new ArrayList<>();
        List<Double> residual = new ArrayList<>();
        for (Pillar pillar : Pillar.values()) {
            List<RiskScore> scores = register.applicable().stream()
                    .filter(s -> s.risk().pillars().contains(pillar))
                    .toList();
            axes.add(pillar.label());
            counts.add(scores.size());
            inherent.add(mean(scores, true) / max);
            residual.add(mean(scores, false) / max);
        }
        return new Radar(
                "Risk by pillar (mean score)",
                axes,
                counts,
                List.of(
                        new Series("Inherent", INHERENT_COLOUR, inherent),
                        new Series("Residual", RESIDUAL_COLOUR, residual)),
                max);
    }

    private static double mean(List<RiskScore> scores, boolean inherent) {
        return scores.stream()
                .mapToInt(s -> (inherent ? s.inherent() : s.residual()).score())
                .average()
                .orElse(0);
    }

    /** The mean score behind a value, for labels and the table: "8.5 of 25". */
    public String scoreText(double value) {
        return String.format(Locale.ROOT, "%.1f of %d", value * maxScore, maxScore);
    }
}
