package org.airisk.workbench.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.airisk.workbench.catalog.Mitigation;
import org.airisk.workbench.scoring.PlanItem;

/** Plan items for tests. */
public final class PlanItems {
    private PlanItems() {}

    /** An own measure in the plan, planned, on one risk, with the owner and due date given (both may be empty). */
    public static PlanItem planned(String title, String riskId, String owner, LocalDate due) {
        return new PlanItem(
                UUID.randomUUID(),
                "",
                title,
                List.of(riskId),
                2,
                1,
                Mitigation.Effort.M,
                PlanItem.Decision.ACCEPTED,
                "",
                owner,
                due,
                PlanItem.Priority.HIGH,
                PlanItem.Status.PLANNED,
                "");
    }
}
