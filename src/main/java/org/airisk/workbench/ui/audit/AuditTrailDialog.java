package org.airisk.workbench.ui.audit;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.airisk.workbench.audit.AuditKind;
import org.airisk.workbench.ui.Buttons;
import org.airisk.workbench.ui.FilterBox;
import org.airisk.workbench.ui.Tables;

/** View › Audit trail: every recorded change of one assessment, filterable, with whether its chain is intact. */
final class AuditTrailDialog {
    private final Dialog<Void> dialog = new Dialog<>();

    AuditTrailDialog(Window owner, String title, AuditTrailViewModel model) {
        dialog.initOwner(owner);
        dialog.setTitle("Audit trail");
        dialog.setHeaderText("Audit trail of \u201c" + title + "\u201d");
        dialog.setResizable(true);
        dialog.getDialogPane().setId("audit-dialog");

        TableView<AuditTrailViewModel.Row> table = table(model);
        TextArea details = details(table);
        VBox content = new VBox(10, chain(model), filters(model), table, details);
        content.setPadding(new Insets(10, 20, 4, 20));
        dialog.getDialogPane().setContent(content);
        // Wide enough for the before and after values to read as sentences, not a column of words.
        dialog.getDialogPane().setPrefSize(1000, 640);
        dialog.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        dialog.getDialogPane().getButtonTypes().setAll(Buttons.CLOSE);
    }

    /** Whether the chain of recorded changes is intact; bold when it is not. */
    private static Label chain(AuditTrailViewModel model) {
        Label chain = new Label();
        chain.setId("audit-chain");
        chain.setWrapText(true);
        chain.textProperty().bind(model.chainProperty());
        model.intactProperty().addListener((o, was, now) -> chain.setStyle(now ? "" : "-fx-font-weight: bold;"));
        return chain;
    }

    /** Kind of change, user, text to find, and how many changes match. */
    private static HBox filters(AuditTrailViewModel model) {
        ComboBox<AuditKind> kind = FilterBox.create("audit-kind", "All changes", AuditKind::label);
        kind.getItems().addAll(model.kinds());
        kind.valueProperty().bindBidirectional(model.kindProperty());
        ComboBox<String> user = FilterBox.create("audit-user", "All users", u -> u);
        model.users().addListener((ListChangeListener<String>) c -> {
            String chosen = user.getValue();
            user.getItems().setAll(model.users());
            user.getItems().add(0, null);
            user.setValue(model.users().contains(chosen) ? chosen : null);
        });
        user.valueProperty().bindBidirectional(model.userProperty());
        TextField text = Buttons.hint(new TextField(), "Find in the trail", null);
        text.setId("audit-text");
        text.setPromptText("Find in values, subjects and names");
        text.textProperty().bindBidirectional(model.textProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        Label count = new Label();
        count.setId("audit-count");
        count.textProperty().bind(model.countProperty());
        count.setMinWidth(Region.USE_PREF_SIZE);
        count.setMaxHeight(Double.MAX_VALUE);
        HBox filters = new HBox(8, kind, user, text, count);
        filters.setAlignment(Pos.CENTER_LEFT);
        return filters;
    }

    private static TableView<AuditTrailViewModel.Row> table(AuditTrailViewModel model) {
        TableView<AuditTrailViewModel.Row> table = new TableView<>(model.rows());
        table.setId("audit-table");
        table.getColumns()
                .setAll(List.of(
                        Tables.textColumn("Time", 150, AuditTrailViewModel.Row::time),
                        Tables.textColumn("User", 120, AuditTrailViewModel.Row::user),
                        Tables.textColumn("Change", 130, AuditTrailViewModel.Row::change),
                        Tables.textColumn("Subject", 170, AuditTrailViewModel.Row::subject),
                        Tables.textColumn("Before \u2192 after", 420, AuditTrailViewModel.Row::values)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No change recorded yet, or none matches the filter."));
        table.setPrefSize(900, 360);
        VBox.setVgrow(table, Priority.ALWAYS);
        return table;
    }

    /** The selected change in full. */
    private static TextArea details(TableView<AuditTrailViewModel.Row> table) {
        TextArea details = new TextArea();
        details.setId("audit-details");
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefRowCount(5);
        table.getSelectionModel()
                .selectedItemProperty()
                .addListener((o, was, now) -> details.setText(AuditTrailViewModel.details(now)));
        return details;
    }

    Dialog<Void> dialog() {
        return dialog;
    }
}
