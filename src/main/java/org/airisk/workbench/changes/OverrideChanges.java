package org.airisk.workbench.changes;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.airisk.workbench.catalog.RiskCatalog;
import org.airisk.workbench.scoring.RatingOverride;

/** The assessor's overrides that were added, cleared or changed (rating, justification, not applicable). */
final class OverrideChanges {
    private final RiskCatalog catalog;

    OverrideChanges(RiskCatalog catalog) {
        this.catalog = catalog;
    }

    void compare(Map<String, RatingOverride> older, Map<String, RatingOverride> newer, List<Change> all) {
        TreeSet<String> risks =
                new TreeSet<>(Comparator.comparing((String id) -> AssessmentChanges.riskName(catalog, id))
                        .thenComparing(Comparator.naturalOrder()));
        risks.addAll(older.keySet());
        risks.addAll(newer.keySet());
        for (String id : risks) {
            RatingOverride a = older.get(id);
            RatingOverride b = newer.get(id);
            String name = AssessmentChanges.riskName(catalog, id);
            if (a == null || b == null) {
                AssessmentChanges.add(all, Change.Section.OVERRIDES, name, whole(a), whole(b));
                continue;
            }
            AssessmentChanges.add(all, Change.Section.OVERRIDES, name + " \u2014 rating", rating(a), rating(b));
            AssessmentChanges.add(
                    all,
                    Change.Section.OVERRIDES,
                    name + " \u2014 justification",
                    a.justification(),
                    b.justification());
        }
    }

    private static String whole(RatingOverride o) {
        return o == null ? "" : rating(o) + ": " + o.justification();
    }

    /** "Not applicable", or "likelihood 4, impact calculated". */
    private static String rating(RatingOverride o) {
        if (o.notApplicable()) {
            return "Not applicable";
        }
        return "likelihood " + point(o.likelihood()) + ", impact " + point(o.impact());
    }

    private static String point(int value) {
        return value == 0 ? "calculated" : Integer.toString(value);
    }
}
