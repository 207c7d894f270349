package org.airisk.workbench.ui.register;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.airisk.workbench.scoring.PlanItem;

/** The rejected recommendations with their reasons, each of which can be reconsidered. */
final class RejectedMeasures extends TitledPane {
    RejectedMeasures(MitigationPlanViewModel model) {
        ListView<PlanItem> list = new ListView<>(model.rejected());
        list.setId("plan-rejected");
        list.setPrefHeight(110);
        list.setCellFactory(l -> new RejectedCell(model));
        textProperty()
                .bind(Bindings.createStringBinding(
                        () -> "Rejected (" + model.rejected().size() + ") \u2014 with the reasons", model.rejected()));
        setContent(list);
        setExpanded(!model.rejected().isEmpty());
        BorderPane.setMargin(this, new Insets(10, 0, 0, 0));
    }

    private static final class RejectedCell extends ListCell<PlanItem> {
        private final MitigationPlanViewModel model;
        private final Label text = new Label();
        private final Button reconsider = new Button("Reconsider");

        RejectedCell(MitigationPlanViewModel model) {
            this.model = model;
            reconsider.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
            reconsider.disableProperty().bind(model.session().readOnlyProperty());
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMaxWidth(Double.MAX_VALUE);
        }

        @Override
        protected void updateItem(PlanItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            text.setText(item.title() + " \u2014 rejected: " + item.reason());
            reconsider.setOnAction(e -> model.remove(item));
            HBox row = new HBox(8, text, reconsider);
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
        }
    }
}
