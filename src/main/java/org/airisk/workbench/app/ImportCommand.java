package org.airisk.workbench.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.airisk.workbench.exchange.PackageStore;
import org.airisk.workbench.exchangedata.AssessmentPackages;
import org.airisk.workbench.exchangedata.ImportValidator;
import org.airisk.workbench.scoring.StoredScoring;
import org.airisk.workbench.store.WorkbenchDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `import`: an assessment package into the library, all or nothing. */
@Command(name = "import", description = "Import an assessment package (.airisk.json), all or nothing.")
final class ImportCommand extends WorkspaceCommand implements Callable<Integer> {
    @Option(
            names = "--replace",
            description = "Bring the package into assessments already there, merging "
                    + "reviews, trails, comments and evidence; changes made here since the package's version are kept "
                    + "and reported (default: keep both, the imported one titled \"(imported)\").")
    boolean replace;

    @Parameters(paramLabel = "FILE")
    Path file;

    @Option(
            names = PasswordInput.OPTION,
            paramLabel = "FILE",
            description = "For a package protected with a "
                    + "password: read it from the first line of FILE (else it is asked at the console).")
    Path passwordFile;

    @Override
    public Integer call() {
        char[] password = AssessmentPackages.isEncrypted(file)
                ? PasswordInput.read(passwordFile, false, file.getFileName().toString())
                : null;
        try (WorkbenchDatabase db = open()) {
            AssessmentPackages packages = root.packages(db);
            AssessmentPackages.Preview preview = packages.preview(file, password);
            PrintWriter err = spec.commandLine().getErr();
            if (!preview.ok()) {
                preview.problems().forEach(p -> err.println(file.getFileName() + ": " + p));
                ImportValidator.Kind kind = ImportValidator.kindOf(file);
                if (kind == ImportValidator.Kind.TEMPLATE || kind == ImportValidator.Kind.ATLAS) {
                    err.println(file.getFileName() + ": this is a " + kind.label() + ", not an assessment "
                            + "package; "
                            + (kind == ImportValidator.Kind.TEMPLATE
                                    ? "put it in " + root.folder().resolve(Workbench.TEMPLATE_FOLDER)
                                            + " and restart the workbench."
                                    : "import it in the window with File \u203a Import Risk Atlas file."));
                }
                err.println("ai-risk-workbench: nothing was imported; the library is unchanged.");
                return 1;
            }
            preview.changes().forEach(c -> spec.commandLine().getOut().println(c));
            PackageStore.Imported imported = packages.importing(
                    preview, replace ? PackageStore.Conflict.REPLACE : PackageStore.Conflict.KEEP_BOTH);
            List<UUID> ids = imported.ids();
            imported.conflicts().forEach(c -> spec.commandLine().getOut().println("Conflict: " + c));
            StoredScoring scoring = root.scoring(db);
            ids.forEach(scoring::bringUpToDate); // `list` shows their progress at once
            spec.commandLine()
                    .getOut()
                    .println("Imported " + ids.size() + " assessment(s): "
                            + String.join(", ", ids.stream().map(UUID::toString).toList()));
            return 0;
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }
}
