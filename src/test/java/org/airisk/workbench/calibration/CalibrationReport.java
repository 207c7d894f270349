package org.airisk.workbench.calibration;

import java.util.List;
import java.util.Locale;
import org.airisk.workbench.scoring.RiskScore;
import org.airisk.workbench.scoring.ScoringMethod;

/**
 * Prints how the register ranks each system of the calibration corpus against what an expert expects: recall of
 * the expected top 10, how many risks compete for the top 10 places, must-be-low risks that got in, the EU AI Act
 * indication, and what was missed. Usage: CalibrationReport [--model N] [--verbose]. docs/scoring.md shows it.
 */
public final class CalibrationReport {
    private CalibrationReport() {}

    public static void main(String[] args) {
        int model = ScoringMethod.CURRENT;
        boolean verbose = false;
        String explain = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--explain")) {
                explain = args[++i];
            } else if (args[i].equals("--model")) {
                model = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--verbose")) {
                verbose = true;
            }
        }
        CalibrationCorpus corpus = CalibrationCorpus.builtIn();
        ScoringMethod method = ScoringMethod.standard().withVersion(model);
        List<CalibrationCorpus.Result> results =
                corpus.systems().stream().map(s -> corpus.score(s, method)).toList();
        if (explain != null) {
            String id = explain;
            results.stream().filter(r -> r.system().id().startsWith(id)).forEach(CalibrationReport::explain);
            return;
        }
        System.out.print(table(results, verbose));
    }

    /** The per-system table as Markdown, then the totals. */
    public static String table(List<CalibrationCorpus.Result> results, boolean verbose) {
        StringBuilder out = new StringBuilder();
        out.append("| System | Recall | In top 10 | Competing | Must-be-low in top 10 | EU AI Act | Missed |\n");
        out.append("| ------ | -----: | --------: | --------: | --------------------- | --------- | ------ |\n");
        int found = 0;
        int expected = 0;
        int low = 0;
        int euWrong = 0;
        int maxCompeting = 0;
        for (CalibrationCorpus.Result r : results) {
            found += r.found().size();
            expected += r.system().expectedTop().size();
            low += r.lowInTop().size();
            euWrong += r.euMatches() ? 0 : 1;
            maxCompeting = Math.max(maxCompeting, r.competingForTop());
            out.append("| ")
                    .append(r.system().id())
                    .append(" | ")
                    .append(String.format(Locale.ROOT, "%.0f%%", 100 * r.recall()))
                    .append(" | ")
                    .append(r.found().size())
                    .append('/')
                    .append(r.system().expectedTop().size())
                    .append(" | ")
                    .append(r.competingForTop())
                    .append(" | ")
                    .append(r.lowInTop().isEmpty() ? "none" : String.join(", ", shortIds(r.lowInTop())))
                    .append(" | ")
                    .append(
                            r.euMatches()
                                    ? "as expected"
                                    : "got " + r.eu() + ", expected "
                                            + r.system().expectedEu())
                    .append(" | ")
                    .append(String.join(", ", shortIds(r.missed())))
                    .append(" |\n");
            if (verbose) {
                int i = 1;
                for (RiskScore s : r.top()) {
                    out.append(String.format(
                            Locale.ROOT, "|   %2d. %s | %.2f | %s |%n", i++, s.riskId(), s.rank(), s.residual()));
                }
            }
        }
        out.append(String.format(
                Locale.ROOT,
                "%nSystems: %d. Top-10 recall: %d of %d expected risks (%.0f%%). "
                        + "Must-be-low risks in a top 10: %d. Most risks competing for a top 10: %d. "
                        + "EU AI Act indications differing: %d.%n",
                results.size(),
                found,
                expected,
                100.0 * found / Math.max(1, expected),
                low,
                maxCompeting,
                euWrong));
        return out.toString();
    }

    /** Every ranked risk of one system with the reasons for its rating: for tuning by hand. */
    private static void explain(CalibrationCorpus.Result r) {
        System.out.println(r.system().id() + "  expected top: " + r.system().expectedTop() + "  low: "
                + r.system().mustBeLow());
        int i = 1;
        for (RiskScore s : r.register().ranked()) {
            String mark = r.system().expectedTop().contains(s.riskId())
                    ? " *"
                    : r.system().mustBeLow().contains(s.riskId()) ? " !" : "";
            System.out.printf(
                    Locale.ROOT,
                    "%2d. %-50s %5.2f inh %s res %s%s%n",
                    i++,
                    s.riskId(),
                    s.rank(),
                    s.inherent(),
                    s.residual(),
                    mark);
            s.reasons()
                    .forEach(c -> System.out.println(
                            "      " + c.kind() + " " + c.subject() + " = " + c.detail() + " [" + c.effect() + "]"));
            s.reductions().forEach(c -> System.out.println("      - " + c.subject() + " [" + c.effect() + "]"));
        }
    }

    private static List<String> shortIds(List<String> ids) {
        return ids.stream().map(id -> id.replaceFirst("^atlas-", "")).toList();
    }
}
