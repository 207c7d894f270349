package org.airisk.workbench.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/** One risk of the catalog, keyed by its AI Risk Atlas id, described in our own words. */
public record Risk(
        String id,
        String name,
        RiskCategory category,
        String group,
        RiskOrigin origin,
        Set<Pillar> pillars,
        String description,
        String example,
        List<String> harms,
        FrameworkReferences references,
        Baseline baseline) {

    public Risk {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        group = group == null ? "" : group;
        Objects.requireNonNull(origin, "origin");
        pillars = pillars == null ? Set.of() : Set.copyOf(pillars);
        description = description == null ? "" : description;
        example = example == null ? "" : example;
        harms = harms == null ? List.of() : List.copyOf(harms);
        references = references == null ? FrameworkReferences.NONE : references;
        baseline = baseline == null ? Baseline.UNRATED : baseline;
    }

    /** A risk without a rating of its own (see {@link Baseline#UNRATED}). */
    public Risk(
            String id,
            String name,
            RiskCategory category,
            String group,
            RiskOrigin origin,
            Set<Pillar> pillars,
            String description,
            String example,
            List<String> harms,
            FrameworkReferences references) {
        this(id, name, category, group, origin, pillars, description, example, harms, references, null);
    }

    /** "robustness-prompt-attacks" as "Robustness: prompt attacks". */
    public String groupLabel() {
        return RiskCatalog.groupLabel(group);
    }
}
