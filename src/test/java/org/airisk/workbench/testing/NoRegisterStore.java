package org.airisk.workbench.testing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.airisk.workbench.scoring.MitigationPlan;
import org.airisk.workbench.scoring.PlanItem;
import org.airisk.workbench.scoring.RatingOverride;
import org.airisk.workbench.scoring.RegisterRepository;
import org.airisk.workbench.scoring.RiskRegister;
import org.airisk.workbench.scoring.ScoringMethod;

/** A register store holding nothing and keeping nothing: for view models whose saves the test does not look at. */
public final class NoRegisterStore implements RegisterRepository {
    public Optional<ScoringMethod> method(UUID a) {
        return Optional.empty();
    }

    public void saveMethod(UUID a, ScoringMethod m) {}

    public Map<String, RatingOverride> overrides(UUID a) {
        return Map.of();
    }

    public void saveOverride(UUID a, RatingOverride o) {}

    public void removeOverride(UUID a, String r) {}

    public MitigationPlan plan(UUID a) {
        return MitigationPlan.EMPTY;
    }

    public void savePlanItem(UUID a, PlanItem i) {}

    public void removePlanItem(UUID a, UUID i) {}

    public void saveResults(UUID a, RiskRegister r) {}

    public List<UUID> withoutCurrentResults() {
        return List.of();
    }
}
