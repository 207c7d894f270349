package org.airisk.workbench.ui.shell;

import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.airisk.workbench.ui.Buttons;

/**
 * Asks for the library's password: to open it, to protect it (a new password typed twice, with the warning that a
 * lost one cannot be recovered), to change it, or to remove the protection. OK stays disabled until what was typed
 * can be used, and a line under the fields says why.
 */
public final class PasswordDialog {
    /** What the password is for. */
    public enum Purpose {
        OPEN("Open the protected library", true, false),
        PROTECT("Protect the library with a password", false, true),
        CHANGE("Change the library's password", true, true),
        REMOVE("Remove the password protection", true, false);

        private final String title;
        private final boolean asksCurrent;
        private final boolean asksNew;

        Purpose(String title, boolean asksCurrent, boolean asksNew) {
            this.title = title;
            this.asksCurrent = asksCurrent;
            this.asksNew = asksNew;
        }
    }

    /** What was typed: the current password (null when not asked) and the new one (null when not asked). */
    public record Entered(char[] current, char[] replacement) {}

    static final String LOST_PASSWORD_WARNING = "If this password is lost, nobody can recover the library or its "
            + "backups: there is no reset and no way round it. Keep it somewhere safe, such as a password manager.";

    private final Dialog<Entered> dialog = new Dialog<>();
    private final PasswordField current = new PasswordField();
    private final PasswordField replacement = new PasswordField();
    private final PasswordField repeated = new PasswordField();
    private final Label problem = new Label();
    private final Purpose purpose;
    private final int minLength;

    /**
     * @param notice    a line shown above the fields (e.g. that the last password was wrong), or null
     * @param minLength the shortest new password accepted
     */
    public PasswordDialog(Window owner, Purpose purpose, String notice, int minLength) {
        this.purpose = purpose;
        this.minLength = minLength;
        dialog.initOwner(owner);
        dialog.setTitle("AI Risk Workbench");
        dialog.setHeaderText(purpose.title);
        VBox content = new VBox(8);
        content.setMaxWidth(480);
        if (notice != null) {
            content.getChildren().add(wrapped(notice, "password-notice"));
        }
        if (purpose.asksCurrent) {
            current.setId("password-current");
            content.getChildren().addAll(new Label(purpose == Purpose.OPEN ? "Password" : "Current password"), current);
        }
        if (purpose.asksNew) {
            replacement.setId("password-new");
            repeated.setId("password-repeat");
            content.getChildren()
                    .addAll(
                            new Label("New password (at least " + minLength + " characters)"),
                            replacement,
                            new Label("The new password again"),
                            repeated,
                            wrapped(LOST_PASSWORD_WARNING, "password-warning"));
        }
        if (purpose == Purpose.REMOVE) {
            content.getChildren()
                    .add(wrapped(
                            "The library and its backups will be stored in clear again: anyone "
                                    + "who can read your files can read your assessments.",
                            "password-warning"));
        }
        problem.setId("password-problem");
        problem.setWrapText(true);
        content.getChildren().add(problem);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(Buttons.OK, Buttons.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(Buttons.OK);
        ok.setId("password-ok");
        Runnable check = () -> {
            String why = whyNotYet();
            problem.setText(why == null ? "" : why);
            ok.setDisable(why != null);
        };
        current.textProperty().addListener((o, was, is) -> check.run());
        replacement.textProperty().addListener((o, was, is) -> check.run());
        repeated.textProperty().addListener((o, was, is) -> check.run());
        check.run();
        dialog.setResultConverter(button -> button == Buttons.OK
                ? new Entered(
                        purpose.asksCurrent ? current.getText().toCharArray() : null,
                        purpose.asksNew ? replacement.getText().toCharArray() : null)
                : null);
        dialog.setOnShown(e -> (purpose.asksCurrent ? current : replacement).requestFocus());
    }

    private static Label wrapped(String text, String id) {
        Label label = new Label(text);
        label.setId(id);
        label.setWrapText(true);
        return label;
    }

    /** Why OK cannot be pressed yet, or null when it can. */
    private String whyNotYet() {
        if (purpose.asksCurrent && current.getText().isEmpty()) {
            return purpose == Purpose.OPEN ? "Type the library's password." : "Type the current password.";
        }
        if (!purpose.asksNew) {
            return null;
        }
        if (replacement.getText().length() < minLength) {
            return "The new password needs at least " + minLength + " characters.";
        }
        if (!replacement.getText().equals(repeated.getText())) {
            return "The two new passwords differ: type the same one twice.";
        }
        return null;
    }

    Dialog<Entered> dialog() {
        return dialog;
    }

    /** Shows the dialog and waits; empty when cancelled. */
    public Optional<Entered> ask() {
        return dialog.showAndWait();
    }
}
