package org.airisk.workbench.ui.shell;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import org.airisk.workbench.assessment.LibraryBackups;
import org.airisk.workbench.format.UserFormats;
import org.airisk.workbench.ui.BackgroundWork;
import org.airisk.workbench.ui.Buttons;

/**
 * File › Restore from backup and Help › Open log folder. Restoring needs the library closed, so the choice goes
 * to {@code restore}, which closes the window and the library, puts the backup in place and opens it again.
 */
public final class RecoveryActions {
    private final LibraryBackups backups;
    private final Path logFolder;
    private final Consumer<LibraryBackups.Backup> restore;
    private final BackgroundWork background;
    private final UserFormats formats;

    public RecoveryActions(
            LibraryBackups backups,
            Path logFolder,
            Consumer<LibraryBackups.Backup> restore,
            BackgroundWork background,
            UserFormats formats) {
        this.backups = backups;
        this.logFolder = logFolder;
        this.restore = restore;
        this.background = background;
        this.formats = formats;
    }

    /**
     * Help › Open log folder only, for a team workspace: its data is on the server, whose backups are the
     * administrator's, so File › Restore from backup is not shown.
     */
    public static RecoveryActions logFolderOnly(Path logFolder, BackgroundWork background) {
        return new RecoveryActions(null, logFolder, backup -> {}, background, null);
    }

    MenuItem restoreItem(Window owner) {
        MenuItem item = new MenuItem("Restore from backup\u2026");
        item.setId("menu-restore");
        item.setVisible(backups != null);
        item.setOnAction(e -> chooseBackup(owner));
        return item;
    }

    MenuItem logFolderItem(Window owner) {
        MenuItem item = new MenuItem("Open log folder");
        item.setId("menu-log-folder");
        item.setOnAction(e -> background.submit(
                () -> SystemViewer.open(logFolder),
                ignored -> {},
                failure -> Dialogs.error(
                        owner,
                        "The log folder could not be opened",
                        "The desktop has no program to open folders with. The log is in " + logFolder + ".")));
        return item;
    }

    /** Lists the backups off the FX thread, then lets the assessor choose one and confirm. */
    void chooseBackup(Window owner) {
        background.submit(
                backups::list,
                list -> {
                    new RestoreDialog(owner, backups, list, background, formats)
                            .choose()
                            .filter(b -> confirmed(owner, b))
                            .ifPresent(restore);
                },
                failure -> Dialogs.failure(owner, failure));
    }

    private boolean confirmed(Window owner, LibraryBackups.Backup backup) {
        ButtonType go = new ButtonType("Restore", ButtonBar.ButtonData.OK_DONE);
        Alert alert = Buttons.alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(owner);
        alert.setTitle("Restore from backup");
        alert.setHeaderText("Restore the backup taken " + formats.dateTime(backup.takenAt()) + "?");
        alert.setContentText("The workbench closes your library, keeps it as a backup, puts this one in its place "
                + "and opens it again. Changes made since the backup was taken are then only in the kept copy.");
        alert.getButtonTypes().setAll(go, Buttons.CANCEL);
        return alert.showAndWait().filter(go::equals).isPresent();
    }
}
