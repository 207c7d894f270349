package org.airisk.workbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.airisk.workbench.assessment.UserFacingProblem;
import org.airisk.workbench.settings.TeamServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Team workspaces saved by name in the data folder: addresses only. */
class TeamWorkspaceFileTest {
    @TempDir
    Path folder;

    @Test
    void savedWorkspacesReadBackByNameAndReplaceTheirNamesake() throws Exception {
        TeamWorkspaceFile file = new TeamWorkspaceFile(folder);
        assertEquals(Map.of(), file.all());
        TeamServer board =
                new TeamServer("db.example.org", 5432, "board", "ana", TeamServer.Encryption.VERIFIED, "/etc/ca.crt");
        TeamServer local = new TeamServer("127.0.0.1", 5433, "lib", "ben", TeamServer.Encryption.OFF, "");
        file.save("board", board);
        file.save("local", local);
        file.save("local", local);
        assertEquals(Map.of("board", board, "local", local), file.all());
        assertEquals(board, file.find("board").orElseThrow());
        assertTrue(file.find("other").isEmpty());
        assertFalse(Files.readString(folder.resolve(TeamWorkspaceFile.FILE_NAME))
                .toLowerCase()
                .contains("password="));
    }

    @Test
    void aNameThatCannotBeTypedAfterTheOptionIsRefused() {
        UserFacingProblem e = assertThrows(
                UserFacingProblem.class,
                () -> new TeamWorkspaceFile(folder)
                        .save("my team", new TeamServer("db", 5432, "lib", "ana", null, "")));
        assertTrue(e.getMessage().contains("--workspace"), e.getMessage());
        assertFalse(Files.exists(folder.resolve(TeamWorkspaceFile.FILE_NAME)));
    }
}
