package org.airisk.workbench.catalog;

import java.nio.file.Path;
import java.util.List;

/**
 * Port: File › Import Risk Atlas file…, in two steps: preview (read, check, work out the changes; nothing written)
 * and apply (all or nothing). Implemented by {@code catalogdata.AtlasImporter}.
 */
public interface AtlasImport {
    /** The plan, or the problems that keep the file from being imported. */
    record Preview(Path file, AtlasImportPlan plan, List<String> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    Preview preview(Path file, RiskCatalog catalog);

    /** Stores the plan's risks; the catalog with them. */
    RiskCatalog apply(AtlasImportPlan plan, RiskCatalog catalog);
}
