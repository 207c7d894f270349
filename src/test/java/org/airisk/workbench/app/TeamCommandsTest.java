package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.airisk.workbench.store.TeamRolesScript;
import org.junit.jupiter.api.Test;

/** `team roles-script` prints the script the program ships, for an administrator to run with psql. */
class TeamCommandsTest {
    @Test
    void theRolesScriptIsPrintedAsShippedWithoutOpeningALibrary() {
        CommandLineRun run = CommandLineRun.of("team", "roles-script");
        assertEquals(0, run.code(), run.err());
        assertEquals(TeamRolesScript.text(), run.out());
        assertTrue(run.out().contains("CREATE ROLE %I NOLOGIN"), "the script makes the roles");
        assertTrue(CommandLine.wants(new String[] {"team", "roles-script"}), "no window is opened for it");
    }
}
