package org.airisk.workbench.app;

import org.airisk.workbench.store.WorkbenchDatabase;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What list, export, import and validate share: the command line they run under, their own picocli model (for
 * the output and error streams) and {@code --workspace}. Picocli fills the annotated fields of a superclass too.
 */
abstract class WorkspaceCommand {
    @ParentCommand
    CommandLine root;

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    /** The team workspace when {@code --workspace} was given, else the data folder's library. */
    WorkbenchDatabase open() {
        return workspace.open(root);
    }
}
