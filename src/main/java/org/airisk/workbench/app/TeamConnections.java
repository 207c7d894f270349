package org.airisk.workbench.app;

import java.nio.file.Path;
import java.util.Map;
import org.airisk.workbench.settings.TeamServer;
import org.airisk.workbench.store.TeamWorkspaceFile;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.ui.workspace.TeamServerAccess;

/** The Connect dialog's way to team servers: a real connection, and the saved workspaces of the data folder. */
final class TeamConnections implements TeamServerAccess {
    private final TeamWorkspaceFile saved;

    TeamConnections(Path dataFolder) {
        this.saved = new TeamWorkspaceFile(dataFolder);
    }

    @Override
    public String check(TeamServer server, char[] password) {
        return WorkbenchDatabase.checkServer(server, password);
    }

    @Override
    public Map<String, TeamServer> saved() {
        return saved.all();
    }

    @Override
    public void remember(String name, TeamServer server) {
        saved.save(name, server);
    }
}
