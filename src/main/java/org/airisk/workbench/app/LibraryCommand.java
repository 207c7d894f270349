package org.airisk.workbench.app;

import java.io.PrintWriter;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;
import org.airisk.workbench.assessment.Assessment;
import org.airisk.workbench.assessment.UserFacingProblem;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.WorkbenchDatabase;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What every command on the library shares: the command line it runs under (data folder, clock, password), however
 * deep it sits (`evidence attach` under `evidence`), where it prints, and finding one assessment by its id.
 */
abstract class LibraryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** The command line this command runs under. */
    CommandLine root() {
        return (CommandLine) spec.root().userObject();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Runs {@code work} with the library open, closing it after. */
    int withLibrary(ToIntFunction<WorkbenchDatabase> work) {
        try (WorkbenchDatabase db = root().openLibrary()) {
            return work.applyAsInt(db);
        }
    }

    /** The assessment with this id in the open library, or one sentence saying there is none. */
    static Assessment existing(WorkbenchDatabase db, CommandLine root, UUID id) {
        return new JdbcAssessmentRepository(db, root.clock)
                .find(id)
                .orElseThrow(
                        () -> new UserFacingProblem("No assessment " + id + " in this library; `list` shows the ids."));
    }

    /** A command on one assessment (its id from `list`), run with the library open. */
    abstract static class OnOneAssessment extends LibraryCommand {
        @Parameters(paramLabel = "ID")
        UUID id;

        @Override
        public Integer call() {
            return withLibrary(db -> run(db, existing(db, root(), id), out()));
        }

        abstract int run(WorkbenchDatabase db, Assessment assessment, PrintWriter out);
    }
}
