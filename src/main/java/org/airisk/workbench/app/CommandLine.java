package org.airisk.workbench.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.airisk.workbench.assessment.StorageException;
import org.airisk.workbench.catalog.RiskCatalog;
import org.airisk.workbench.exchangedata.AssessmentPackages;
import org.airisk.workbench.exchangedata.ImportValidator;
import org.airisk.workbench.questionnairedata.TemplateLibrary;
import org.airisk.workbench.scoring.StoredScoring;
import org.airisk.workbench.store.WorkbenchDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The workbench without a window, on the same data folder and through the same code as the window: list, export
 * and import assessment packages, validate a package or a template, verify a report's content hash. Exit 0 on success; otherwise a one-line reason
 * on standard error and 1 (2 for wrong usage).
 */
@Command(
        name = "ai-risk-workbench",
        mixinStandardHelpOptions = true,
        versionProvider = CommandLine.Version.class,
        description = "AI Risk Workbench on the command line. Without a command, the window opens.",
        subcommands = {
            ListCommand.class,
            ExportCommand.class,
            ImportCommand.class,
            ValidateCommand.class,
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
    /** {@code --version}: the name and the version the build stamped. */
    static final class Version implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"AI Risk Workbench " + AppVersion.get()};
        }
    }

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

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

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
        WorkbenchDatabase library = WorkbenchDatabase.open(folder(), clock, password());
        library.whenCompacting(
                compactingNotice(spec.commandLine().getOut(), spec.commandLine().getErr()));
        return library;
    }

    /** Said before the pause of a full compaction at closing (ADR 0049), so that the command does not seem hung. */
    static Runnable compactingNotice(PrintWriter out, PrintWriter err) {
        return () -> {
            out.flush(); // what the command wrote comes first
            err.println("ai-risk-workbench: tidying the library file, which is mostly free space after a large "
                    + "change; this takes a few seconds, once.");
            err.flush();
        };
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
}
