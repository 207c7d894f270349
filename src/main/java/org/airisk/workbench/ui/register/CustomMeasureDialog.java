package org.airisk.workbench.ui.register;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.airisk.workbench.catalog.Mitigation;
import org.airisk.workbench.scoring.RiskScore;
import org.airisk.workbench.ui.Buttons;

/** Asks for a measure of the assessor's own: what will be done, for which risks, how strong and how much effort. */
final class CustomMeasureDialog {
    private final MitigationPlanViewModel model;
    private final TextField title = new TextField();
    private final ListView<RiskScore> risks = new ListView<>();
    private final Spinner<Integer> lowersL = new Spinner<>(0, Mitigation.MAX_STRENGTH, 1);
    private final Spinner<Integer> lowersI = new Spinner<>(0, Mitigation.MAX_STRENGTH, 0);
    private final ComboBox<Mitigation.Effort> effort =
            PlanItemFields.choice("custom-effort", Mitigation.Effort.values(), Mitigation.Effort.M, e -> switch (e) {
                case S -> "S \u2013 days";
                case M -> "M \u2013 weeks";
                case L -> "L \u2013 months";
            });
    private final Label problem = new Label();

    CustomMeasureDialog(MitigationPlanViewModel model) {
        this.model = model;
        title.setId("custom-title");
        title.setPromptText("What will be done");
        risks.setId("custom-risks");
        risks.getItems().setAll(model.applicableRisks());
        risks.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        risks.setPrefHeight(180);
        risks.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(RiskScore item, boolean empty) {
                super.updateItem(item, empty);
                setText(
                        empty || item == null
                                ? null
                                : item.risk().name() + "  (" + item.residual().score() + " "
                                        + item.residual().level().label() + ")");
            }
        });
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
    }

    /** Shows the dialog; the measure is added when the model accepts it, else the dialog stays with the problem. */
    void showAndWait(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Add your own measure");
        dialog.setHeaderText("A measure of your own, for the risks you choose");
        dialog.getDialogPane().setContent(grid());
        dialog.getDialogPane().setPrefWidth(560);
        dialog.getDialogPane().getButtonTypes().addAll(Buttons.OK, Buttons.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(Buttons.OK);
        ok.setText("Add to the plan");
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            List<String> chosen = risks.getSelectionModel().getSelectedItems().stream()
                    .map(RiskScore::riskId)
                    .toList();
            model.addCustom(title.getText(), chosen, lowersL.getValue(), lowersI.getValue(), effort.getValue())
                    .ifPresent(p -> {
                        problem.setText(p);
                        e.consume();
                    });
        });
        dialog.setOnShown(e -> title.requestFocus());
        dialog.showAndWait();
    }

    private GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("Measure"), title);
        grid.addRow(1, new Label("Risks (Ctrl+click for several)"), risks);
        grid.addRow(2, new Label("Lowers likelihood by"), lowersL);
        grid.addRow(3, new Label("Lowers impact by"), lowersI);
        grid.addRow(4, new Label("Effort"), effort);
        grid.add(problem, 0, 5, 2, 1);
        GridPane.setHgrow(title, Priority.ALWAYS);
        return grid;
    }
}
