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
    EVIDENCE("Evidence"),
    /** A save written knowingly over a colleague's newer one (team workspaces, "keep mine" in the conflict). */
    OVERWRITTEN("Written over a colleague's change"),
    /** The assessment moved to a newer version of its questionnaire (before and after name the versions). */
    TEMPLATE_VERSION("Moved to a newer questionnaire version"),
    /** An answer the newer questionnaire version does not keep: its question is gone or cannot take it now. */
    LEFT_BEHIND("Answer left with the earlier questionnaire version");

    private final String label;

    AuditKind(String label) {
        this.label = label;
    }

    /** The change in the assessor's words, as the trail shows it. */
    public String label() {
        return label;
    }
}
