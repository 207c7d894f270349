package org.airisk.workbench.app;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What the {@code team} subcommands for offline work share: the {@code team} command they run under (and through it
 * the command line), their own picocli model and {@code --workspace}, as {@link WorkspaceCommand} is for list,
 * export, import and validate.
 */
abstract class TeamWorkspaceCommand {
    @ParentCommand
    TeamCommands team;

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;
}
