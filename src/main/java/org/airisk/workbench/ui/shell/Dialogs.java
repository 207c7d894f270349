package org.airisk.workbench.ui.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.airisk.workbench.ui.Buttons;
import org.airisk.workbench.ui.UserMessages;

/** The window's messages: an error with what to do, a failure in words (never a stack trace), a piece of news. */
public final class Dialogs {
    private Dialogs() {}

    static void error(Window owner, String header, String message) {
        show(owner, Alert.AlertType.ERROR, header, message);
    }

    static void failure(Window owner, Throwable failure) {
        error(owner, "Something went wrong", UserMessages.describe(failure));
    }

    static void info(Window owner, String header, String text) {
        show(owner, Alert.AlertType.INFORMATION, header, text);
    }

    private static void show(Window owner, Alert.AlertType type, String header, String text) {
        alert(owner, type, header, text).show();
    }

    /** The workbench's alert, not yet shown: its text wraps; {@code owner} may be null (no window yet). */
    public static Alert alert(Window owner, Alert.AlertType type, String header, String text) {
        Alert alert = Buttons.alert(type);
        alert.initOwner(owner);
        alert.setTitle("AI Risk Workbench");
        alert.setHeaderText(header);
        Label content = new Label(text);
        content.setWrapText(true);
        content.setMaxWidth(480);
        alert.getDialogPane().setContent(content);
        return alert;
    }
}
