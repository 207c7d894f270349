package org.airisk.workbench.ui.register;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Callback;
import org.airisk.workbench.scoring.RiskScore;

/**
 * The register's override of one risk: the assessor's own likelihood and impact, or "not applicable to this
 * system", always with the reason written in one field; and the way back to the calculated rating.
 */
final class OverrideEditor {
    private OverrideEditor() {}

    static Node of(RiskRegisterViewModel model, RiskScore risk) {
        int size = model.session().method().size();
        ComboBox<Integer> likelihood = axisChoice(
                "register-override-likelihood", size, risk.calculated().likelihood());
        ComboBox<Integer> impact =
                axisChoice("register-override-impact", size, risk.calculated().impact());
        if (risk.isOverridden()) {
            likelihood.setValue(risk.override().likelihood());
            impact.setValue(risk.override().impact());
        }
        TextArea justification =
                new TextArea(risk.isOverridden() ? risk.override().justification() : "");
        justification.setId("register-override-justification");
        justification.setPromptText("Why the calculated rating does not fit, or why the risk does not apply to "
                + "this system (required)");
        justification.setPrefRowCount(2);
        justification.setWrapText(true);
        String written = justification.getText();
        int l = value(likelihood);
        int i = value(impact);
        model.session()
                .formOnScreen(
                        "override",
                        () -> !justification.getText().equals(written) || value(likelihood) != l || value(impact) != i);
        Label problem = new Label();
        problem.setId("register-override-problem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        Button save = new Button(risk.isOverridden() ? "Update override" : "Override");
        save.setId("register-override-save");
        save.setOnAction(e -> model.override(value(likelihood), value(impact), justification.getText())
                .ifPresentOrElse(problem::setText, () -> problem.setText("")));
        Button clear = new Button("Back to calculated");
        clear.setId("register-override-clear");
        clear.getStyleClass().add(Styles.FLAT);
        clear.setDisable(!risk.isOverridden());
        clear.setOnAction(e -> model.clearOverride());
        // Two rows, so neither the labels nor "Calculated (n)" is cut in a narrow detail pane.
        GridPane axes = new GridPane();
        axes.setHgap(8);
        axes.setVgap(6);
        axes.addRow(0, axisLabel("Likelihood", likelihood), likelihood);
        axes.addRow(1, axisLabel("Impact", impact), impact);
        Button setAside = new Button("Not applicable…");
        setAside.setId("register-set-aside");
        setAside.setTooltip(new Tooltip("Take this risk out of the register for this system, "
                + "for the reason written above; it is listed under Not applicable, where Bring back undoes it"));
        setAside.setOnAction(e ->
                model.setAside(justification.getText()).ifPresentOrElse(problem::setText, () -> problem.setText("")));
        // A flow, not a row: in a narrow detail pane the buttons wrap instead of being cut.
        FlowPane buttons = new FlowPane(8, 8, save, setAside, clear);
        for (Button b : new Button[] {save, setAside, clear}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        return new VBox(8, axes, justification, problem, buttons);
    }

    private static Label axisLabel(String text, ComboBox<Integer> box) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setLabelFor(box);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static int value(ComboBox<Integer> box) {
        return box.getValue() == null ? 0 : box.getValue();
    }

    /** 1..size, and an empty choice meaning "keep the calculated value". */
    private static ComboBox<Integer> axisChoice(String id, int size, int calculated) {
        ComboBox<Integer> box = new ComboBox<>();
        box.setId(id);
        box.getItems().add(0);
        for (int i = 1; i <= size; i++) {
            box.getItems().add(i);
        }
        Callback<ListView<Integer>, ListCell<Integer>> cells = list -> new ListCell<>() {
            @Override
            protected void updateItem(Integer item, boolean empty) {
                super.updateItem(item, empty);
                setText(
                        empty || item == null
                                ? null
                                : item == 0 ? "Calculated (" + calculated + ")" : Integer.toString(item));
            }
        };
        box.setCellFactory(cells);
        box.setButtonCell(cells.call(null));
        box.setValue(0);
        return box;
    }
}
