package org.airisk.workbench.catalogdata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.airisk.workbench.catalog.AtlasImportPlan;
import org.airisk.workbench.catalog.ImportedRisks;
import org.airisk.workbench.catalog.Risk;
import org.airisk.workbench.catalog.RiskCatalog;

/**
 * Imports a Risk Atlas knowledge-graph file in two steps, for the GUI and the command line alike: preview (read,
 * check, work out the changes; nothing written) and apply (one transaction).
 */
public final class AtlasImporter {
    static final long MAX_BYTES = 50L * 1024 * 1024;

    /** The plan, or the problems that keep the file from being imported. */
    public record Preview(Path file, AtlasImportPlan plan, List<String> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final ImportedRisks store;
    private final AtlasFileReader reader = new AtlasFileReader();

    public AtlasImporter(ImportedRisks store) {
        this.store = store;
    }

    public Preview preview(Path file, RiskCatalog catalog) {
        String text;
        try {
            if (Files.size(file) > MAX_BYTES) {
                return new Preview(file, null, List.of("The file is larger than 50 MB; a Risk Atlas file is far smaller."));
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return new Preview(file, null, List.of("The file cannot be read: " + e.getMessage()));
        }
        Set<String> groups = new HashSet<>(catalog.groups());
        AtlasFileReader.Result result = reader.read(text, groups);
        if (!result.ok()) {
            return new Preview(file, null, result.problems());
        }
        return new Preview(file, AtlasImportPlan.of(catalog, result.entries()), List.of());
    }

    /** Saves the plan's risks (all or nothing) and returns the catalog with them. */
    public RiskCatalog apply(AtlasImportPlan plan, RiskCatalog catalog) {
        List<Risk> keep = plan.risksToKeep();
        store.saveAll(keep);
        return catalog.withImported(keep);
    }
}
