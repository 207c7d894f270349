package org.airisk.workbench.ui.workspace;

import java.util.Map;
import org.airisk.workbench.settings.TeamServer;

/** What the Connect dialog needs from the app: try a server, and keep the workspaces saved by name. */
public interface TeamServerAccess {
    /**
     * Connects and says in one sentence what was found, changing nothing; runs off the FX thread.
     *
     * @throws org.airisk.workbench.assessment.StorageException in a sentence for the user, when it does not connect
     */
    String check(TeamServer server, char[] password);

    /** The workspaces saved so far, by name (read off the FX thread). */
    Map<String, TeamServer> saved();

    /** Saves the workspace under {@code name} (never its password), for the next time and for --workspace. */
    void remember(String name, TeamServer server);
}
