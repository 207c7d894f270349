package org.airisk.workbench.catalog;

import java.util.Locale;

/** What the Risk Library shows: risks matching every part that is set (null or blank parts match all). */
public record RiskFilter(
        String text,
        RiskCategory category,
        String group,
        Pillar pillar,
        FrameworkReferences.FrameworkReference reference) {
    public static final RiskFilter ALL = new RiskFilter("", null, null, null, null);

    public boolean matches(Risk risk) {
        if (category != null && risk.category() != category) {
            return false;
        }
        if (group != null && !group.isBlank() && !risk.group().equals(group)) {
            return false;
        }
        if (pillar != null && !risk.pillars().contains(pillar)) {
            return false;
        }
        if (reference != null && !risk.references().all().contains(reference)) {
            return false;
        }
        if (text == null || text.isBlank()) {
            return true;
        }
        String haystack = String.join(
                        " ",
                        risk.id(),
                        risk.name(),
                        risk.description(),
                        risk.example(),
                        risk.groupLabel(),
                        risk.category().label())
                .toLowerCase(Locale.ROOT);
        for (String word : text.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
