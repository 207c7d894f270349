package org.airisk.workbench.ui.register;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.airisk.workbench.scoring.NotApplicableRisk;

/** Below the register: the risks left out, each with its reason, and the way back for those set aside by hand. */
final class LeftOutRisks {
    private LeftOutRisks() {}

    static Node pane(RiskRegisterViewModel model) {
        ListView<NotApplicableRisk> list = new ListView<>(model.notApplicable());
        list.setId("register-not-applicable");
        list.setPrefHeight(140);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(NotApplicableRisk item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.risk().name() + " \u2014 " + item.reason());
            }
        });
        Button bringBack = new Button("Bring back into the register");
        bringBack.setId("register-bring-back");
        bringBack.setMinWidth(Region.USE_PREF_SIZE);
        bringBack
                .disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> {
                            NotApplicableRisk chosen = list.getSelectionModel().getSelectedItem();
                            return chosen == null
                                    || !chosen.setAside()
                                    || model.session().readOnlyProperty().get();
                        },
                        list.getSelectionModel().selectedItemProperty(),
                        model.session().readOnlyProperty()));
        bringBack.setOnAction(e -> model.bringBack(list.getSelectionModel().getSelectedItem()));
        Label how = new Label("Risks the answers leave out come back when the answers change; those set aside "
                + "in the register come back with this button.");
        how.getStyleClass().add(Styles.TEXT_MUTED);
        how.setWrapText(true);
        HBox actions = new HBox(12, bringBack, how);
        actions.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(how, Priority.ALWAYS);
        TitledPane pane = new TitledPane();
        pane.setId("register-not-applicable-pane");
        pane.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> "Not applicable (" + model.notApplicable().size() + ") \u2014 left out, with the reason",
                        model.notApplicable()));
        pane.setContent(new VBox(8, list, actions));
        pane.setExpanded(false);
        BorderPane.setMargin(pane, new Insets(10, 0, 0, 0));
        return pane;
    }
}
