package org.airisk.workbench.ui.shell;

import org.airisk.workbench.ui.audit.AuditTrailActions;
import org.airisk.workbench.ui.comments.CommentsSidebar;
import org.airisk.workbench.ui.review.ReviewActions;
import org.airisk.workbench.ui.workspace.CheckInActions;
import org.airisk.workbench.ui.workspace.WorkspaceActions;

/**
 * The parts the composition root offers the window before it is shown (the {@code offer…} methods); each is null
 * when not offered, and its menu items are then left out.
 */
final class OfferedActions {
    WorkspaceActions workspaces;
    CheckInActions checkIns;
    ProtectionActions protection;
    EvidenceActions evidence;
    YourDetails yourDetails;
    AuditTrailActions auditTrail;
    CommentsSidebar comments;
    ReviewActions review;
    VersionsActions versions;
    ReassessActions reassess;
    RecoveryActions recovery;
}
