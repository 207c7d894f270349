package org.airisk.workbench.ui.changes;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.stage.Window;
import org.airisk.workbench.ui.ListDialogs;
import org.airisk.workbench.ui.Tables;

/**
 * The versions of an assessment, newest first, with the decision on each; select one to compare it with the one
 * before it or with now, or two to compare them with each other.
 */
public final class VersionsDialog {
    private VersionsDialog() {}

    public static void show(Window owner, String title, VersionsViewModel model) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Versions and changes");
        dialog.setHeaderText("Versions of \u201c" + title + "\u201d");
        dialog.setResizable(true);

        TableView<VersionsViewModel.Row> table = table(model);
        var selected = table.getSelectionModel().getSelectedItems();

        Button withPrevious = new Button("Compare with the version before");
        withPrevious.setId("versions-previous");
        withPrevious.setOnAction(e -> {
            VersionsViewModel.Row row = selected.get(0);
            int index = model.rows().indexOf(row);
            model.compare(
                    row, model.rows().get(index + 1), changes -> new ChangesDialog(owner(dialog), changes).show());
        });
        withPrevious
                .disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> selected.size() != 1
                                || model.rows().indexOf(selected.get(0))
                                        == model.rows().size() - 1,
                        selected,
                        model.rows()));
        Button withNow = new Button("Compare with now");
        withNow.setId("versions-now");
        withNow.setOnAction(e ->
                model.compareWithNow(selected.get(0), changes -> new ChangesDialog(owner(dialog), changes).show()));
        withNow.disableProperty().bind(Bindings.size(selected).isNotEqualTo(1));
        Button two = new Button("Compare the two selected");
        two.setId("versions-two");
        two.setOnAction(e -> {
            List<VersionsViewModel.Row> both = List.copyOf(selected);
            model.compare(both.get(0), both.get(1), changes -> new ChangesDialog(owner(dialog), changes).show());
        });
        two.disableProperty().bind(Bindings.size(selected).isNotEqualTo(2));

        Label message = new Label();
        message.setId("versions-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(Bindings.isNotEmpty(model.messageProperty()));
        Label hint = new Label("Select one version to compare it with the one before or with now; Ctrl+click a "
                + "second to compare the two.");
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);

        ListDialogs.fill(dialog, table, 760, table, new FlowPane(8, 8, withPrevious, withNow, two), message, hint);
        model.load();
        dialog.show();
    }

    /** The versions, newest first: number, when submitted, the decision and the start of the content hash. */
    private static TableView<VersionsViewModel.Row> table(VersionsViewModel model) {
        TableView<VersionsViewModel.Row> table = new TableView<>(model.rows());
        table.setId("versions-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getColumns()
                .add(Tables.textColumn(
                        "Version", 70, r -> String.valueOf(r.version().number())));
        table.getColumns().add(Tables.textColumn("Submitted", 220, VersionsViewModel.Row::submitted));
        table.getColumns().add(Tables.textColumn("Decision", 240, VersionsViewModel.Row::decision));
        table.getColumns()
                .add(Tables.textColumn(
                        "Content SHA-256", 150, r -> r.version().contentHash().substring(0, 12) + "\u2026"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No version yet."));
        table.setPrefHeight(240);
        return table;
    }

    private static Window owner(Dialog<?> dialog) {
        return ListDialogs.owner(dialog);
    }
}
