package org.airisk.workbench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.airisk.workbench.scoring.PlanItem;
import org.airisk.workbench.scoring.RiskScore;
import org.airisk.workbench.scoring.ScoringMethod;

/**
 * What the board pack says beyond the cover and the sign-off: a board reads a few pages, so it gets the risks above
 * appetite with what the plan does about each, and the method in one paragraph, instead of the whole register and
 * every answer (those stay in the full report).
 */
public final class BoardPack {
    public static final String RISKS = "Risks above appetite and their treatment";
    public static final String METHOD = "How the ratings were reached";
    /** More would stop being a summary; the full report lists them all. */
    public static final int MOST_RISKS = 10;

    public static final String NO_RISK = "No risk is above the risk appetite with the measures in place now.";
    public static final String NO_MEASURE = "No measure accepted yet.";

    /** A risk above appetite now, and the plan's answer to it in words. */
    public record Row(RiskScore score, List<String> plan) {
        public Row {
            plan = List.copyOf(plan);
        }
    }

    private BoardPack() {}

    /** The risks above appetite now, highest first, at most {@link #MOST_RISKS}. */
    public static List<Row> risks(ReportContent r) {
        List<Row> rows = new ArrayList<>();
        for (RiskScore s : r.register().aboveAppetite()) {
            if (rows.size() == MOST_RISKS) {
                break;
            }
            List<String> plan = new ArrayList<>();
            for (ReportContent.PlanRow row : r.acceptedRows()) {
                if (row.item().risks().contains(s.riskId())) {
                    plan.add(measure(row));
                }
            }
            if (plan.isEmpty()) {
                plan.add(NO_MEASURE);
            }
            r.untreated().stream()
                    .filter(u -> u.score().riskId().equals(s.riskId()))
                    .findFirst()
                    .ifPresent(u -> plan.add("Still above appetite with the plan. "
                            + (u.measures().isEmpty()
                                    ? ReportText.measures(u)
                                    : "Recommended: " + String.join("; ", u.measures()) + ".")));
            rows.add(new Row(s, plan));
        }
        return rows;
    }

    /** "and 4 more, listed in the full report", or empty when every one is shown. */
    public static String more(ReportContent r) {
        int more = r.register().aboveAppetite().size() - MOST_RISKS;
        return more > 0 ? "And " + more + " more above appetite, listed in the full report." : "";
    }

    private static String measure(ReportContent.PlanRow row) {
        PlanItem i = row.item();
        return i.title() + ": " + i.status().label().toLowerCase(Locale.ROOT)
                + (i.owner().isBlank() ? "" : ", " + i.owner())
                + (i.due() == null ? "" : ", due " + ReportText.due(row));
    }

    /** The methodology in one paragraph, with the pointer to the full one. */
    public static String method(ReportContent r) {
        ScoringMethod m = r.register().method();
        int n = m.size();
        return "Each risk is rated on a " + n + "\u00d7" + n + " matrix of likelihood and impact; its score, from 1 to "
                + m.maxScore() + ", is the product, and scores above " + m.appetite() + " ("
                + m.level(m.appetite()).label()
                + ") are above the risk appetite. Residual risk now counts the safeguards the answers say are "
                + "in place; target residual adds every accepted plan measure. Where a question is unanswered or "
                + "answered \u201cnot sure\u201d, the worst plausible answer is assumed (" + r.ratingsOnAssumptions()
                + " of " + r.register().applicable().size() + " ratings rest on such assumptions). Scoring model: "
                + m.modelLabel() + ". The full report sets out the method, the whole register, the plan and every "
                + "answer; its content hash is the one on this pack.";
    }
}
