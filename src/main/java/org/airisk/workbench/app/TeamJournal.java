package org.airisk.workbench.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.airisk.workbench.store.WorkbenchDatabase;

/**
 * Where the journal of unsaved changes goes: the data folder for its own library, a folder of its own for a team
 * workspace, so changes left over from one are never replayed into the other.
 */
final class TeamJournal {
    static final String FOLDER = "team-workspace";

    private TeamJournal() {
    }

    static Path folder(Path dataFolder, WorkbenchDatabase database) {
        if (!database.onServer()) {
            return dataFolder;
        }
        Path team = dataFolder.resolve(FOLDER);
        try {
            Files.createDirectories(team);
        } catch (IOException e) {
            // The journal then only lacks its reserve; saves go to the server as usual.
        }
        return team;
    }
}
