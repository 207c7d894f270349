package org.airisk.workbench.ui.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.airisk.workbench.ui.ImmediateBackgroundWork;
import org.junit.jupiter.api.Test;

/** On a team workspace there is no backup of this computer's to restore, but the log folder is still offered. */
class RecoveryActionsTest {
    @Test
    void aTeamWorkspaceOffersTheLogFolderWithoutRestoring() {
        RecoveryActions logOnly = RecoveryActions.logFolderOnly(Path.of("logs"), new ImmediateBackgroundWork());
        assertTrue(logOnly.logFolderItem(null).isVisible());
        assertFalse(logOnly.restoreItem(null).isVisible(), "the server's backups are the administrator's");
    }
}
