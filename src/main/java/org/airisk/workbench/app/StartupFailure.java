package org.airisk.workbench.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import org.airisk.workbench.assessment.LibraryBackups;
import org.airisk.workbench.format.UserFormats;
import org.airisk.workbench.store.BackupFolder;
import org.airisk.workbench.store.DatabaseProtection;
import org.airisk.workbench.store.DatabaseUnavailable;
import org.airisk.workbench.ui.shell.Dialogs;
import org.airisk.workbench.ui.shell.PasswordDialog;

/**
 * The start-up error, in the assessor's words. When the library is damaged or missing and a backup can be read, it
 * offers that backup (when it was taken, what it holds) instead of ending there.
 */
final class StartupFailure {
    static final ButtonType RESTORE = new ButtonType("Restore this backup", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType QUIT = new ButtonType("Quit", ButtonBar.ButtonData.CANCEL_CLOSE);
    /** Wrong passwords allowed at start before the workbench gives up. */
    static final int PASSWORD_TRIES = 3;

    /** The backup offered, described for the assessor. */
    record Offer(Path backup, String description) {}

    private StartupFailure() {}

    /** Reads what the offered backup holds; call off the FX thread. */
    static Optional<Offer> offer(Throwable failure, UserFormats formats, char[] password) {
        if (!(failure instanceof DatabaseUnavailable unavailable)) {
            return Optional.empty();
        }
        return unavailable.offeredBackup().map(backup -> new Offer(backup.file(), describe(backup, formats, password)));
    }

    /** @param password the library's password, which its backups share (null when it is not protected) */
    static String describe(LibraryBackups.Backup backup, UserFormats formats, char[] password) {
        Path dataFolder = backup.file().getParent().getParent();
        List<String> titles =
                new BackupFolder(dataFolder, null, password).contents(backup).assessmentTitles();
        String holds = titles.isEmpty()
                ? "no assessment"
                : titles.size() == 1
                        ? "1 assessment: " + titles.get(0)
                        : titles.size() + " assessments: " + String.join(", ", titles);
        return "The newest backup that can be read was taken " + formats.dateTime(backup.takenAt()) + " and holds "
                + holds + ". Restoring it keeps the file that would not open as a backup too.";
    }

    /** Shows the message; returns the backup to restore when one was offered and the assessor chose it. */
    static Optional<Path> ask(String message, Optional<Offer> offer) {
        Alert alert = Dialogs.alert(
                null,
                Alert.AlertType.ERROR,
                "The workbench cannot start",
                offer.map(o -> message + "\n\n" + o.description()).orElse(message));
        alert.getDialogPane().getContent().setId("startup-failure");
        if (offer.isPresent()) {
            alert.getButtonTypes().setAll(RESTORE, QUIT);
        }
        Optional<ButtonType> answer = alert.showAndWait();
        return offer.isPresent() && answer.filter(RESTORE::equals).isPresent()
                ? Optional.of(offer.get().backup())
                : Optional.empty();
    }

    /**
     * Asks for the password of a protected library; empty when the assessor cancels.
     *
     * @param wrongSoFar how many wrong passwords were given already (a notice says so, and how many tries are left)
     */
    static Optional<char[]> askPassword(Path dataFolder, int wrongSoFar) {
        int left = PASSWORD_TRIES - wrongSoFar;
        String notice = wrongSoFar == 0
                ? "The library in " + dataFolder + " is protected with a password."
                : "That password is wrong. " + left + (left == 1 ? " try" : " tries") + " left.";
        return new PasswordDialog(null, PasswordDialog.Purpose.OPEN, notice, DatabaseProtection.MIN_LENGTH)
                .ask()
                .map(PasswordDialog.Entered::current);
    }

    static void tell(String header, String message) {
        Dialogs.alert(null, Alert.AlertType.ERROR, header, message).show();
    }

    /** As {@link #tell}, from a thread other than the FX thread, returning once the assessor has read it. */
    static void tellAndWait(String header, String message) {
        CountDownLatch read = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                Dialogs.alert(null, Alert.AlertType.ERROR, header, message).showAndWait();
            } finally {
                read.countDown();
            }
        });
        try {
            read.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
