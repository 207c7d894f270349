package org.airisk.workbench.changes;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.airisk.workbench.catalog.RiskCatalog;
import org.airisk.workbench.scoring.MitigationPlan;
import org.airisk.workbench.scoring.PlanItem;

/** Plan items added, removed, or changed field by field; matched by their id, in the newer plan's order. */
final class PlanChanges {
    private final RiskCatalog catalog;

    PlanChanges(RiskCatalog catalog) {
        this.catalog = catalog;
    }

    void compare(MitigationPlan older, MitigationPlan newer, List<Change> all) {
        Set<UUID> ids = new LinkedHashSet<>();
        newer.items().forEach(i -> ids.add(i.id()));
        older.items().forEach(i -> ids.add(i.id()));
        for (UUID id : ids) {
            PlanItem a = older.item(id).orElse(null);
            PlanItem b = newer.item(id).orElse(null);
            if (a == null) {
                all.add(new Change(Change.Section.PLAN, b.title(), "", "Added: " + summary(b)));
            } else if (b == null) {
                all.add(new Change(Change.Section.PLAN, a.title(), "Removed: " + summary(a), ""));
            } else {
                fields(a, b, all);
            }
        }
    }

    private void fields(PlanItem a, PlanItem b, List<Change> all) {
        String t = b.title() + " \u2014 ";
        add(all, t + "title", a.title(), b.title());
        add(all, t + "decision", decision(a), decision(b));
        add(all, t + "risks", risks(a), risks(b));
        add(all, t + "strength", strength(a), strength(b));
        add(all, t + "effort", a.effort().toString(), b.effort().toString());
        add(all, t + "owner", a.owner(), b.owner());
        add(all, t + "due", Objects.toString(a.due(), ""), Objects.toString(b.due(), ""));
        add(all, t + "priority", a.priority().label(), b.priority().label());
        add(all, t + "status", a.status().label(), b.status().label());
        add(all, t + "notes", a.notes(), b.notes());
    }

    private static void add(List<Change> all, String subject, String before, String after) {
        AssessmentChanges.add(all, Change.Section.PLAN, subject, before, after);
    }

    private String summary(PlanItem i) {
        return decision(i) + "; " + risks(i)
                + (i.isAccepted() ? "; " + i.status().label() : "");
    }

    private static String decision(PlanItem i) {
        return i.isAccepted() ? "Accepted" : "Rejected: " + i.reason();
    }

    private String risks(PlanItem i) {
        return String.join(
                ", ",
                i.risks().stream()
                        .map(r -> AssessmentChanges.riskName(catalog, r))
                        .toList());
    }

    private static String strength(PlanItem i) {
        return "likelihood \u2212" + i.reducesLikelihood() + ", impact \u2212" + i.reducesImpact();
    }
}
