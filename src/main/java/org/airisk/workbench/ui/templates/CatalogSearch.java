package org.airisk.workbench.ui.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.airisk.workbench.catalog.Mitigation;
import org.airisk.workbench.catalog.Risk;
import org.airisk.workbench.catalog.RiskCatalog;

/** Finding a risk or mitigation in the catalog by a part of its name or id, for the effect pickers. */
final class CatalogSearch {
    private final RiskCatalog catalog;

    CatalogSearch(RiskCatalog catalog) {
        this.catalog = catalog;
    }

    /** The risks whose name or id contains every word typed, in catalog order; all of them for blank text. */
    List<Risk> risks(String text) {
        return catalog.risks().stream()
                .filter(r -> matches(text, r.name(), r.id()))
                .toList();
    }

    /**
     * The mitigations whose title or id contains every word typed: those the catalog links to the risk first,
     * then the others.
     */
    List<Mitigation> mitigations(String text, String riskId) {
        List<Mitigation> linked = riskId == null || riskId.isBlank() ? List.of() : catalog.mitigationsFor(riskId);
        List<Mitigation> found = new ArrayList<>();
        linked.stream().filter(m -> matches(text, m.title(), m.id())).forEach(found::add);
        catalog.mitigations().stream()
                .filter(m -> !linked.contains(m) && matches(text, m.title(), m.id()))
                .forEach(found::add);
        return found;
    }

    private static boolean matches(String text, String name, String id) {
        String haystack = (name + " " + id).toLowerCase(Locale.ROOT);
        for (String word : text.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!word.isEmpty() && !haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
