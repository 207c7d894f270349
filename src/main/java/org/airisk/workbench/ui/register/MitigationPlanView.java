package org.airisk.workbench.ui.register;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.airisk.workbench.format.UserFormats;
import org.airisk.workbench.scoring.PlanItem;
import org.airisk.workbench.scoring.Recommendation;
import org.airisk.workbench.ui.Buttons;
import org.airisk.workbench.ui.FocusScrolling;
import org.airisk.workbench.ui.Tables;

/**
 * The mitigation plan: recommendations ranked by risk reduction per unit of effort, accepted or rejected with a
 * reason; the plan's items with owner, due date, priority, status and notes (saved as they change, overdue ones
 * marked); the assessor's own measures; totals by status and effort.
 */
public final class MitigationPlanView extends BorderPane {
    private final UserFormats formats;
    private final MitigationPlanViewModel model;
    private final TableView<Recommendation> recommendations = new TableView<>();
    private final TableView<PlanItem> plan = new TableView<>();
    private final PlanDetails details;

    public MitigationPlanView(MitigationPlanViewModel model, UserFormats formats) {
        this.formats = formats;
        this.model = model;
        this.details = new PlanDetails(model, formats);
        setId("mitigation-plan");
        setPadding(new Insets(12, 20, 12, 20));
        setTop(header());
        SplitPane lists = new SplitPane(recommendationSection(), planSection());
        lists.setOrientation(Orientation.VERTICAL);
        lists.setDividerPositions(0.5);
        Node form = formPane();
        form.disableProperty().bind(model.session().readOnlyProperty());
        SplitPane split = new SplitPane(lists, form);
        split.setDividerPositions(0.66);
        setCenter(split);
        setBottom(new RejectedMeasures(model));
        model.selectedProperty().addListener((obs, old, item) -> {
            if (item != null) {
                recommendations.getSelectionModel().clearSelection();
            }
            details.showItem(item);
        });
        recommendations.getSelectionModel().selectedItemProperty().addListener((obs, old, r) -> {
            if (r != null) {
                model.selectedProperty().set(null);
                details.showRecommendation(r);
            } else if (model.selectedProperty().get() == null) {
                details.showItem(null);
            }
        });
        details.showItem(model.selectedProperty().get());
    }

