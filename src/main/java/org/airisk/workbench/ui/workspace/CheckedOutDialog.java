package org.airisk.workbench.ui.workspace;

import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.airisk.workbench.exchange.OfflineWork.CheckedOut;
import org.airisk.workbench.format.UserFormats;
import org.airisk.workbench.ui.ListDialogs;
import org.airisk.workbench.ui.Tables;

/** File › Checked out…: the assessments taken offline, from the team workspace or to this computer. */
final class CheckedOutDialog {
    private final Dialog<Void> dialog = new Dialog<>();

    CheckedOutDialog(Window owner, boolean team, CheckInViewModel model, UserFormats formats) {
        dialog.initOwner(owner);
        dialog.setTitle("Checked out");
        dialog.setResizable(true);
        Label intro = new Label(
                team
                        ? "Assessments colleagues took offline from this team workspace. You may still change them; "
                                + "their changes are merged with yours when they check in."
                        : "Assessments checked out to this computer's library. Select one in the library and "
                                + "choose File \u203a Check in\u2026 to bring it back.");
        intro.setWrapText(true);
        Label message = new Label();
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty()
                .bind(model.busyProperty().or(model.messageProperty().isNotEqualTo("")));
        TableView<CheckedOut> table = new TableView<>(model.checkedOut());
        table.setId("checked-out-table");
        table.setPlaceholder(new Label("Nothing is checked out."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefSize(640, 240);
        table.getColumns()
                .setAll(
                        Tables.textColumn("Assessment", 220, CheckedOut::title),
                        Tables.textColumn("Checked out by", 140, CheckedOut::by),
                        Tables.textColumn("When", 130, c -> formats.dateTime(c.at())));
        if (!team) {
            table.getColumns().add(Tables.textColumn("From", 140, CheckedOut::workspace));
        }
        ListDialogs.fill(dialog, table, 560, intro, message, table);
    }

    void show() {
        dialog.show();
    }
}
