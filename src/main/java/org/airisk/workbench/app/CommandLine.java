package org.airisk.workbench.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.airisk.workbench.assessment.StorageException;
import org.airisk.workbench.catalog.RiskCatalog;
import org.airisk.workbench.exchange.PackageStore;
import org.airisk.workbench.exchangedata.AssessmentPackages;
import org.airisk.workbench.exchangedata.ImportValidator;
import org.airisk.workbench.report.ReportKind;
import org.airisk.workbench.reportfiles.ReportFiles;
import org.airisk.workbench.scoring.StoredScoring;
import org.airisk.workbench.store.JdbcAssessmentPages;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.templates.TemplateLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * The workbench without a window, on the same data folder and through the same code as the window: list, export
 * and import assessment packages, validate a package or a template, verify a report's content hash. Exit 0 on success; otherwise a one-line reason
 * on standard error and 1 (2 for wrong usage).
 */
@Command(
        name = "ai-risk-workbench",
        mixinStandardHelpOptions = true,
        version = "AI Risk Workbench",
        description = "AI Risk Workbench on the command line. Without a command, the window opens.",
        subcommands = {
            CommandLine.ListCommand.class,
            CommandLine.ExportCommand.class,
            CommandLine.ImportCommand.class,
            CommandLine.ValidateCommand.class,
            VerifyCommand.class,
            DiffCommand.class,
            BackupCommands.ListBackups.class,
            BackupCommands.Restore.class,
            ProtectionCommands.Protect.class,
            ProtectionCommands.ChangePassword.class,
            ProtectionCommands.Unprotect.class,
            EvidenceCommands.class,
            KeyCommands.class,
            AuditCommands.Print.class,
            AuditCommands.Verify.class,
            CommentCommands.ListComments.class,
            CommentCommands.Write.class,
            CommentCommands.Resolve.class,
            ReviewCommands.Submit.class,
            ReviewCommands.StartReview.class,
            ReviewCommands.Decide.class,
            ReviewCommands.Reopen.class,
            ReviewCommands.Versions.class,
            SignOffCommands.Verify.class,
            ReassessCommand.class,
            TemplateCommands.class,
            ConditionsCommand.class,
            TeamCommands.class,
        })
