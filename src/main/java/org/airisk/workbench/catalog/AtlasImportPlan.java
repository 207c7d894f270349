package org.airisk.workbench.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What importing an Atlas file would change in the catalog, worked out before anything is written: new risks,
 * risks whose facts (name, category, group, origin) change, and risks that stay as they are.
 */
public record AtlasImportPlan(List<Risk> added, List<Change> updated, int unchanged) {

    /**
     * Names in the Atlas data that are slips we do not take over, by risk id: the non-agentic impact on human agency
     * carries its agentic variant's name there. An import keeps our name for these.
     */
    public static final Map<String, String> KNOWN_NAME_SLIPS =
            Map.of("atlas-impact-on-human-agency", "AI agents' Impact on human agency");

    /** A risk whose facts change; our description, example and mitigations stay. */
    public record Change(Risk before, Risk after) {
        public List<String> differences() {
            List<String> d = new ArrayList<>();
            if (!before.name().equals(after.name())) {
                d.add("name '" + before.name() + "' \u2192 '" + after.name() + "'");
            }
            if (before.category() != after.category()) {
                d.add("category " + before.category().label() + " \u2192 "
                        + after.category().label());
            }
            if (!before.group().equals(after.group())) {
                d.add("group " + before.groupLabel() + " \u2192 " + after.groupLabel());
            }
            if (before.origin() != after.origin()) {
                d.add("origin " + before.origin().label() + " \u2192 "
                        + after.origin().label());
            }
            return d;
        }
    }

    public static AtlasImportPlan of(RiskCatalog catalog, List<AtlasEntry> entries) {
        List<Risk> added = new ArrayList<>();
        List<Change> updated = new ArrayList<>();
        int unchanged = 0;
        for (AtlasEntry entry : entries) {
            var existing = catalog.risk(entry.id());
            if (existing.isEmpty()) {
                added.add(new Risk(
                        entry.id().toLowerCase(Locale.ROOT),
                        entry.name(),
                        entry.category(),
                        entry.group(),
                        entry.origin(),
                        Set.of(),
                        entry.description(),
                        "",
                        List.of(),
                        FrameworkReferences.NONE));
                continue;
            }
            Risk before = existing.get();
            RiskOrigin origin = entry.supports(before.origin()) ? before.origin() : entry.origin();
            String name = entry.name().equals(KNOWN_NAME_SLIPS.get(before.id())) ? before.name() : entry.name();
            Risk after = new Risk(
                    before.id(),
                    name,
                    entry.category(),
                    entry.group(),
                    origin,
                    before.pillars(),
                    before.description(),
                    before.example(),
                    before.harms(),
                    before.references(),
                    before.baseline());
            Change change = new Change(before, after);
            if (change.differences().isEmpty()) {
                unchanged++;
            } else {
                updated.add(change);
            }
        }
        return new AtlasImportPlan(List.copyOf(added), List.copyOf(updated), unchanged);
    }

    public boolean changesNothing() {
        return added.isEmpty() && updated.isEmpty();
    }

    /** "3 risks added, 2 updated, 94 unchanged." */
    public String summary() {
        return added.size() + (added.size() == 1 ? " risk" : " risks") + " added, " + updated.size() + " updated, "
                + unchanged + " unchanged.";
    }

    /** The risks to keep as imported: the new ones and the new versions of changed ones. */
    public List<Risk> risksToKeep() {
        List<Risk> keep = new ArrayList<>(added);
        updated.forEach(c -> keep.add(c.after()));
        return keep;
    }
}
