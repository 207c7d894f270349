package org.airisk.workbench.ui.shell;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.airisk.workbench.assessment.LibraryBackups;
import org.airisk.workbench.format.UserFormats;
import org.airisk.workbench.ui.BackgroundWork;
import org.airisk.workbench.ui.Buttons;
import org.airisk.workbench.ui.UserMessages;

/**
 * File › Restore from backup: the backups, newest first, with when each was taken, its size and the assessments it
 * holds (read from a read-only copy, off the FX thread). Returns the backup chosen, which the caller restores.
 */
final class RestoreDialog {
    static final ButtonType RESTORE = new ButtonType("Restore…", ButtonBar.ButtonData.OK_DONE);

    private final Dialog<LibraryBackups.Backup> dialog = new Dialog<>();
    private final TableView<LibraryBackups.Backup> table = new TableView<>();
    private final Label holds = new Label();
    private final Map<LibraryBackups.Backup, LibraryBackups.Contents> contents = new HashMap<>();
    private final UserFormats formats;

    RestoreDialog(
            Window owner,
            LibraryBackups backups,
            List<LibraryBackups.Backup> list,
            BackgroundWork background,
            UserFormats formats) {
        this.formats = formats;
        dialog.initOwner(owner);
        dialog.setTitle("Restore from backup");
        dialog.setHeaderText("Restore your library from a backup");
        dialog.getDialogPane().setId("restore-dialog");
        Label explain = new Label("The workbench keeps a copy of your library when it closes after a change and "
                + "once a day, the newest five, in " + backups.folder() + ". Restoring puts the "
                + "chosen copy in place of your library; the library as it is now is kept as a backup first, so "
                + "you can go back to it the same way.");
        explain.setWrapText(true);
        explain.setMaxWidth(560);

        table.getColumns().setAll(columns());
        table.setItems(FXCollections.observableArrayList(list));
        table.setPlaceholder(new Label("No backup yet: the first is taken when the workbench closes."));
        table.setPrefHeight(190);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setId("restore-backups");
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> showHolds(now));

        holds.setId("restore-holds");
        holds.setWrapText(true);
        holds.setMaxWidth(560);
        VBox content = new VBox(10, explain, table, holds);
        content.setPadding(new Insets(10, 20, 4, 20));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(RESTORE, Buttons.CANCEL);
        dialog.getDialogPane()
                .lookupButton(RESTORE)
                .disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        dialog.setResultConverter(b -> b == RESTORE ? table.getSelectionModel().getSelectedItem() : null);

        readContents(backups, list, background);
        if (!list.isEmpty()) {
            table.getSelectionModel().selectFirst();
        }
    }

    /** When each backup was taken, its size, and the assessments it holds (filled in as each is read). */
    private List<TableColumn<LibraryBackups.Backup, String>> columns() {
        TableColumn<LibraryBackups.Backup, String> taken = new TableColumn<>("Taken");
        taken.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(formats.dateTime(c.getValue().takenAt())));
        taken.setPrefWidth(190);
        TableColumn<LibraryBackups.Backup, String> size = new TableColumn<>("Size");
        size.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(sizeText(c.getValue().sizeBytes())));
        size.setPrefWidth(100);
        TableColumn<LibraryBackups.Backup, String> count = new TableColumn<>("Assessments");
        count.setCellValueFactory(c -> new ReadOnlyStringWrapper(countText(contents.get(c.getValue()))));
        count.setPrefWidth(240);
        return List.of(taken, size, count);
    }

    /** Reads what each backup holds, off the FX thread, and shows it in its row. */
    private void readContents(LibraryBackups backups, List<LibraryBackups.Backup> list, BackgroundWork background) {
        for (LibraryBackups.Backup backup : list) {
            background
                    .longWork()
                    .submit(
                            () -> backups.contents(backup),
                            read -> show(backup, read),
                            failure -> show(
                                    backup, new LibraryBackups.Contents(List.of(), UserMessages.describe(failure))));
        }
    }

    private void show(LibraryBackups.Backup backup, LibraryBackups.Contents read) {
        contents.put(backup, read);
        table.refresh();
        if (backup.equals(table.getSelectionModel().getSelectedItem())) {
            showHolds(backup);
        }
    }

    Dialog<LibraryBackups.Backup> dialog() {
        return dialog;
    }

    Optional<LibraryBackups.Backup> choose() {
        return dialog.showAndWait();
    }

    private void showHolds(LibraryBackups.Backup backup) {
        LibraryBackups.Contents read = backup == null ? null : contents.get(backup);
        if (backup == null) {
            holds.setText("");
        } else if (read == null) {
            holds.setText("Reading what this backup holds…");
        } else if (!read.readable()) {
            holds.setText(read.problem());
        } else if (read.assessmentTitles().isEmpty()) {
            holds.setText("This backup holds no assessment.");
        } else {
            holds.setText("It holds: " + String.join(", ", read.assessmentTitles()) + ".");
        }
    }

    private String sizeText(long bytes) {
        return formats.integer(Math.max(1, (bytes + 1023) / 1024)) + " KB";
    }

    private static String countText(LibraryBackups.Contents read) {
        if (read == null) {
            return "…";
        }
        if (!read.readable()) {
            return "cannot be read";
        }
        int n = read.assessmentTitles().size();
        return n == 1 ? "1 assessment" : n + " assessments";
    }
}