public final class CommandLine {
    static final Set<String> COMMANDS = Set.of(
            "list",
            "export",
            "import",
            "validate",
            "verify",
            "diff",
            "backups",
            "restore",
            "protect",
            "change-password",
            "unprotect",
            "evidence",
            "keys",
            "audit",
            "verify-audit",
            "comments",
            "comment",
            "resolve",
            "reassess",
            "template",
            TeamCommands.NAME,
            "--help",
            "-h",
            "--version",
            "-V");

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "The data folder (default: AIRISK_HOME, else the platform's application data folder).")
    Path dataDir;

    @Option(
            names = LibraryPassword.OPTION,
            paramLabel = "FILE",
            scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "For a library protected with a password: the file whose first line is the password "
                    + "(default: ask at the console).")
    Path passwordFile;

    private Map<String, String> environment = System.getenv();
    Clock clock = Clock.systemDefaultZone();

    /** True when the arguments name a command (after any --data-dir), so no window is wanted. */
    static boolean wants(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data-dir") || args[i].equals(LibraryPassword.OPTION)) {
                i++;
            } else if (!args[i].startsWith("--data-dir=") && !args[i].startsWith(LibraryPassword.OPTION + "=")) {
                return COMMANDS.contains(args[i]) || ReviewCommands.NAMES.contains(args[i]);
            }
        }
        return false;
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> environment) {
        return run(args, out, err, environment, Clock.systemDefaultZone());
    }

    /** As {@link #run(String[], PrintWriter, PrintWriter, Map)}, on this clock and its time zone. */
    static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> environment, Clock clock) {
        CommandLine root = new CommandLine();
        root.environment = environment;
        root.clock = clock;
        picocli.CommandLine cli = new picocli.CommandLine(root);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            err.println("ai-risk-workbench: " + reason(e));
            err.flush();
            return 1;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static String reason(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null
                && !(cause instanceof StorageException)
                && !(cause instanceof IllegalArgumentException)) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    Path folder() {
        return DataFolders.resolve(
                dataDir == null ? null : dataDir.toString(),
                environment,
                System.getProperty("os.name"),
                System.getProperty("user.home"));
    }

    /** A variable of the environment the commands run in (tests give their own). */
    String environment(String name) {
        return environment.get(name);
    }

    /** Opens the library of the data folder, with its password when it is protected. */
    WorkbenchDatabase openLibrary() {
        return WorkbenchDatabase.open(folder(), clock, password());
    }

    /** The library's password, or null when it is not protected. */
    char[] password() {
        return LibraryPassword.forLibrary(folder(), passwordFile);
    }

    TemplateLibrary templates() {
        return WorkbenchServices.readTemplates(folder());
    }

    /** The templates the window would offer: without those naming risks or mitigations the catalog lacks. */
    TemplateLibrary templates(RiskCatalog catalog) {
        TemplateLibrary templates = templates();
        templates.checkReferences(catalog::hasRisk, id -> catalog.mitigation(id).isPresent());
        return templates;
    }

    /** The services of the opened library, wired as the window wires them; changes recorded as the saved user. */
    WorkbenchServices services(WorkbenchDatabase db) {
        return WorkbenchServices.of(db, folder(), clock);
    }

    StoredScoring scoring(WorkbenchDatabase db) {
        return services(db).scoring();
    }

    /** The built-in risk catalog with the Risk Atlas risks imported into this library. */
    RiskCatalog catalog(WorkbenchDatabase db) {
        return services(db).catalog();
    }

    AssessmentPackages packages(WorkbenchDatabase db) {
        return services(db).packages();
    }

    /** The one check of a file to import, shared by `validate` and `import` (and the window's imports). */
    ImportValidator validator(WorkbenchDatabase db) {
        return services(db).validator();
    }

    @Command(name = "list", description = "List the saved assessments: id, title, AI system, status, progress.")
    static final class ListCommand implements Callable<Integer> {
        @ParentCommand
        CommandLine root;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @picocli.CommandLine.Mixin
        WorkspaceOption workspace;

        @Option(names = "--limit", paramLabel = "N", description = "At most N assessments (default: all).")
        Integer limit;

        @Option(
                names = "--offset",
                paramLabel = "N",
                defaultValue = "0",
                description = "Skip the first N (newest change first).")
        int offset;

        @Option(
                names = "--search",
                paramLabel = "WORDS",
                defaultValue = "",
                description = "Only those whose title, AI system or owner holds every word.")
        String search;

        @Override
        public Integer call() {
            if (offset < 0 || (limit != null && limit < 0)) {
                spec.commandLine().getErr().println("--limit and --offset take a number of 0 or more.");
                return 2;
            }
            try (WorkbenchDatabase db = workspace.open(root)) {
                PrintWriter out = spec.commandLine().getOut();
                DateTimeFormatter day =
                        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(root.clock.getZone());
                // Written as read: memory stays one row whatever the size of the library.
                new JdbcAssessmentPages(db)
                        .each(
                                search,
                                offset,
                                limit == null ? Integer.MAX_VALUE : limit,
                                a -> out.println(String.join(
                                        "\t",
                                        a.id().toString(),
                                        a.title(),
                                        a.systemName(),
                                        a.status().label(),
                                        a.progressPercent() + "%",
                                        day.format(a.updatedAt()))));
                return 0;
            }
        }
    }

    @Command(name = "export", description = "Export assessments (ids from `list`) to a file.")
    static final class ExportCommand implements Callable<Integer> {
        @ParentCommand
        CommandLine root;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @picocli.CommandLine.Mixin
        WorkspaceOption workspace;

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
                throw new IllegalArgumentException(PasswordInput.OPTION
                        + " is for --encrypt; add --encrypt to protect the " + "package with that password.");
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
                try (WorkbenchDatabase db = workspace.open(root)) {
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
            try (WorkbenchDatabase db = workspace.open(root)) {
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

    @Command(name = "import", description = "Import an assessment package (.airisk.json), all or nothing.")
    static final class ImportCommand implements Callable<Integer> {
        @ParentCommand
        CommandLine root;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @picocli.CommandLine.Mixin
        WorkspaceOption workspace;

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
            try (WorkbenchDatabase db = workspace.open(root)) {
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
                                + String.join(
                                        ", ", ids.stream().map(UUID::toString).toList()));
                return 0;
            } finally {
                if (password != null) {
                    Arrays.fill(password, '\0');
                }
            }
        }
    }

    @Command(
            name = "validate",
            description = "Check an assessment package, a questionnaire template or a Risk "
                    + "Atlas file (told apart by content) as its import would, writing nothing.")
    static final class ValidateCommand implements Callable<Integer> {
        @ParentCommand
        CommandLine root;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @picocli.CommandLine.Mixin
        WorkspaceOption workspace;

        @Parameters(paramLabel = "FILE")
        Path file;

        @Option(
                names = PasswordInput.OPTION,
                paramLabel = "FILE",
                description = "For a package protected with a "
                        + "password: check its content too, with the password on the first line of FILE.")
        Path passwordFile;

        @Override
        public Integer call() {
            boolean encrypted = AssessmentPackages.isEncrypted(file);
            if (encrypted && passwordFile == null) {
                spec.commandLine()
                        .getErr()
                        .println(file.getFileName() + ": an encrypted assessment package; give " + PasswordInput.OPTION
                                + " to check its content.");
                return 1;
            }
            char[] password = encrypted ? PasswordInput.read(passwordFile, false, "") : null;
            ImportValidator.Verdict verdict;
            try (WorkbenchDatabase db = workspace.open(root)) {
                verdict = root.validator(db).validate(file, password);
            } finally {
                if (password != null) {
                    Arrays.fill(password, '\0');
                }
            }
            if (verdict.ok()) {
                spec.commandLine()
                        .getOut()
                        .println(file.getFileName() + ": a valid "
                                + verdict.kind().label() + ".");
                return 0;
            }
            PrintWriter err = spec.commandLine().getErr();
            verdict.problems().forEach(p -> err.println(file.getFileName() + ": " + p));
            err.println("ai-risk-workbench: " + file.getFileName() + " is not "
                    + (verdict.kind() == ImportValidator.Kind.UNKNOWN
                            ? "a file the workbench imports."
                            : "a valid " + verdict.kind().label() + " ("
                                    + verdict.problems().size() + " problem(s))."));
            return 1;
        }
    }
}
