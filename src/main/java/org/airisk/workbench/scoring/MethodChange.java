package org.airisk.workbench.scoring;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What rescoring an assessment with another method would change, for the assessor to see before agreeing:
 * risks whose residual level moves, risks entering or leaving the top 10, and the count above appetite.
 */
public record MethodChange(
        ScoringMethod before,
        ScoringMethod after,
        List<LevelMove> moves,
        List<String> enteringTop,
        List<String> leavingTop,
        int aboveBefore,
        int aboveAfter,
        int leftOutBefore,
        int leftOutAfter) {
    public static final int TOP = 10;

    /** One risk whose current residual level changes; a null level means it is left out of the register. */
    public record LevelMove(String riskName, String levelBefore, String levelAfter) {}

    public MethodChange {
        moves = List.copyOf(moves);
        enteringTop = List.copyOf(enteringTop);
        leavingTop = List.copyOf(leavingTop);
    }

    public static MethodChange between(RiskRegister before, RiskRegister after) {
        Map<String, RiskScore> old =
                before.applicable().stream().collect(Collectors.toMap(RiskScore::riskId, Function.identity()));
        Map<String, RiskScore> now =
                after.applicable().stream().collect(Collectors.toMap(RiskScore::riskId, Function.identity()));
        Set<String> ids = new LinkedHashSet<>();
        after.ranked().forEach(s -> ids.add(s.riskId()));
        before.ranked().forEach(s -> ids.add(s.riskId()));
        List<LevelMove> moves = new ArrayList<>();
        for (String id : ids) {
            RiskScore b = old.get(id);
            RiskScore a = now.get(id);
            String lb = b == null ? null : b.residual().level().label();
            String la = a == null ? null : a.residual().level().label();
            if (lb == null ? la != null : !lb.equals(la)) {
                moves.add(new LevelMove((a != null ? a : b).risk().name(), lb, la));
            }
        }
        List<String> topBefore =
                before.ranked().stream().limit(TOP).map(s -> s.risk().name()).toList();
        List<String> topAfter =
                after.ranked().stream().limit(TOP).map(s -> s.risk().name()).toList();
        return new MethodChange(
                before.method(),
                after.method(),
                moves,
                topAfter.stream().filter(n -> !topBefore.contains(n)).toList(),
                topBefore.stream().filter(n -> !topAfter.contains(n)).toList(),
                before.aboveAppetite().size(),
                after.aboveAppetite().size(),
                before.notApplicable().size(),
                after.notApplicable().size());
    }

    public boolean changesNothing() {
        return moves.isEmpty() && enteringTop.isEmpty() && leavingTop.isEmpty() && aboveBefore == aboveAfter;
    }

    /** The change in a few lines, for a confirmation dialog. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        text.append("Now: ")
                .append(before.describe())
                .append(".\nAfter: ")
                .append(after.describe())
                .append(".\n\n");
        if (changesNothing()) {
            return text.append("No rating or order of the top ")
                    .append(TOP)
                    .append(" would change.")
                    .toString();
        }
        text.append("Above appetite: ")
                .append(aboveBefore)
                .append(" \u2192 ")
                .append(aboveAfter)
                .append(". Left out as not applicable: ")
                .append(leftOutBefore)
                .append(" \u2192 ")
                .append(leftOutAfter)
                .append(".\n");
        if (!enteringTop.isEmpty()) {
            text.append("New in the top ")
                    .append(TOP)
                    .append(": ")
                    .append(String.join(", ", enteringTop))
                    .append(".\n");
        }
        if (!leavingTop.isEmpty()) {
            text.append("Leaving the top ")
                    .append(TOP)
                    .append(": ")
                    .append(String.join(", ", leavingTop))
                    .append(".\n");
        }
        if (!moves.isEmpty()) {
            text.append(moves.size())
                    .append(moves.size() == 1 ? " risk changes level" : " risks change level")
                    .append(":\n");
            moves.stream()
                    .limit(12)
                    .forEach(m -> text.append("  \u2022 ")
                            .append(m.riskName())
                            .append(": ")
                            .append(m.levelBefore() == null ? "left out" : m.levelBefore())
                            .append(" \u2192 ")
                            .append(m.levelAfter() == null ? "left out" : m.levelAfter())
                            .append('\n'));
            if (moves.size() > 12) {
                text.append("  \u2026 and ").append(moves.size() - 12).append(" more.\n");
            }
        }
        return text.toString().stripTrailing();
    }
}
