package org.airisk.workbench.audit;

/**
 * What kind of change an audit entry records. Stored by name, so a name never changes once released; review status,
 * comments and decisions are listed here already so the branches adding them only record them.
 */
public enum AuditKind {
    CREATED("Created"),
    RENAMED("Renamed"),
    DUPLICATED("Duplicated"),
    IMPORTED("Imported"),
    DELETED("Deleted"),
    RESTORED("Restored"),
    ANSWER("Answer"),
    NOTE("Note"),
    OVERRIDE("Rating override"),
    NOT_APPLICABLE("Set aside as not applicable"),
    PLAN_ITEM("Plan item"),
    STATUS("Review status"),
    COMMENT("Comment"),
    DECISION("Decision"),
    EVIDENCE("Evidence");

    private final String label;

    AuditKind(String label) {
        this.label = label;
    }

    /** The change in the assessor's words, as the trail shows it. */
    public String label() {
        return label;
    }
}
