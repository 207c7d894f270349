package org.airisk.workbench.exchange;

import java.util.List;
import java.util.UUID;

/** Reads whole assessments out of the store, and writes packaged ones in, all of a package or none. */
public interface PackageStore {

    /** What to do with a packaged assessment whose id is already in the library. */
    enum Conflict {
        /** Import it as a new assessment beside the existing one. */
        KEEP_BOTH,
        /** Replace the existing one, with all its answers, overrides and plan. */
        REPLACE
    }

    List<PackagedAssessment> read(List<UUID> ids);

    /** The ids among these that the library already holds. */
    List<UUID> existing(List<UUID> ids);

    /** Writes them in one transaction; returns the ids they have in the library now. */
    List<UUID> write(List<PackagedAssessment> assessments, Conflict conflict);
}
