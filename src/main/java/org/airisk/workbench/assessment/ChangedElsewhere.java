package org.airisk.workbench.assessment;

import java.time.Instant;
import java.util.Optional;

/**
 * A save refused because someone else saved the same answer since this workbench read it (team workspaces, ADR
 * 0023): saving would have overwritten their work unseen. Nothing was saved; reading the assessment again shows
 * theirs. Carries who saved it and when, and what is stored now, for the conflict shown to the user (ADR 0036).
 */
public class ChangedElsewhere extends StorageException {
    private final String changedBy;
    private final Instant changedAt;
    private final Object theirs;

    public ChangedElsewhere(String what, String changedBy, Instant changedAt) {
        this(what, changedBy, changedAt, null);
    }

    /**
     * @param theirs what is stored now, of the same kind as the refused save (an answer, a note, a plan item, a
     *               rating override); null when it is empty or not known
     */
    public ChangedElsewhere(String what, String changedBy, Instant changedAt, Object theirs) {
        super((changedBy.isBlank() ? "Someone else" : changedBy) + " changed " + what + " after you opened the "
                + "assessment, so your change was not saved over theirs. Open the assessment again to see their "
                + "version, then make your change again if it is still needed.");
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.theirs = theirs;
    }

    /** What is stored now in place of what this save would have written; empty when there is nothing. */
    public Optional<Object> theirs() {
        return Optional.ofNullable(theirs);
    }

    /** The name recorded by whoever saved last; empty when not known. */
    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
