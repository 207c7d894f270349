package org.airisk.workbench.ui.review;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.airisk.workbench.review.ConditionsToPlan;
import org.airisk.workbench.scoring.RiskScore;
import org.airisk.workbench.ui.Buttons;

/**
 * Review › Conditions to plan…: each condition of the latest decision with an "Add to plan" button, or "In the plan"
 * once an item carries it; the risk the added conditions address is chosen above. Says plainly when adding is not
 * possible now, and why.
 */
final class ConditionsDialog {
    private static final double WIDTH = 600;

    private ConditionsDialog() {}

    static Dialog<Void> show(Window owner, ConditionsViewModel model) {
        Dialog<Void> dialog = ReviewDialogs.dialog(owner, "Conditions to plan");
        dialog.setHeaderText("Conditions to the mitigation plan");
        ComboBox<RiskScore> risk = riskChoice(model);
        VBox riskRow = riskRow(model, risk);
        ScrollPane conditions = conditionList(model, risk);
        conditions.visibleProperty().bind(riskRow.visibleProperty());
        conditions.managedProperty().bind(riskRow.visibleProperty());
        Label hint = wrapped("An added condition becomes a measure of your own: accepted, planned, high priority. "
                + "It lowers no rating until you set by how much in the plan.");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        VBox content = new VBox(10, heading(model), refusal(model), riskRow, conditions, message(model), hint);
        content.setId("conditions-dialog");
        content.setPadding(new Insets(8, 12, 0, 12));
        content.setPrefWidth(WIDTH);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(Buttons.CLOSE);
        dialog.setResizable(true);
        followContentHeight(dialog, model);
        dialog.setOnShown(e -> model.load());
        dialog.show();
        return dialog;
    }

    private static Label heading(ConditionsViewModel model) {
        Label heading = wrapped(model.headingProperty().get());
        heading.setId("conditions-heading");
        heading.textProperty().bind(model.headingProperty());
        return heading;
    }

    /** Why conditions cannot be added now; hidden when they can. */
    private static Label refusal(ConditionsViewModel model) {
        Label refusal = wrapped("");
        refusal.setId("conditions-refusal");
        refusal.getStyleClass().add("warning-banner");
        refusal.setPadding(new Insets(6, 8, 6, 8));
        refusal.textProperty().bind(model.refusalProperty());
        refusal.visibleProperty().bind(model.refusalProperty().isNotEmpty());
        refusal.managedProperty().bind(refusal.visibleProperty());
        return refusal;
    }

    /** The risk the added conditions address, the first one chosen. */
    private static ComboBox<RiskScore> riskChoice(ConditionsViewModel model) {
        ComboBox<RiskScore> risk = new ComboBox<>();
        risk.setId("conditions-risk");
        risk.getItems().setAll(model.risks());
        risk.setConverter(new StringConverter<>() {
            @Override
            public String toString(RiskScore s) {
                return s == null
                        ? ""
                        : s.risk().name() + " (residual " + s.residual().score() + " "
                                + s.residual().level().label() + ")";
            }

            @Override
            public RiskScore fromString(String text) {
                return null;
            }
        });
        if (!risk.getItems().isEmpty()) {
            risk.setValue(risk.getItems().get(0));
        }
        risk.setMaxWidth(Double.MAX_VALUE);
        return risk;
    }

    /** The risk choice with its label; shown once there are conditions. */
    private static VBox riskRow(ConditionsViewModel model, ComboBox<RiskScore> risk) {
        Label addresses = new Label("Added conditions address the risk");
        addresses.setLabelFor(risk);
        VBox riskRow = new VBox(4, addresses, risk);
        riskRow.disableProperty().bind(model.canAddProperty().not());
        riskRow.visibleProperty().bind(Bindings.isNotEmpty(model.conditions()));
        riskRow.managedProperty().bind(riskRow.visibleProperty());
        return riskRow;
    }

    /** One row a condition, filled again whenever the conditions are read. */
    private static ScrollPane conditionList(ConditionsViewModel model, ComboBox<RiskScore> risk) {
        VBox rows = new VBox(6);
        rows.setId("conditions-list");
        rows.setPadding(new Insets(4, 8, 4, 4));
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        Runnable fill = () -> {
            rows.getChildren()
                    .setAll(model.conditions().stream()
                            .map(c -> row(c, model, risk))
                            .toList());
            // every condition in sight up to six; a dialog sized before they were read would squeeze the list
            double height = Math.min(260, 42.0 * model.conditions().size() + 8);
            scroll.setPrefViewportHeight(height);
            scroll.setMinViewportHeight(height);
        };
        model.conditions().addListener((ListChangeListener<ConditionsToPlan.Condition>) change -> fill.run());
        fill.run();
        return scroll;
    }

    private static Label message(ConditionsViewModel model) {
        Label message = wrapped("");
        message.setId("conditions-message");
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(model.messageProperty().isNotEmpty());
        return message;
    }

    /** What is read in the background changes the content's height: the window follows it. */
    private static void followContentHeight(Dialog<Void> dialog, ConditionsViewModel model) {
        Runnable fit = () -> {
            if (dialog.isShowing()) {
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        };
        model.conditions().addListener((ListChangeListener<ConditionsToPlan.Condition>) change -> fit.run());
        model.headingProperty().addListener((obs, old, now) -> fit.run());
        model.refusalProperty().addListener((obs, old, now) -> fit.run());
        model.messageProperty().addListener((obs, old, now) -> fit.run());
    }

    /** One condition: its number and text, and "Add to plan", or "In the plan" once there. */
    private static HBox row(ConditionsToPlan.Condition condition, ConditionsViewModel model, ComboBox<RiskScore> risk) {
        Label text = wrapped(condition.number() + ". " + condition.text());
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Region action;
        if (condition.inPlan()) {
            Label inPlan = new Label("\u2713 In the plan");
            inPlan.getStyleClass().add(Styles.SUCCESS);
            action = inPlan;
        } else {
            Button add = new Button("Add to plan");
            add.disableProperty()
                    .bind(model.canAddProperty().not().or(risk.valueProperty().isNull()));
            add.setOnAction(
                    e -> model.add(condition.number(), List.of(risk.getValue().riskId())));
            action = add;
        }
        action.setId("condition-" + condition.number());
        action.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(12, text, action);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
