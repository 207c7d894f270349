package org.airisk.workbench.ui.register;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import org.airisk.workbench.scoring.MethodChange;
import org.airisk.workbench.ui.Buttons;

/**
 * Rescore with the current method: shown only when the method's settings differ from those the assessment was
 * scored with; shows first what rescoring would change.
 */
final class RescoreButton extends Button {
    private static final ButtonType RESCORE = new ButtonType("Rescore", ButtonBar.ButtonData.OK_DONE);
    private final RiskRegisterViewModel model;

    RescoreButton(RiskRegisterViewModel model) {
        super("Rescore with current method");
        this.model = model;
        setId("register-rescore");
        getStyleClass().add(Styles.SMALL);
        visibleProperty().bind(model.session().settingsDifferProperty());
        managedProperty().bind(visibleProperty());
        setOnAction(e -> confirmRescore());
    }

    /** Shows what rescoring would change (levels, the top 10, above appetite) and rescores only when asked to. */
    private void confirmRescore() {
        MethodChange change = model.session().previewRescore();
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "", RESCORE, Buttons.CANCEL);
        ask.initOwner(getScene() == null ? null : getScene().getWindow());
        ask.setTitle("Rescore with the current method");
        ask.setHeaderText(change.changesNothing() ? "Rescoring changes no rating" : "What rescoring would change");
        TextArea detail = new TextArea(change.describe());
        detail.setId("rescore-preview");
        detail.setEditable(false);
        detail.setWrapText(true);
        detail.setPrefSize(560, 300);
        ask.getDialogPane().setContent(detail);
        ask.showAndWait()
                .filter(b -> b == RESCORE)
                .ifPresent(b -> model.session().rescoreWithCurrentMethod());
    }
}
