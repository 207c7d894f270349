package org.airisk.workbench.ui.workspace;

import org.airisk.workbench.settings.Workspace;

/**
 * The workspace the user chose to work in, and for a team server the password that connected, held in memory
 * for this session only (ADR 0032). Whoever opens the workspace clears the password after.
 */
public record WorkspaceChoice(Workspace workspace, char[] password) {
    public static final WorkspaceChoice THIS_COMPUTER = new WorkspaceChoice(Workspace.THIS_COMPUTER, null);
}
