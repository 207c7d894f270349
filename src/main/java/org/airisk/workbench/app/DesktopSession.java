package org.airisk.workbench.app;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.airisk.workbench.assessment.StorageException;
import org.airisk.workbench.settings.TeamServer;
import org.airisk.workbench.store.DatabaseProtection;
import org.airisk.workbench.store.PasswordNeeded;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.ui.FxBackgroundWork;
import org.airisk.workbench.ui.Theme;
import org.airisk.workbench.ui.shell.PasswordDialog;
import org.airisk.workbench.ui.shell.WorkbenchWindow;
import org.airisk.workbench.ui.workspace.WorkspaceChoice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of the desktop app on the FX thread: shows the workbench once its data folder is open (or explains
 * why it cannot open, offering the newest backup where that is the way out), logs the start-up time, and closes
 * everything in order when the window goes. Restoring a backup closes the library, puts the backup in place and
 * opens the workbench again in the same process.
 */
final class DesktopSession {
    private static final Logger LOG = LoggerFactory.getLogger(DesktopSession.class);
    private final StartupOptions options;
    /** Opens the workbench with the library's password (null when it is not protected). */
    private final Function<char[], Workbench> opener;

    private CompletableFuture<Workbench> opening;
    private final Runnable onFinished;
    private volatile int exitCode;
    /** The backup the assessor chose in the window, restored once the window and the library have closed. */
    private volatile Path restoreOnClose;
    /** The passwords typed in File › Protect with a password or its siblings, applied once the library closed. */
    private volatile PasswordDialog.Entered protectionOnClose;
    /** The password the library opens with; null while none was asked for. */
    private volatile char[] password;

    private int wrongPasswords;
    /** The workspace chosen in File › Connect to team server (or back to this computer), opened once closed. */
    private volatile WorkspaceChoice workspaceOnClose;

    DesktopSession(
            StartupOptions options,
            CompletableFuture<Workbench> opening,
            Function<char[], Workbench> opener,
            Runnable onFinished) {
        this.options = options;
        this.opening = opening;
        this.opener = opener;
        this.onFinished = onFinished;
    }

    int exitCode() {
        return exitCode;
    }

    /** Runs on the FX thread as soon as the toolkit is up. */
    void begin() {
        if (!opening.isDone()) {
            // While the data folder opens: read the theme most people use, so the window need not wait for it
            // (applying the same theme again later does nothing; a dark choice replaces it).
            Theme.LIGHT.apply();
        }
        opening.whenComplete((workbench, failure) -> {
            // Off the FX thread: what the offered backup holds is read from a copy of it.
            Optional<StartupFailure.Offer> offer = failure == null
                    ? Optional.empty()
                    : StartupFailure.offer(cause(failure), Workbench.systemFormats(), password);
            Platform.runLater(() -> {
                if (failure != null && cause(failure) instanceof PasswordNeeded needed) {
                    askPassword(needed);
                    return;
                }
                if (failure != null) {
                    cannotStart(cause(failure), offer);
                    return;
                }
                try {
                    show(workbench);
                } catch (RuntimeException | LinkageError e) {
                    // A window that failed to build would stay blank: say so, close the data folder, and stop.
                    new Thread(workbench::close, "workbench-close").start();
                    cannotStart(e, Optional.empty());
                }
            });
        });
    }

    private void show(Workbench workbench) {
        Stage stage = new Stage();
        stage.setOnHidden(e -> finish(workbench));
        workbench.whenProtectionChosen(entered -> {
            protectionOnClose = entered;
            stage.close();
        });
        workbench.whenWorkspaceChosen(choice -> {
            workspaceOnClose = choice;
            stage.close();
        });
        workbench.whenRestoreChosen(backup -> {
            restoreOnClose = backup;
            stage.close();
        });
        WorkbenchWindow[] window = new WorkbenchWindow[1];
        window[0] = workbench.show(stage, () -> {
            // The JVM's own clock: the process start time the OS reports is only precise to the second.
            long sinceJvmStart = ManagementFactory.getRuntimeMXBean().getUptime();
            System.out.println("AI Risk Workbench: first frame with the library shown "
                    + sinceJvmStart + " ms after JVM start (data folder "
                    + workbench.dataFolder() + ")");
            LOG.info("Started: library shown {} ms after JVM start", sinceJvmStart);
            if (options.exitAfterStart()) {
                // After the window has finished starting (it may still open the last assessment in this same
                // turn of the FX thread): closing here at once shut its background work down under it.
                Platform.runLater(stage::close);
            } else {
                // Files passed by the desktop (a double-clicked .airisk.json) are assessment packages to import.
                options.filesToOpen().forEach(file -> Platform.runLater(() -> window[0].importPackage(file)));
            }
        });
    }

