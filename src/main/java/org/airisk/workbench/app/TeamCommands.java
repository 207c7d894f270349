package org.airisk.workbench.app;

import java.util.concurrent.Callable;
import org.airisk.workbench.store.TeamRolesScript;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** `team`: what an administrator of a team workspace needs from the program (docs/team-mode.md). */
@Command(
        name = TeamCommands.NAME,
        description = "For a team workspace on PostgreSQL: its roles, and assessments taken offline.",
        subcommands = {
            TeamCommands.RolesScript.class,
            CheckOutCommands.CheckOut.class,
            CheckOutCommands.CheckIn.class,
            CheckOutCommands.CheckedOut.class
        })
final class TeamCommands {
    static final String NAME = "team";

    @picocli.CommandLine.ParentCommand
    CommandLine root;

    /** `team roles-script`: prints team/roles.sql, to run with psql in the workspace's database. */
    @Command(
            name = "roles-script",
            description =
                    "Print the SQL script that makes the assessor, reviewer and "
                            + "administrator roles and their rights; run it with psql, as a superuser, in the workspace's database.")
    static final class RolesScript implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().getOut().print(TeamRolesScript.text());
            return 0;
        }
    }
}
