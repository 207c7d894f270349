package org.airisk.workbench.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.airisk.workbench.scoring.Rating;
import org.airisk.workbench.scoring.RiskRegister;
import org.airisk.workbench.scoring.RiskScore;
import org.airisk.workbench.scoring.ScoringMethod;

/**
 * The risks of a register placed on its likelihood x impact matrix, before (inherent) or after (residual)
 * mitigation. One cell per pair, coloured by the level its score falls in, holding the risks rated there, highest
 * first ({@link org.airisk.workbench.scoring.RiskOrder}).
 */
public record HeatMap(String title, int size, boolean residual, List<Cell> cells) {

    public record Cell(
            int likelihood, int impact, String level, String colour, List<String> riskIds, List<String> riskNames) {
        public Cell {
            riskIds = List.copyOf(riskIds);
            riskNames = List.copyOf(riskNames);
        }

        public int count() {
            return riskIds.size();
        }

        public int score() {
            return likelihood * impact;
        }
    }

    public HeatMap {
        cells = List.copyOf(cells);
    }

    public static HeatMap of(RiskRegister register, boolean residual) {
        ScoringMethod method = register.method();
        // each cell lists its risks in the register's order, as every other list of risks does
        List<RiskScore> ranked = register.ranked();
        List<Cell> cells = new ArrayList<>();
        for (int l = method.size(); l >= 1; l--) {
            for (int i = 1; i <= method.size(); i++) {
                int likelihood = l;
                int impact = i;
                List<RiskScore> here = ranked.stream()
                        .filter(s -> {
                            Rating r = residual ? s.residual() : s.inherent();
                            return r.likelihood() == likelihood && r.impact() == impact;
                        })
                        .toList();
                ScoringMethod.Level level = method.level(l * i);
                cells.add(new Cell(
                        l,
                        i,
                        level.label(),
                        level.colour(),
                        here.stream().map(RiskScore::riskId).toList(),
                        here.stream().map(s -> s.risk().name()).toList()));
            }
        }
        return new HeatMap(
                residual ? "Residual risk heat map" : "Inherent risk heat map", method.size(), residual, cells);
    }

    public Optional<Cell> cell(int likelihood, int impact) {
        return cells.stream()
                .filter(c -> c.likelihood() == likelihood && c.impact() == impact)
                .findFirst();
    }

    public int total() {
        return cells.stream().mapToInt(Cell::count).sum();
    }
}
