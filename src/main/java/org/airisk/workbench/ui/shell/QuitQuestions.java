package org.airisk.workbench.ui.shell;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.airisk.workbench.ui.BackgroundWork;

/**
 * What quitting asks first: whether to abandon a report export or an import still running, and whether to quit
 * with changes whose save failed. Saves still queued are not asked about: quitting waits for them.
 */
final class QuitQuestions {
    private QuitQuestions() {}

    /** True when the window may close: nothing to lose, or the assessor chose to quit anyway. */
    static boolean mayQuit(Window owner, BackgroundWork background, Optional<String> unsavedWarning) {
        if (background.longWorkRunning()
                && !ask(
                        owner,
                        "Work still running",
                        "Stop the export or import and quit?",
                        "A report export or an import is still running. Quitting now stops it: a report being written is "
                                + "not saved, an import not yet confirmed is not made. Your answers and other changes are saved "
                                + "either way.",
                        "Quit and stop it")) {
            return false;
        }
        return unsavedWarning.isEmpty()
                || ask(
                        owner,
                        "Unsaved changes",
                        "Some changes are not saved",
                        unsavedWarning.get(),
                        "Quit without saving them");
    }

    /** Asks with "Keep working" as the default; true when the assessor chose to quit. */
    private static boolean ask(Window owner, String title, String header, String text, String quitLabel) {
        ButtonType quitAnyway = new ButtonType(quitLabel, ButtonBar.ButtonData.OTHER);
        ButtonType keep = new ButtonType("Keep working", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.WARNING, text, keep, quitAnyway);
        ask.initOwner(owner);
        ask.setTitle(title);
        ask.setHeaderText(header);
        ((Button) ask.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        ((Button) ask.getDialogPane().lookupButton(quitAnyway)).setDefaultButton(false);
        return ask.showAndWait().filter(b -> b == quitAnyway).isPresent();
    }
}
