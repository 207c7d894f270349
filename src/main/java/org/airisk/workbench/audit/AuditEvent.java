package org.airisk.workbench.audit;

import java.util.Objects;
import java.util.UUID;

/**
 * A change about to be recorded, as the code making it knows it: which assessment, what kind, what it is about (a
 * question id, a risk id, a plan item id; empty for the assessment as a whole) and the value before and after, as
 * text (null when there was none, or is none now). The time, the user and the chain are added when it is recorded.
 */
public record AuditEvent(UUID assessment, AuditKind kind, String subject, String before, String after) {
    public AuditEvent {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(kind, "kind");
        subject = subject == null ? "" : subject;
    }

    /** True when the value did not change (an autosave of what was already saved): nothing worth recording. */
    public boolean changesNothing() {
        return Objects.equals(before, after);
    }
}
