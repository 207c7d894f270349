package org.airisk.workbench.evidence;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * Where evidence files are kept, beside the assessment they support. Each method is one transaction; a failure
 * throws {@link org.airisk.workbench.assessment.StorageException} with a message for the assessor and changes
 * nothing.
 */
public interface EvidenceFiles {

    /** Reads {@code file} into the library; refused with a message when {@link Evidence#problem} names one. */
    Evidence attach(UUID assessment, EvidenceAnchor anchor, Path file, String addedBy);

    /** The assessment's evidence, oldest first; removed files are not listed. */
    List<Evidence> list(UUID assessment);

    /**
     * Writes a copy of the file to {@code target} (complete or not at all), checking its SHA-256 on the way: a
     * copy that no longer matches what was attached is refused.
     */
    void saveCopy(UUID evidence, Path target);

    /** Takes a file off the list; {@link #restore} puts it back until the library is next opened (undo). */
    void remove(UUID evidence);

    void restore(UUID evidence);
}
