package org.airisk.workbench.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.airisk.workbench.catalog.Mitigation;

/** The decisions taken on an assessment's mitigations, in the order they were taken. */
public record MitigationPlan(List<PlanItem> items) {
    public static final MitigationPlan EMPTY = new MitigationPlan(List.of());

    public MitigationPlan {
        items = List.copyOf(items);
    }

    public List<PlanItem> accepted() {
        return items.stream().filter(PlanItem::isAccepted).toList();
    }

    public List<PlanItem> rejected() {
        return items.stream().filter(i -> !i.isAccepted()).toList();
    }

    /** The accepted items that name this risk. */
    public List<PlanItem> acceptedFor(String riskId) {
        return accepted().stream().filter(i -> i.risks().contains(riskId)).toList();
    }

    /** The decision already taken on a catalog mitigation, accepted or rejected. */
    public Optional<PlanItem> decisionOn(String mitigationId) {
        return items.stream().filter(i -> i.mitigationId().equals(mitigationId)).findFirst();
    }

    public Optional<PlanItem> item(UUID id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** This plan with the item added, or replacing the item with the same id. */
    public MitigationPlan with(PlanItem item) {
        List<PlanItem> changed = new ArrayList<>(items);
        int at = indexOf(item.id());
        if (at >= 0) {
            changed.set(at, item);
        } else {
            changed.add(item);
        }
        return new MitigationPlan(changed);
    }

    public MitigationPlan without(UUID id) {
        return new MitigationPlan(items.stream().filter(i -> !i.id().equals(id)).toList());
    }

    private int indexOf(UUID id) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    public Map<PlanItem.Status, Integer> acceptedByStatus() {
        Map<PlanItem.Status, Integer> counts = new EnumMap<>(PlanItem.Status.class);
        for (PlanItem.Status s : PlanItem.Status.values()) {
            counts.put(s, 0);
        }
        accepted().forEach(i -> counts.merge(i.status(), 1, Integer::sum));
        return counts;
    }

    public Map<Mitigation.Effort, Integer> acceptedByEffort() {
        Map<Mitigation.Effort, Integer> counts = new EnumMap<>(Mitigation.Effort.class);
        for (Mitigation.Effort e : Mitigation.Effort.values()) {
            counts.put(e, 0);
        }
        accepted().forEach(i -> counts.merge(i.effort(), 1, Integer::sum));
        return counts;
    }

    public long overdue(LocalDate today) {
        return items.stream().filter(i -> i.isOverdue(today)).count();
    }
}
