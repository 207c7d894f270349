package org.airisk.workbench.scoring;

import org.airisk.workbench.assessment.StorageException;

/**
 * The scoring method stored with an assessment cannot be read (the value is damaged). Not the same as "never scored":
 * the stored value is kept for repair instead of being replaced with the method in force now.
 */
public final class UnreadableMethod extends StorageException {
    public UnreadableMethod() {
        super("The scoring method saved with this assessment cannot be read, so it was not scored and its method "
                + "was left as it is. Restore the library from a backup (File \u203a Restore from backup), or "
                + "import the assessment again from its package.");
    }
}