    /** Lets the last saves land and closes the database off the FX thread, then ends the toolkit or reopens. */
    private void finish(Workbench workbench) {
        Thread closer = new Thread(
                () -> {
                    if (!workbench.closeAfterSaves() && !options.exitAfterStart()) {
                        StartupFailure.tellAndWait(
                                "Some changes may not be saved",
                                "The workbench waited "
                                        + FxBackgroundWork.SAVES_WAIT.toSeconds()
                                        + " seconds for the last changes to be saved and "
                                        + "closed before they were. Check your last answers when you start it again; the log in "
                                        + options.dataFolder().resolve(AppLogging.FOLDER) + " has the details.");
                    }
                    Path backup = restoreOnClose;
                    restoreOnClose = null;
                    if (backup != null) {
                        restoreThenReopen(backup);
                        return;
                    }
                    PasswordDialog.Entered protection = protectionOnClose;
                    protectionOnClose = null;
                    if (protection != null) {
                        convertThenReopen(protection);
                        return;
                    }
                    WorkspaceChoice workspace = workspaceOnClose;
                    workspaceOnClose = null;
                    if (workspace != null) {
                        reopenOn(workspace);
                        return;
                    }
                    end();
                },
                "workbench-shutdown");
        closer.start();
    }

    /** Off the FX thread, with the library closed. A restore that fails leaves the library as it was. */
    private void restoreThenReopen(Path backup) {
        try {
            WorkbenchDatabase.restore(options.dataFolder(), backup, Clock.systemUTC(), password);
        } catch (StorageException e) {
            LOG.warn("Restore failed: {}", e.getClass().getSimpleName());
            Platform.runLater(() -> StartupFailure.tell("The backup was not restored", e.getMessage()));
        }
        reopen();
    }

    /**
     * Off the FX thread, with the library closed: protects it, changes its password or removes the protection,
     * then opens it again. A change that fails leaves the library and its password as they were.
     */
    private void convertThenReopen(PasswordDialog.Entered entered) {
        try {
            if (entered.current() == null) {
                DatabaseProtection.protect(options.dataFolder(), entered.replacement());
            } else if (entered.replacement() == null) {
                DatabaseProtection.removeProtection(options.dataFolder(), entered.current());
            } else {
                DatabaseProtection.changePassword(options.dataFolder(), entered.current(), entered.replacement());
            }
            password = entered.replacement();
        } catch (StorageException e) {
            LOG.warn("Protection not changed: {}", e.getClass().getSimpleName());
            Platform.runLater(() -> StartupFailure.tell("The password protection was not changed", e.getMessage()));
        }
        reopen();
    }

    /** Off the FX thread, with the library closed: opens the chosen workspace, or this computer's if it fails. */
    private void reopenOn(WorkspaceChoice chosen) {
        char[] key = password;
        opening = CompletableFuture.supplyAsync(() -> {
            if (!(chosen.workspace() instanceof TeamServer team)) {
                return opener.apply(key);
            }
            try {
                return Workbench.openTeam(options.dataFolder(), team, chosen.password());
            } catch (StorageException e) {
                LOG.warn("Team workspace not opened: {}", e.getClass().getSimpleName());
                StartupFailure.tellAndWait(
                        "The team workspace did not open",
                        e.getMessage() + " This computer's " + "library opens instead.");
                return opener.apply(key);
            } finally {
                Arrays.fill(chosen.password(), '\0');
            }
        });
        Platform.runLater(this::begin);
    }

    private void reopen() {
        char[] key = password;
        opening = CompletableFuture.supplyAsync(() -> opener.apply(key));
        Platform.runLater(this::begin);
    }

    /** On the FX thread: the library is protected; asks for its password, three wrong ones at most. */
    private void askPassword(PasswordNeeded needed) {
        if (needed.wrongPassword()) {
            wrongPasswords++;
        }
        if (wrongPasswords >= StartupFailure.PASSWORD_TRIES || options.exitAfterStart()) {
            cannotStart(
                    wrongPasswords == 0
                            ? needed
                            : new StorageException("The password was wrong "
                                    + wrongPasswords
                                    + " times, so the library stays closed. Start the workbench again to retry; "
                                    + "a lost password cannot be recovered."),
                    Optional.empty());
            return;
        }
        Optional<char[]> typed = StartupFailure.askPassword(options.dataFolder(), wrongPasswords);
        if (typed.isEmpty()) {
            end();
            return;
        }
        password = typed.get();
        reopen();
    }

    private void end() {
        Platform.exit();
        onFinished.run();
    }

    private static Throwable cause(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    private void cannotStart(Throwable cause, Optional<StartupFailure.Offer> offer) {
        String message = cause instanceof StorageException
                ? cause.getMessage()
                : "The workbench could not start (" + cause.getClass().getSimpleName() + "). Your saved work is "
                        + "untouched; the log in " + options.dataFolder().resolve(AppLogging.FOLDER)
                        + " has the details.";
        if (!(cause instanceof StorageException)) {
            LOG.error("The workbench could not start", cause);
        }
        exitCode = 1;
        System.err.println("AI Risk Workbench: " + message);
        if (!options.exitAfterStart()) {
            Optional<Path> chosen = StartupFailure.ask(message, offer);
            if (chosen.isPresent()) {
                exitCode = 0;
                Path backup = chosen.get();
                new Thread(() -> restoreThenReopen(backup), "workbench-restore").start();
                return;
            }
        }
        end();
    }
}
