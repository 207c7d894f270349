package org.airisk.workbench.ui.workspace;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.airisk.workbench.exchange.CheckInMerge.Keep;
import org.airisk.workbench.ui.ListDialogs;
import org.airisk.workbench.ui.Tables;
import org.airisk.workbench.ui.workspace.CheckInViewModel.Row;

/**
 * Shows a check-out or check-in as it runs and what came of it; for a check-in with conflicts, each conflict with
 * the base, this computer's and the team workspace's version, and a choice of which to keep (ADR 0044).
 */
public final class CheckInDialog {
    private final Dialog<Void> dialog = new Dialog<>();
    private final CheckInViewModel model;

    public CheckInDialog(Window owner, String title, CheckInViewModel model, Runnable afterApplied) {
        this.model = model;
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setResizable(true);
        Label message = new Label();
        message.setId("checkin-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(20, 20);
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(model.busyProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        message.setMinHeight(Region.USE_PREF_SIZE);
        HBox status = new HBox(8, progress, message);
        HBox.setHgrow(message, Priority.ALWAYS);
        TableView<Row> table = table();
        VBox conflicts = new VBox(8, table, buttons(afterApplied));
        conflicts.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.conflicts()));
        conflicts.managedProperty().bind(conflicts.visibleProperty());
        ListDialogs.fill(dialog, conflicts, 940, status, conflicts);
        dialog.setOnHidden(e -> model.forget());
        // the dialog opens before the conflicts are known: it grows to show them once they are
        model.conflicts().addListener((ListChangeListener<Row>) change -> {
            if (dialog.isShowing()) {
                Platform.runLater(() -> ListDialogs.owner(dialog).sizeToScene());
            }
        });
    }

    private TableView<Row> table() {
        TableView<Row> table = new TableView<>(model.conflicts());
        table.setId("checkin-conflicts");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefSize(960, 260);
        table.getColumns()
                .setAll(
                        Tables.textColumn("Changed", 230, r -> r.conflict().what()),
                        Tables.wholeTextColumn(
                                "At check-out", 160, r -> r.conflict().base()),
                        Tables.wholeTextColumn(
                                "Mine (this computer)", 190, r -> r.conflict().mine()),
                        Tables.wholeTextColumn(
                                "Theirs (team)", 170, r -> r.conflict().theirs()),
                        keepColumn());
        return table;
    }

    private static TableColumn<Row, Row> keepColumn() {
        TableColumn<Row, Row> keep = new TableColumn<>("Keep");
        keep.setMinWidth(170);
        keep.setPrefWidth(170);
        keep.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        keep.setCellFactory(c -> new KeepCell());
        return keep;
    }

    private HBox buttons(Runnable afterApplied) {
        Button mineForAll = new Button("Keep mine for all");
        mineForAll.setId("checkin-mine-all");
        mineForAll.setOnAction(e -> model.keepForAll(Keep.MINE));
        Button theirsForAll = new Button("Keep theirs for all");
        theirsForAll.setId("checkin-theirs-all");
        theirsForAll.setOnAction(e -> model.keepForAll(Keep.THEIRS));
        Button apply = new Button("Check in with these choices");
        apply.setId("checkin-apply");
        apply.setDefaultButton(true);
        apply.disableProperty().bind(model.applyDisabled());
        apply.setOnAction(e -> model.apply(afterApplied));
        mineForAll.disableProperty().bind(model.busyProperty());
        theirsForAll.disableProperty().bind(model.busyProperty());
        Region gap = new Region();
        HBox buttons = new HBox(8, mineForAll, theirsForAll, gap, apply);
        HBox.setHgrow(gap, Priority.ALWAYS);
        ButtonBar.setButtonUniformSize(apply, false);
        return buttons;
    }

    /** The two choices of a row, bound both ways to the side it keeps. */
    private static final class KeepCell extends TableCell<Row, Row> {
        private final RadioButton mine = new RadioButton("Mine");
        private final RadioButton theirs = new RadioButton("Theirs");
        private final HBox box = new HBox(12, mine, theirs);
        private Row shown;

        KeepCell() {
            ToggleGroup group = new ToggleGroup();
            mine.setToggleGroup(group);
            theirs.setToggleGroup(group);
            box.setAlignment(Pos.CENTER_LEFT);
            mine.setOnAction(e -> choose(Keep.MINE));
            theirs.setOnAction(e -> choose(Keep.THEIRS));
        }

        private void choose(Keep side) {
            if (shown != null) {
                shown.keepProperty().set(side);
            }
        }

        private void show(Keep side) {
            mine.setSelected(side == Keep.MINE);
            theirs.setSelected(side == Keep.THEIRS);
        }

        private final javafx.beans.value.ChangeListener<Keep> follow = (obs, old, side) -> show(side);

        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            if (shown != null) {
                shown.keepProperty().removeListener(follow);
            }
            shown = empty ? null : row;
            if (shown == null) {
                setGraphic(null);
                return;
            }
            shown.keepProperty().addListener(follow);
            show(shown.keepProperty().get());
            mine.setId("checkin-keep-mine-" + getIndex());
            theirs.setId("checkin-keep-theirs-" + getIndex());
            setGraphic(box);
        }
    }

    /** Shows the dialog without waiting. */
    public void show() {
        dialog.show();
    }

    Dialog<Void> dialog() {
        return dialog;
    }
}
