package org.airisk.workbench.ui;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Dialog;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Dialogs built around a list (evidence, versions): the parts stacked, the list growing, one Close button. */
public final class ListDialogs {
    private ListDialogs() {}

    /**
     * Puts the parts in the dialog, the list taking the height left, at least {@code minWidth} wide (a dialog opens
     * at its content's width, and a table's columns would otherwise be squeezed).
     */
    public static void fill(Dialog<?> dialog, Region list, double minWidth, Node... parts) {
        VBox content = new VBox(10, parts);
        VBox.setVgrow(list, Priority.ALWAYS);
        content.setPadding(new Insets(8, 12, 0, 12));
        content.setMinWidth(minWidth);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(Buttons.CLOSE);
    }

    /** The dialog's own window, to own the dialogs it opens. */
    public static Window owner(Dialog<?> dialog) {
        return dialog.getDialogPane().getScene().getWindow();
    }
}
