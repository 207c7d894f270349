package org.airisk.workbench.app;

import java.io.Console;
import java.util.Arrays;
import org.airisk.workbench.assessment.UserFacingProblem;
import org.airisk.workbench.settings.TeamServer;
import org.airisk.workbench.store.TeamWorkspaceFile;
import org.airisk.workbench.store.WorkbenchDatabase;
import picocli.CommandLine.Option;

/**
 * {@code --workspace} of list, export, import and validate: the portfolio on a team server instead of the data
 * folder's library (ADR 0032). The password comes from {@value #PASSWORD_VARIABLE} or is asked at the console; it
 * is never an option, which the process list and the shell's history would show.
 */
final class WorkspaceOption {
    static final String PASSWORD_VARIABLE = "AIRISK_DB_PASSWORD";

    @Option(
            names = "--workspace",
            paramLabel = "NAME|ADDRESS",
            description = "Work in a team workspace: the name "
                    + "it was saved under in the window (File \u203a Connect to team server), or its address "
                    + "postgresql://user@host:port/database[?sslmode=verify-full|require|disable&sslrootcert=FILE]. The "
                    + "password is read from " + PASSWORD_VARIABLE + ", else asked.")
    String workspace;

    /** The team workspace when one was given, else the data folder's library. */
    WorkbenchDatabase open(CommandLine root) {
        if (workspace == null) {
            return root.openLibrary();
        }
        TeamServer team = team(root);
        char[] password = password(root, team);
        try {
            return WorkbenchDatabase.openServer(team, password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private TeamServer team(CommandLine root) {
        if (TeamServer.isAddress(workspace)) {
            return TeamServer.parse(workspace, null);
        }
        TeamWorkspaceFile saved = new TeamWorkspaceFile(root.folder());
        return saved.find(workspace)
                .orElseThrow(() -> new UserFacingProblem("No team workspace is saved as \""
                        + workspace + "\""
                        + (saved.all().isEmpty()
                                ? ""
                                : " (saved: " + String.join(", ", saved.all().keySet()) + ")")
                        + "; give its address, postgresql://user@host:port/database."));
    }

    private static char[] password(CommandLine root, TeamServer team) {
        String given = root.environment(PASSWORD_VARIABLE);
        if (given != null) {
            return given.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new UserFacingProblem("The team workspace needs " + team.user() + "'s password and there is no "
                    + "console to ask for it on; set " + PASSWORD_VARIABLE + ".");
        }
        char[] typed = console.readPassword("Password of %s on %s: ", team.user(), team.host());
        return typed == null ? new char[0] : typed;
    }
}
