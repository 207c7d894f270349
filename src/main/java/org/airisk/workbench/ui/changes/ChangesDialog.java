package org.airisk.workbench.ui.changes;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.airisk.workbench.changes.Change;
import org.airisk.workbench.ui.Buttons;
import org.airisk.workbench.ui.Tables;

/** The changes between two versions, side by side (section, what, before, after), filtered by section. */
public final class ChangesDialog {
    private static final double WIDTH = 960;
    private final Dialog<Void> dialog = new Dialog<>();

    public ChangesDialog(Window owner, ChangesViewModel model) {
        dialog.initOwner(owner);
        dialog.setTitle("Compare versions");
        dialog.setHeaderText(model.heading());
        dialog.setResizable(true);
        dialog.getDialogPane().setId("changes-dialog");

        Label summary = new Label(model.summary());
        summary.setId("changes-summary");
        ComboBox<Change.Section> filter = new ComboBox<>();
        filter.setId("changes-section");
        filter.getItems().setAll(model.sections());
        filter.setConverter(new StringConverter<>() {
            @Override
            public String toString(Change.Section section) {
                return ChangesViewModel.label(section);
            }

            @Override
            public Change.Section fromString(String text) {
                return null;
            }
        });
        filter.setValue(model.sectionProperty().get());
        // A listener, not a bidirectional binding: that holds the model only weakly, and the filter would stop.
        filter.valueProperty()
                .addListener((obs, was, now) -> model.sectionProperty().set(now));
        filter.setDisable(model.isEmpty());
        Buttons.hint(filter, "Show one section only", null);
        Label show = new Label("Show:");
        show.setLabelFor(filter);
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, summary, spacer, show, filter);
        bar.setAlignment(Pos.CENTER_LEFT);

        TableView<Change> table = new TableView<>(model.rows());
        table.setId("changes-table");
        TableColumn<Change, String> section =
                Tables.textColumn("Section", 140, c -> c.section().label());
        TableColumn<Change, String> subject = Tables.textColumn("What", 250, Change::subject);
        TableColumn<Change, String> before = Tables.textColumn("Before", 230, Change::before);
        TableColumn<Change, String> after = Tables.textColumn("After", 230, Change::after);
        table.getColumns().setAll(List.of(section, subject, before, after));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(
                model.isEmpty() ? "Nothing changed between the two versions." : "No change in this section."));
        table.setPrefHeight(440);
        VBox.setVgrow(table, Priority.ALWAYS);

        VBox content = new VBox(10, bar, table);
        content.setPadding(new Insets(10, 20, 4, 20));
        dialog.getDialogPane().setContent(content);
        // Four columns of sentences side by side need the room; the window is resizable for more.
        dialog.getDialogPane().setPrefWidth(WIDTH);
        dialog.getDialogPane().getButtonTypes().setAll(Buttons.CLOSE);
    }

    public void show() {
        dialog.show();
        // The dialog window opens at a default width whatever the pane prefers; give the columns their room.
        dialog.setWidth(Math.max(dialog.getWidth(), WIDTH));
    }
}