    private Node header() {
        Label totals = new Label();
        totals.setId("plan-totals");
        totals.textProperty().bind(model.totalsProperty());
        totals.setWrapText(true);
        Label message = new Label();
        message.setId("plan-message");
        message.getStyleClass().add(Styles.TEXT_MUTED);
        message.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.messageProperty().get()
                                + (model.session().problemProperty().get().isEmpty()
                                        ? ""
                                        : "  Not saved: "
                                                + model.session()
                                                        .problemProperty()
                                                        .get()),
                        model.messageProperty(),
                        model.session().problemProperty()));
        Button undo = new Button("Undo remove");
        undo.setId("plan-undo");
        undo.getStyleClass().add(Styles.FLAT);
        undo.visibleProperty().bind(model.lastRemovedProperty().isNotNull());
        undo.managedProperty().bind(undo.visibleProperty());
        undo.setOnAction(e -> model.undoRemove());
        Button custom = new Button("Add your own measure\u2026");
        custom.setId("plan-add-custom");
        custom.setOnAction(
                e -> new CustomMeasureDialog(model).showAndWait(getScene().getWindow()));
        custom.disableProperty().bind(model.session().readOnlyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(12, new VBox(4, totals, message), undo, spacer, custom);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(0, 0, 10, 0));
        return top;
    }

    private Node recommendationSection() {
        recommendations.setId("plan-recommendations");
        recommendations.setItems(model.recommendations());
        recommendations.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        recommendations
                .getColumns()
                .add(Tables.textColumn("Mitigation", 240, r -> r.mitigation().title()));
        recommendations
                .getColumns()
                .add(Tables.textColumn(
                        "Effort", 60, r -> r.mitigation().effort().name()));
        // The figures' columns keep room for their whole header; the mitigation's title gives way (its detail shows).
        recommendations
                .getColumns()
                .add(Tables.wholeTextColumn("Lowers score", 124, r -> "\u2212" + r.expectedReduction()));
        recommendations
                .getColumns()
                .add(Tables.wholeTextColumn("Per effort unit", 128, r -> formats.decimal(r.value(), 1)));
        recommendations
                .getColumns()
                .add(Tables.textColumn("Risks above appetite", 260, r -> model.riskNames(r.riskIds())));
        Label empty = new Label("No residual risk is above the appetite: nothing to recommend.");
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        recommendations.setPlaceholder(new StackPane(empty));
        Button accept = new Button("Accept");
        accept.setId("plan-accept");
        accept.getStyleClass().add(Styles.ACCENT);
        accept.disableProperty()
                .bind(recommendations.getSelectionModel().selectedItemProperty().isNull());
        accept.setOnAction(e -> model.accept(recommendations.getSelectionModel().getSelectedItem()));
        Button reject = new Button("Reject\u2026");
        reject.setId("plan-reject");
        reject.disableProperty().bind(accept.disableProperty());
        reject.setOnAction(e -> reject(recommendations.getSelectionModel().getSelectedItem()));
        Label title = new Label("Recommended, best value first");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        HBox buttons = new HBox(8, accept, reject);
        buttons.disableProperty().bind(model.session().readOnlyProperty());
        VBox.setVgrow(recommendations, Priority.ALWAYS);
        VBox box = new VBox(6, title, recommendations, buttons);
        box.setPadding(new Insets(0, 8, 8, 0));
        return box;
    }

    private Node planSection() {
        plan.setId("plan-items");
        plan.setItems(model.accepted());
        plan.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        plan.getColumns().add(Tables.textColumn("Measure", 220, i -> i.title() + (i.isCustom() ? " (own)" : "")));
        plan.getColumns().add(Tables.textColumn("Status", 90, i -> i.status().label()));
        plan.getColumns().add(Tables.textColumn("Owner", 90, PlanItem::owner));
        TableColumn<PlanItem, String> due = Tables.textColumn(
                "Due",
                110,
                i -> i.due() == null ? "" : formats.date(i.due()) + (model.isOverdue(i) ? "  \u26a0 overdue" : ""));
        due.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                getStyleClass().remove("overdue");
                if (!empty && item != null && item.contains("overdue")) {
                    getStyleClass().add("overdue");
                }
            }
        });
        plan.getColumns().add(due);
        plan.getColumns()
                .add(Tables.textColumn("Priority", 70, i -> i.priority().label()));
        plan.getColumns()
                .add(Tables.textColumn(
                        "Lowers", 70, i -> "L\u2212" + i.reducesLikelihood() + " I\u2212" + i.reducesImpact()));
        Label empty = new Label("The plan is empty. Accept a recommendation above, or add your own measure.");
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        plan.setPlaceholder(new StackPane(empty));
        Tables.bindSelection(plan, model.selectedProperty());
        Label title = new Label("The plan");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        VBox.setVgrow(plan, Priority.ALWAYS);
        VBox box = new VBox(6, title, plan);
        box.setPadding(new Insets(8, 8, 0, 0));
        return box;
    }

    private Node formPane() {
        details.setPadding(new Insets(0, 4, 12, 16));
        ScrollPane scroll = new ScrollPane(details);
        scroll.setFitToWidth(true);
        FocusScrolling.follow(scroll, details);
        return scroll;
    }

    private void reject(Recommendation recommendation) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(getScene().getWindow());
        dialog.setTitle("Reject a recommendation");
        dialog.setHeaderText("Reject \u201c" + recommendation.mitigation().title() + "\u201d?");
        TextArea reason = new TextArea();
        reason.setId("plan-reject-reason");
        reason.setPromptText("Why (required): for example, already covered by the vendor, or too costly for the "
                + "risk it removes");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        dialog.getDialogPane()
                .setContent(new VBox(8, new Label("The reason stays in the plan and the report."), reason));
        ButtonType rejectButton = new ButtonType("Reject", Buttons.OK.getButtonData());
        dialog.getDialogPane().getButtonTypes().addAll(rejectButton, Buttons.CANCEL);
        Node ok = dialog.getDialogPane().lookupButton(rejectButton);
        ok.disableProperty().bind(reason.textProperty().isEmpty());
        dialog.setResultConverter(b -> b == rejectButton ? reason.getText() : null);
        dialog.setOnShown(e -> reason.requestFocus());
        dialog.showAndWait().ifPresent(text -> model.reject(recommendation, text));
    }
}
