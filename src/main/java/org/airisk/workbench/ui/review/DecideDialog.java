package org.airisk.workbench.ui.review;

import atlantafx.base.theme.Styles;
import java.util.Arrays;
import java.util.List;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.airisk.workbench.review.Decision;
import org.airisk.workbench.settings.UserIdentity;
import org.airisk.workbench.ui.Buttons;

/**
 * Decide…: the decision, its conditions (one a line), a comment, who decides (from Your details), and whether to
 * sign it with the user's key. Record keeps it in the background; the dialog stays open, saying why, until it is kept.
 */
final class DecideDialog {
    static final ButtonType RECORD = new ButtonType("Record decision", ButtonBar.ButtonData.OK_DONE);
    static final String NO_KEY_HINT = "To sign decisions, make your signing key in Edit \u203a Your details.";
    static final String SIGN_HINT = "Your key signs the decision, the version's content hash and your name; anyone "
            + "with your public key can check it.";

    /** What the reviewer entered. */
    record DecisionForm(
            Decision decision, List<String> conditions, String comment, String name, String role, boolean signed) {}

    private final ReviewViewModel model;
    private final ComboBox<Decision> decision = decisionChoice();
    private final TextArea conditions =
            ReviewDialogs.area("decide-conditions", "One condition a line; the author " + "can make each a plan item");
    private final TextArea comment = ReviewDialogs.area(
            "decide-comment",
            "What the author should know; required " + "when changes are requested or it is rejected");
    private final TextField name;
    private final TextField role;
    private final CheckBox sign = new CheckBox("Sign this decision with my key");
    private final PasswordField passphrase = new PasswordField();
    private final Label problem = new Label();

    private DecideDialog(UserIdentity me, ReviewViewModel model) {
        this.model = model;
        conditions.disableProperty().bind(decision.valueProperty().isNotEqualTo(Decision.APPROVED_WITH_CONDITIONS));
        name = new TextField(me.name());
        name.setId("decide-name");
        role = new TextField(me.role());
        role.setId("decide-role");
        sign.setId("decide-sign");
        sign.disableProperty().bind(model.canSignProperty().not());
        sign.setSelected(model.canSignProperty().get());
        passphrase.setId("decide-passphrase");
        passphrase.setPromptText("Your signing key's passphrase");
        passphrase.disableProperty().bind(sign.selectedProperty().not().or(sign.disabledProperty()));
        problem.setId("decide-problem");
        passphrase.textProperty().addListener((obs, old, now) -> problem.setText(""));
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
    }

    static Dialog<DecisionForm> show(Window owner, UserIdentity me, ReviewViewModel model) {
        return new DecideDialog(me, model).dialog(owner);
    }

    private Dialog<DecisionForm> dialog(Window owner) {
        Dialog<DecisionForm> dialog = ReviewDialogs.dialog(owner, "Decide");
        dialog.setHeaderText("The decision on the submitted version, bound to its content hash");
        Label signHint = small(model.canSignProperty().get() ? SIGN_HINT : NO_KEY_HINT);
        signHint.setId("decide-sign-hint");
        Label who = small("Your name and role come from Your details. They are what you say, not checked: a "
                + "digital signature is the strong form.");
        for (Label wraps : new Label[] {signHint, who, problem}) {
            wraps.setMaxWidth(540);
            wraps.setMinHeight(Region.USE_PREF_SIZE);
        }
        VBox content = new VBox(10, grid(), signHint, who, problem);
        content.setPrefWidth(560);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(RECORD, Buttons.CANCEL);
        Button record = (Button) dialog.getDialogPane().lookupButton(RECORD);
        record.setId("decide-record");
        record.disableProperty().bind(model.decidingProperty());
        record.addEventFilter(ActionEvent.ACTION, e -> {
            // Kept in the background (signing takes a moment); the dialog closes once the decision is kept.
            e.consume();
            record(dialog);
        });
        dialog.setResultConverter(b -> null);
        return dialog;
    }

    private static ComboBox<Decision> decisionChoice() {
        ComboBox<Decision> decision = new ComboBox<>();
        decision.setId("decide-decision");
        decision.getItems().addAll(Decision.values());
        decision.setConverter(new StringConverter<>() {
            @Override
            public String toString(Decision d) {
                return d == null ? "" : d.label();
            }

            @Override
            public Decision fromString(String s) {
                return null;
            }
        });
        decision.getSelectionModel().select(Decision.APPROVED);
        return decision;
    }

    private GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("Decision"), decision);
        grid.addRow(1, new Label("Conditions"), conditions);
        grid.addRow(2, new Label("Comment"), comment);
        grid.addRow(3, new Label("Reviewer"), name);
        grid.addRow(4, new Label("Role"), role);
        grid.add(sign, 1, 5);
        grid.addRow(6, new Label("Passphrase"), passphrase);
        GridPane.setHgrow(conditions, Priority.ALWAYS);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().add(labels);
        return grid;
    }

    /** What the reviewer entered; conditions count only for an approval with conditions. */
    private DecisionForm entered() {
        return new DecisionForm(
                decision.getValue(),
                decision.getValue() == Decision.APPROVED_WITH_CONDITIONS ? lines(conditions.getText()) : List.of(),
                comment.getText(),
                name.getText(),
                role.getText(),
                sign.isSelected() && !sign.isDisabled());
    }

    /** Asks the model to record the decision; the dialog closes once it is kept, else says why not. */
    private void record(Dialog<DecisionForm> dialog) {
        DecisionForm entered = entered();
        problem.setText("");
        String said = model.decide(
                entered.decision(),
                entered.conditions(),
                entered.comment(),
                entered.name(),
                entered.role(),
                entered.signed() ? passphrase.getText().toCharArray() : null,
                () -> {
                    dialog.setResult(entered);
                    dialog.close();
                },
                problem::setText);
        if (!said.isEmpty()) {
            problem.setText(said);
        }
    }

    private static Label small(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        label.setWrapText(true);
        return label;
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R"))
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .toList();
    }
}
