package org.airisk.workbench.assessment;

import java.time.Instant;

/**
 * A save refused because someone else saved the same answer since this workbench read it (team workspaces, ADR
 * 0023): saving would have overwritten their work unseen. Nothing was saved; reading the assessment again shows
 * theirs. Carries who saved it and when, for the conflict shown to the user.
 */
public class ChangedElsewhere extends StorageException {
    private final String changedBy;
    private final Instant changedAt;

    public ChangedElsewhere(String what, String changedBy, Instant changedAt) {
        super((changedBy.isBlank() ? "Someone else" : changedBy) + " changed " + what + " after you opened the "
                + "assessment, so your change was not saved over theirs. Open the assessment again to see their "
                + "version, then make your change again if it is still needed.");
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    /** The name recorded by whoever saved last; empty when not known. */
    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
