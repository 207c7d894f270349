package org.airisk.workbench.exchange;

import java.util.List;
import java.util.UUID;

/** Reads whole assessments out of the store, and writes packaged ones in, all of a package or none. */
public interface PackageStore {

    /** What to do with a packaged assessment whose id is already in the library. */
    enum Conflict {
        /** Import it as a new assessment beside the existing one. */
        KEEP_BOTH,
        /**
         * Bring the package into the existing one (docs/board-round-trip.md): its review, trail, comments and evidence
         * are merged; its content replaces the one here unless that changed here since the version the package
         * carries, which is then kept and reported.
         */
        REPLACE
    }

    /** What an import did: the ids the assessments have now, and each thing it kept as it was here, in a sentence. */
    record Imported(List<UUID> ids, List<String> conflicts) {
        public Imported {
            ids = List.copyOf(ids);
            conflicts = List.copyOf(conflicts);
        }
    }

    List<PackagedAssessment> read(List<UUID> ids);

    /** As {@link #read}, with each one's review, audit trail and evidence files (with their bytes), for a package. */
    default List<PackagedAssessment> readWhole(List<UUID> ids) {
        return read(ids);
    }

    /** The ids among these that the library already holds. */
    List<UUID> existing(List<UUID> ids);

    /** Writes them in one transaction; returns the ids they have in the library now. */
    default List<UUID> write(List<PackagedAssessment> assessments, Conflict conflict) {
        return importAll(assessments, conflict).ids();
    }

    /** Writes them in one transaction; says what was kept as it was here rather than taken from the package. */
    Imported importAll(List<PackagedAssessment> assessments, Conflict conflict);
}
