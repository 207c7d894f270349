package org.airisk.workbench.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.airisk.workbench.report.ReportKind;
import org.airisk.workbench.reportdata.ReportFiles;
import org.airisk.workbench.store.WorkbenchDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `export`: assessments to a package file, or one assessment to a report. */
@Command(name = "export", description = "Export assessments (ids from `list`) to a file.")
final class ExportCommand extends WorkspaceCommand implements Callable<Integer> {
    @Option(
            names = "--format",
            defaultValue = "json",
            description =
                    "json (an assessment package, all ids in one file); pdf, docx, xlsx, html or csv (a report of one "
                            + "id; csv writes the register to FILE and the plan beside it as FILE-plan.csv)")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    Path out;

    @Option(
            names = "--board-pack",
            description =
                    "With pdf, docx or html: the board pack (cover, summary, risks "
                            + "above appetite with their treatment, sign-off, method in one paragraph) instead of the full report.")
    boolean boardPack;

    @Parameters(arity = "1..*", paramLabel = "ID", description = "Assessment ids.")
    List<UUID> ids;

    @Option(
            names = "--encrypt",
            description = "Protect the package with a password (asked at the console, "
                    + "twice, or read from --package-password-file). A lost password cannot be recovered.")
    boolean encrypt;

    @Option(
            names = PasswordInput.OPTION,
            paramLabel = "FILE",
            description = "With --encrypt: read the password from the first line of FILE.")
    Path passwordFile;

    @picocli.CommandLine.Mixin
    ReportSinceOptions since;

    @Override
    public Integer call() {
        since.check(!format.equals("json"));
        if (passwordFile != null && !encrypt) {
            throw new IllegalArgumentException(PasswordInput.OPTION + " is for --encrypt; add --encrypt to protect the "
                    + "package with that password.");
        }
        if (encrypt && !format.equals("json")) {
            throw new IllegalArgumentException("Only assessment packages are protected with a password; a "
                    + "report is meant to be read, so leave out --encrypt.");
        }
        if (boardPack && format.equals("json")) {
            throw new IllegalArgumentException("--board-pack is a kind of report: add --format pdf, docx or html.");
        }
        if (!format.equals("json")) {
            ReportFiles.Format report = ReportFiles.Format.of(format);
            if (ids.size() != 1) {
                throw new IllegalArgumentException("A report covers one assessment: give one id.");
            }
            try (WorkbenchDatabase db = open()) {
                ReportFiles reports = root.services(db).reports();
                reports.write(
                        ids.get(0),
                        report,
                        out,
                        LocalDate.now(root.clock),
                        since.resolve(reports.reviews(), ids.get(0), root.clock.getZone()),
                        boardPack ? ReportKind.BOARD_PACK : ReportKind.FULL,
                        () -> false);
                spec.commandLine()
                        .getOut()
                        .println("Wrote the " + format + (boardPack ? " board pack" : " report") + " to " + out);
                return 0;
            }
        }
        char[] password = encrypt ? PasswordInput.read(passwordFile, true, "--encrypt") : null;
        try (WorkbenchDatabase db = open()) {
            if (password != null && password.length < PasswordInput.ADVISED_LENGTH) {
                spec.commandLine()
                        .getErr()
                        .println("Note: the password has fewer than " + PasswordInput.ADVISED_LENGTH
                                + " characters; a longer one is much harder to guess.");
            }
            int n = root.packages(db).export(ids, out, password);
            spec.commandLine()
                    .getOut()
                    .println("Exported " + n + " assessment(s) to " + out
                            + (password == null ? "" : ", protected with the password"));
            return 0;
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }
}
