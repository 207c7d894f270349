package org.airisk.workbench.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import org.airisk.workbench.exchange.PackagedAssessment;
import org.airisk.workbench.exchangedata.ContentHash;
import org.airisk.workbench.exchangedata.PackageFile;
import org.airisk.workbench.exchangedata.PackageFormat;
import org.airisk.workbench.reportdata.StatedHash;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.store.JdbcPreferences;
import org.airisk.workbench.store.WorkbenchDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * `verify`: recomputes the content hash (docs/hash.md) of every assessment in a package and, given a report, checks
 * the hash the report states against them. Exit 0 when they match, 1 when they do not.
 */
@Command(
        name = "verify",
        description = "Print the content hash of each assessment in a package (.airisk.json); "
                + "with --report, check that the report's stated hash belongs to one of them.")
final class VerifyCommand implements Callable<Integer> {
    @ParentCommand
    CommandLine root;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--report", paramLabel = "REPORT", description = "A report (pdf, docx, xlsx, html) to check.")
    Path report;

    @Parameters(paramLabel = "PACKAGE")
    Path file;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PackageFormat.Read read = PackageFile.read(file);
        if (!read.ok()) {
            read.problems().forEach(p -> err.println(file.getFileName() + ": " + p));
            err.println("ai-risk-workbench: " + file.getFileName() + " is not a valid assessment package, so no hash "
                    + "can be computed from it.");
            return 1;
        }
        ScoringMethod appMethod;
        try (WorkbenchDatabase db = root.openLibrary()) {
            appMethod = Workbench.settingsMethod(new JdbcPreferences(db));
        }
        Set<String> stated = report == null ? Set.of() : StatedHash.in(report);
        if (report != null && stated.size() != 1) {
            err.println("ai-risk-workbench: " + report.getFileName()
                    + (stated.isEmpty()
                            ? " states no content hash; check that it is a report from AI Risk Workbench."
                            : " states " + stated.size()
                                    + " different content hashes, so it cannot be trusted as one report."));
            return 1;
        }
        PackagedAssessment match = null;
        for (PackagedAssessment p : read.assessments()) {
            String hash = ContentHash.of(p, appMethod);
            out.println(
                    hash + "  " + p.assessment().title() + " (" + p.assessment().id() + ")");
            if (stated.contains(hash)) {
                match = p;
            }
        }
        if (report == null) {
            return 0;
        }
        String hash = stated.iterator().next();
        if (match == null) {
            err.println("ai-risk-workbench: " + report.getFileName() + " states the hash " + hash + ", which no "
                    + "assessment in " + file.getFileName() + " has: the report was made from other content, or the "
                    + "assessment changed since.");
            return 1;
        }
        out.println(report.getFileName() + " matches \u201c"
                + match.assessment().title() + "\u201d in " + file.getFileName() + ".");
        return 0;
    }
}
