package org.airisk.workbench.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** The risks and mitigations the workbench knows, with their links both ways. */
public final class RiskCatalog {
    private final Map<String, Risk> risks = new LinkedHashMap<>();
    private final Map<String, Mitigation> mitigations = new LinkedHashMap<>();
    private final Map<String, List<Mitigation>> mitigationsByRisk = new LinkedHashMap<>();
    private final Map<String, String> referenceNames;

    public RiskCatalog(Collection<Risk> risks, Collection<Mitigation> mitigations) {
        this(risks, mitigations, Map.of());
    }

    /** @param referenceNames the titles of other frameworks' entries, by id (e.g. "LLM01:2025 Prompt Injection") */
    public RiskCatalog(Collection<Risk> risks, Collection<Mitigation> mitigations, Map<String, String> referenceNames) {
        this.referenceNames = Map.copyOf(referenceNames);
        for (Risk risk : risks) {
            if (this.risks.putIfAbsent(key(risk.id()), risk) != null) {
                throw new IllegalArgumentException("risk " + risk.id() + " is in the catalog twice");
            }
        }
        for (Mitigation mitigation : mitigations) {
            if (this.mitigations.putIfAbsent(mitigation.id(), mitigation) != null) {
                throw new IllegalArgumentException("mitigation " + mitigation.id() + " is in the catalog twice");
            }
            for (String riskId : mitigation.risks()) {
                if (!this.risks.containsKey(key(riskId))) {
                    throw new IllegalArgumentException(
                            "mitigation " + mitigation.id() + " names unknown risk " + riskId);
                }
                mitigationsByRisk
                        .computeIfAbsent(key(riskId), k -> new ArrayList<>())
                        .add(mitigation);
            }
        }
    }

    /**
     * This catalog with imported risks laid over it: new ids are added, known ids take the imported facts and
     * keep their descriptions and mitigations.
     */
    public RiskCatalog withImported(List<Risk> imported) {
        Map<String, Risk> merged = new LinkedHashMap<>(risks);
        for (Risk risk : imported) {
            Risk existing = merged.get(key(risk.id()));
            merged.put(
                    key(risk.id()),
                    existing == null
                            ? risk
                            : new Risk(
                                    existing.id(),
                                    risk.name(),
                                    risk.category(),
                                    risk.group(),
                                    risk.origin(),
                                    existing.pillars(),
                                    existing.description(),
                                    existing.example(),
                                    existing.harms(),
                                    existing.references(),
                                    existing.baseline()));
        }
        return new RiskCatalog(merged.values(), mitigations.values(), referenceNames);
    }

    /** Atlas ids are matched ignoring case: some Atlas files spell group names with capitals. */
    private static String key(String riskId) {
        return riskId.toLowerCase(Locale.ROOT);
    }

    public List<Risk> risks() {
        return List.copyOf(risks.values());
    }

    public Optional<Risk> risk(String id) {
        return Optional.ofNullable(risks.get(key(id)));
    }

    public boolean hasRisk(String id) {
        return risks.containsKey(key(id));
    }

    public List<Mitigation> mitigations() {
        return List.copyOf(mitigations.values());
    }

    public Optional<Mitigation> mitigation(String id) {
        return Optional.ofNullable(mitigations.get(id));
    }

    public List<Mitigation> mitigationsFor(String riskId) {
        return List.copyOf(mitigationsByRisk.getOrDefault(key(riskId), List.of()));
    }

    /** "OWASP LLM 2025: LLM01:2025 Prompt Injection"; the bare id where no title is known. */
    public String label(FrameworkReferences.FrameworkReference reference) {
        return reference.framework().label() + ": " + referenceNames.getOrDefault(reference.id(), reference.id());
    }

    /** The groups in use, sorted. */
    public List<String> groups() {
        return List.copyOf(
                new TreeSet<>(risks.values().stream().map(Risk::group).toList()));
    }

    public static String groupLabel(String group) {
        if (group.isEmpty()) {
            return "";
        }
        String spaced = group.replace('-', ' ');
        String label = Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
        return label.replaceFirst("^Robustness (prompt attacks|model behavior manipulation)$", "Robustness: $1");
    }
}
