package org.airisk.workbench.calibration;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.airisk.workbench.scoring.RiskScore;
import org.airisk.workbench.scoring.ScoringMethod;

/**
 * For tuning by hand: across the corpus, the risks that enter top 10s where no expert expected them (intruders),
 * and the expected risks that stay out (misses) with the place they reached.
 */
public final class CalibrationTuning {
    private CalibrationTuning() {}

    public static void main(String[] args) {
        CalibrationCorpus corpus = CalibrationCorpus.builtIn();
        Map<String, Integer> intruders = new TreeMap<>();
        Map<String, StringBuilder> misses = new TreeMap<>();
        for (CalibrationCorpus.CalibrationSystem system : corpus.systems()) {
            CalibrationCorpus.Result r = corpus.score(system, ScoringMethod.standard());
            for (RiskScore s : r.top()) {
                if (!system.expectedTop().contains(s.riskId())) {
                    intruders.merge(s.riskId(), 1, Integer::sum);
                }
            }
            List<RiskScore> ranked = r.register().ranked();
            for (String missed : r.missed()) {
                int at = 0;
                String where = "not applicable";
                for (int i = 0; i < ranked.size(); i++) {
                    if (ranked.get(i).riskId().equals(missed)) {
                        at = i + 1;
                        RiskScore s = ranked.get(i);
                        where = String.format(Locale.ROOT, "#%d %.1f (inh %s)", at, s.rank(), s.inherent());
                    }
                }
                misses.computeIfAbsent(missed, k -> new StringBuilder())
                        .append("\n    ")
                        .append(system.id())
                        .append(": ")
                        .append(where)
                        .append(" / 10th ")
                        .append(String.format(
                                Locale.ROOT,
                                "%.1f",
                                r.top().get(r.top().size() - 1).rank()));
            }
        }
        System.out.println("Intruders (in a top 10, not expected there):");
        intruders.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .forEach(e -> System.out.println("  " + e.getValue() + "  " + e.getKey()));
        System.out.println("Misses:");
        misses.forEach((risk, where) -> System.out.println("  " + risk + where));
    }
}
