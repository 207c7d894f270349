package org.airisk.workbench.catalogdata;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.airisk.workbench.catalog.AtlasImport;
import org.airisk.workbench.catalog.AtlasImportPlan;
import org.airisk.workbench.catalog.ImportedRisks;
import org.airisk.workbench.catalog.Risk;
import org.airisk.workbench.catalog.RiskCatalog;
import org.airisk.workbench.importfiles.ImportFile;

/**
 * Imports a Risk Atlas knowledge-graph file in two steps, for the GUI and the command line alike: preview (read,
 * check, work out the changes; nothing written) and apply (one transaction).
 */
public final class AtlasImporter implements AtlasImport {
    /** A Risk Atlas file is about 1 MB; the bound is stated in the refusal, and the reader meets no lower one. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    private final ImportedRisks store;
    private final AtlasFileReader reader = new AtlasFileReader();

    public AtlasImporter(ImportedRisks store) {
        this.store = store;
    }

    @Override
    public Preview preview(Path file, RiskCatalog catalog) {
        ImportFile.Text text = ImportFile.read(file, "a Risk Atlas file", MAX_BYTES);
        if (!text.ok()) {
            return new Preview(file, null, List.of(text.problem()));
        }
        Set<String> groups = new HashSet<>(catalog.groups());
        AtlasFileReader.Result result = reader.read(text.text(), groups);
        if (!result.ok()) {
            return new Preview(file, null, result.problems());
        }
        return new Preview(file, AtlasImportPlan.of(catalog, result.entries()), List.of());
    }

    /** Saves the plan's risks (all or nothing) and returns the catalog with them. */
    @Override
    public RiskCatalog apply(AtlasImportPlan plan, RiskCatalog catalog) {
        List<Risk> keep = plan.risksToKeep();
        store.saveAll(keep);
        return catalog.withImported(keep);
    }
}
