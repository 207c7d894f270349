package org.airisk.workbench.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;

/**
 * The dialog buttons, worded in the app's own language. JavaFX's {@link ButtonType#OK} and friends take their text
 * from the machine's locale, which put "Annuler" beside English text on a French machine.
 */
public final class Buttons {
    public static final ButtonType OK = new ButtonType("OK", ButtonData.OK_DONE);
    public static final ButtonType CANCEL = new ButtonType("Cancel", ButtonData.CANCEL_CLOSE);
    public static final ButtonType YES = new ButtonType("Yes", ButtonData.YES);
    public static final ButtonType NO = new ButtonType("No", ButtonData.NO);
    public static final ButtonType CLOSE = new ButtonType("Close", ButtonData.CANCEL_CLOSE);

    private Buttons() {}

    /** An alert of this type with the app's own buttons: OK, or OK and Cancel for a confirmation. */
    public static Alert alert(Alert.AlertType type) {
        Alert alert = new Alert(type);
        if (type == Alert.AlertType.CONFIRMATION) {
            alert.getButtonTypes().setAll(OK, CANCEL);
        } else if (type != Alert.AlertType.NONE) {
            alert.getButtonTypes().setAll(OK);
        }
        return alert;
    }

    /**
     * A tooltip saying what the control does and its keyboard shortcut, in the platform's own notation
     * ("Ctrl+N" on Linux and Windows, "⌘N" on a Mac); {@code keys} as a menu accelerator is written.
     */
    public static <T extends Control> T hint(T control, String what, String keys) {
        String shown = keys == null
                ? what
                : what + " (" + KeyCombination.keyCombination(keys).getDisplayText() + ")";
        control.setTooltip(new Tooltip(shown));
        return control;
    }
}
