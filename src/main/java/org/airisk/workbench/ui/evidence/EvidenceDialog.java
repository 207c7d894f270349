package org.airisk.workbench.ui.evidence;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.airisk.workbench.evidence.Evidence;
import org.airisk.workbench.ui.ListDialogs;
import org.airisk.workbench.ui.Tables;

/**
 * Edit › Evidence: the files kept with the open assessment, what each supports, its size and SHA-256; attach a
 * file, save or open a copy, remove one (undo puts it back).
 */
public final class EvidenceDialog {
    /** How the dialog reaches the desktop: the file dialogs and the system's viewer, given by the window. */
    public record Desktop(
            Function<Window, Optional<Path>> chooseFile,
            BiFunction<Window, String, Optional<Path>> chooseWhereToSave,
            Consumer<Evidence> openCopy) {}

    private EvidenceDialog() {}

    public static void show(Window owner, String title, EvidenceViewModel model, Desktop desktop) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Evidence");
        dialog.setHeaderText("Evidence for \u201c" + title + "\u201d");
        dialog.setResizable(true);
        TableView<EvidenceViewModel.Row> table = table(model);
        Label message = new Label();
        message.setId("evidence-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(Bindings.isNotEmpty(model.messageProperty()));
        Label limit = new Label("Each file up to 20 MB. Its SHA-256 is recorded when attached and checked on every "
                + "copy out; reports list it, and packages carry the file.");
        limit.getStyleClass().add("text-muted");
        limit.setWrapText(true);
        ListDialogs.fill(
                dialog,
                table,
                860,
                attachRow(dialog, model, desktop),
                table,
                hashRow(model),
                actions(dialog, model, desktop),
                message,
                limit);
        model.load();
        dialog.show();
    }

    /** The files with what each supports, size, the start of the hash and when added; Delete removes one. */
    private static TableView<EvidenceViewModel.Row> table(EvidenceViewModel model) {
        TableView<EvidenceViewModel.Row> table = new TableView<>(model.rows());
        table.setId("evidence-table");
        table.getColumns().add(Tables.textColumn("File", 200, r -> r.evidence().fileName()));
        table.getColumns().add(Tables.textColumn("Supports", 220, EvidenceViewModel.Row::supports));
        table.getColumns()
                .add(Tables.textColumn(
                        "Size", 80, r -> Evidence.readableSize(r.evidence().size())));
        table.getColumns()
                .add(Tables.textColumn(
                        "SHA-256", 130, r -> r.evidence().sha256().substring(0, 12) + "\u2026"));
        table.getColumns().add(Tables.textColumn("Added", 180, EvidenceViewModel.Row::added));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No evidence attached yet."));
        table.setPrefSize(860, 300);
        Tables.bindSelection(table, model.selectedProperty());
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && model.selectedProperty().get() != null) {
                model.remove(model.selectedProperty().get());
            }
        });
        return table;
    }

    /** What a new file supports, and the button that attaches one. */
    private static HBox attachRow(Dialog<?> dialog, EvidenceViewModel model, Desktop desktop) {
        ComboBox<EvidenceViewModel.Target> attachTo = new ComboBox<>();
        attachTo.setId("evidence-attach-to");
        attachTo.getItems().setAll(model.targets());
        attachTo.valueProperty().bindBidirectional(model.attachToProperty());
        attachTo.setMaxWidth(360);
        attachTo.setVisibleRowCount(14);
        Label attachToLabel = new Label("Attach to");
        attachToLabel.setLabelFor(attachTo);
        Button attach = new Button("Attach file\u2026");
        attach.setId("evidence-attach");
        attach.setOnAction(e -> desktop.chooseFile().apply(owner(dialog)).ifPresent(model::attach));
        attach.disableProperty().bind(model.busyProperty());
        HBox attachRow = new HBox(8, attachToLabel, attachTo, attach);
        attachRow.setAlignment(Pos.CENTER_LEFT);
        return attachRow;
    }

    /** Save a copy, open, remove the selected file; undo the last removal. */
    private static FlowPane actions(Dialog<?> dialog, EvidenceViewModel model, Desktop desktop) {
        Button save = new Button("Save a copy\u2026");
        save.setId("evidence-save");
        save.setOnAction(e -> saveSelected(dialog, model, desktop));
        Button open = new Button("Open");
        open.setId("evidence-open");
        open.setOnAction(
                e -> desktop.openCopy().accept(model.selectedProperty().get().evidence()));
        Button remove = new Button("Remove");
        remove.setId("evidence-remove");
        remove.setOnAction(e -> model.remove(model.selectedProperty().get()));
        for (Button b : new Button[] {save, open, remove}) {
            b.disableProperty().bind(model.selectedProperty().isNull().or(model.busyProperty()));
        }
        Button undo = new Button("Undo remove");
        undo.setId("evidence-undo");
        undo.setOnAction(e -> model.undoRemove());
        undo.disableProperty().bind(model.lastRemovedProperty().isNull().or(model.busyProperty()));
        return new FlowPane(8, 8, save, open, remove, undo);
    }

    /** The whole hash of the selected file, selectable for copying (the list shows its start). */
    private static HBox hashRow(EvidenceViewModel model) {
        TextField hash = new TextField();
        hash.setId("evidence-hash");
        hash.setEditable(false);
        hash.getStyleClass().add("code");
        hash.setPromptText("Select a file to see its whole SHA-256");
        hash.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.selectedProperty().get() == null
                                ? ""
                                : model.selectedProperty().get().evidence().sha256(),
                        model.selectedProperty()));
        Label hashLabel = new Label("SHA-256");
        hashLabel.setLabelFor(hash);
        HBox hashRow = new HBox(8, hashLabel, hash);
        hashRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(hash, Priority.ALWAYS);
        return hashRow;
    }

    private static Window owner(Dialog<?> dialog) {
        return ListDialogs.owner(dialog);
    }

    private static void saveSelected(Dialog<?> dialog, EvidenceViewModel model, Desktop desktop) {
        EvidenceViewModel.Row row = model.selectedProperty().get();
        desktop.chooseWhereToSave()
                .apply(owner(dialog), row.evidence().fileName())
                .ifPresent(target -> model.saveCopy(row, target));
    }
}
