package org.airisk.workbench.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.airisk.workbench.catalog.RiskCatalog;
import org.airisk.workbench.changes.AssessmentChanges;
import org.airisk.workbench.exchange.PackagedAssessment;
import org.airisk.workbench.exchangedata.PackageFile;
import org.airisk.workbench.exchangedata.PackageFormat;
import org.airisk.workbench.questionnairedata.TemplateLibrary;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.store.JdbcPreferences;
import org.airisk.workbench.store.WorkbenchDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * `diff`: what changed between two versions of an assessment, each in a package file, grouped by section and
 * scored as this library scores them. Exit 0 whether or not anything changed; 1 when a file is no valid package.
 */
@Command(
        name = "diff",
        description = "Show what changed between two versions of an assessment: OLD and NEW are "
                + "packages (.airisk.json) holding one assessment each, or pick it with --assessment.")
final class DiffCommand implements Callable<Integer> {
    @ParentCommand
    CommandLine root;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--assessment",
            paramLabel = "ID",
            description = "The assessment to compare, in packages that " + "hold several.")
    UUID id;

    @Parameters(index = "0", paramLabel = "OLD")
    Path older;

    @Parameters(index = "1", paramLabel = "NEW")
    Path newer;

    @Override
    public Integer call() {
        PackagedAssessment before = read(older);
        PackagedAssessment after = read(newer);
        if (before == null || after == null) {
            return 1;
        }
        AssessmentChanges changes;
        try (WorkbenchDatabase db = root.openLibrary()) {
            RiskCatalog catalog = root.catalog(db);
            TemplateLibrary templates = root.templates(catalog);
            ScoringMethod method = Workbench.settingsMethod(new JdbcPreferences(db));
            changes = AssessmentChanges.between(before, after, templates::find, catalog, method);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("\u201c" + after.assessment().title() + "\u201d: " + older.getFileName() + " \u2192 "
                + newer.getFileName());
        out.println(changes.describe());
        return 0;
    }

    /** The assessment to compare from one file; null, with the problems told, when it is no valid package. */
    private PackagedAssessment read(Path file) {
        PackageFormat.Read read = PackageFile.read(file);
        if (!read.ok()) {
            PrintWriter err = spec.commandLine().getErr();
            read.problems().forEach(p -> err.println(file.getFileName() + ": " + p));
            err.println("ai-risk-workbench: " + file.getFileName() + " is not a valid assessment package, so "
                    + "nothing was compared.");
            return null;
        }
        return PackageFile.one(file, read, id, "choose one with --assessment ID");
    }
}
