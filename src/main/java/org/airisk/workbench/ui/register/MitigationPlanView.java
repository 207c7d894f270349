package org.airisk.workbench.ui.register;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.airisk.workbench.ui.Tables;
import org.airisk.workbench.catalog.Mitigation;
import org.airisk.workbench.scoring.PlanItem;
import org.airisk.workbench.scoring.Recommendation;
import org.airisk.workbench.scoring.RiskScore;
import org.airisk.workbench.ui.FocusScrolling;
import org.airisk.workbench.format.UserFormats;
import org.airisk.workbench.ui.Buttons;
import org.airisk.workbench.ui.DateInput;

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
    private final VBox form = new VBox(10);

    public MitigationPlanView(MitigationPlanViewModel model, UserFormats formats) {
        this.formats = formats;
        this.model = model;
        setId("mitigation-plan");
        setPadding(new Insets(12, 20, 12, 20));
        setTop(header());
        SplitPane lists = new SplitPane(recommendationSection(), planSection());
        lists.setOrientation(javafx.geometry.Orientation.VERTICAL);
        lists.setDividerPositions(0.5);
        Node form = formPane();
        form.disableProperty().bind(model.session().readOnlyProperty());
        SplitPane split = new SplitPane(lists, form);
        split.setDividerPositions(0.66);
        setCenter(split);
        setBottom(rejectedSection());
        model.selectedProperty().addListener((obs, old, item) -> {
            if (item != null) {
                recommendations.getSelectionModel().clearSelection();
            }
            showForm(item);
        });
        recommendations.getSelectionModel().selectedItemProperty().addListener((obs, old, r) -> {
            if (r != null) {
                model.selectedProperty().set(null);
                showRecommendation(r);
            } else if (model.selectedProperty().get() == null) {
                showForm(null);
            }
        });
        showForm(model.selectedProperty().get());
    }

    private Node header() {
        Label totals = new Label();
        totals.setId("plan-totals");
        totals.textProperty().bind(model.totalsProperty());
        totals.setWrapText(true);
        Label message = new Label();
        message.setId("plan-message");
        message.getStyleClass().add(Styles.TEXT_MUTED);
        message.textProperty().bind(Bindings.createStringBinding(() -> model.messageProperty().get()
                + (model.session().problemProperty().get().isEmpty() ? ""
                : "  Not saved: " + model.session().problemProperty().get()),
                model.messageProperty(), model.session().problemProperty()));
        Button undo = new Button("Undo remove");
        undo.setId("plan-undo");
        undo.getStyleClass().add(Styles.FLAT);
        undo.visibleProperty().bind(model.lastRemovedProperty().isNotNull());
        undo.managedProperty().bind(undo.visibleProperty());
        undo.setOnAction(e -> model.undoRemove());
        Button custom = new Button("Add your own measure\u2026");
        custom.setId("plan-add-custom");
        custom.setOnAction(e -> addCustom());
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
        recommendations.getColumns().add(Tables.textColumn("Mitigation", 240, r -> r.mitigation().title()));
        recommendations.getColumns().add(Tables.textColumn("Effort", 60, r -> r.mitigation().effort().name()));
        // The figures' columns keep room for their whole header; the mitigation's title gives way (its detail shows).
        recommendations.getColumns().add(Tables.wholeTextColumn("Lowers score", 124,
                r -> "\u2212" + r.expectedReduction()));
        recommendations.getColumns().add(Tables.wholeTextColumn("Per effort unit", 128,
                r -> formats.decimal(r.value(), 1)));
        recommendations.getColumns().add(Tables.textColumn("Risks above appetite", 260, r -> model.riskNames(r.riskIds())));
        Label empty = new Label("No residual risk is above the appetite: nothing to recommend.");
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        recommendations.setPlaceholder(new StackPane(empty));
        Button accept = new Button("Accept");
        accept.setId("plan-accept");
        accept.getStyleClass().add(Styles.ACCENT);
        accept.disableProperty().bind(recommendations.getSelectionModel().selectedItemProperty().isNull());
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
        TableColumn<PlanItem, String> due = Tables.textColumn("Due", 110, i -> i.due() == null ? ""
                : formats.date(i.due()) + (model.isOverdue(i) ? "  \u26a0 overdue" : ""));
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
        plan.getColumns().add(Tables.textColumn("Priority", 70, i -> i.priority().label()));
        plan.getColumns().add(Tables.textColumn("Lowers", 70, i -> "L\u2212" + i.reducesLikelihood() + " I\u2212"
                + i.reducesImpact()));
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
        form.setId("plan-form");
        form.setPadding(new Insets(0, 4, 12, 16));
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        FocusScrolling.follow(scroll, form);
        return scroll;
    }

    /** A recommendation before it is decided: what it is, what it takes, and what it would lower by how much. */
    private void showRecommendation(Recommendation r) {
        form.getChildren().clear();
        var m = r.mitigation();
        Label title = new Label(m.title());
        title.setId("plan-recommendation-title");
        title.getStyleClass().add(Styles.TITLE_4);
        title.setWrapText(true);
        Label summary = new Label(m.summary());
        summary.setWrapText(true);
        Label facts = new Label("Effort " + m.effort().name() + " \u00b7 " + m.type().name().toLowerCase(java.util.Locale.ROOT)
                + " measure" + (m.nistActions().isEmpty() ? "" : " \u00b7 NIST AI 600-1 actions "
                + String.join(", ", m.nistActions())));
        facts.setWrapText(true);
        facts.getStyleClass().add(Styles.TEXT_MUTED);
        VBox lowers = new VBox(2);
        lowers.setId("plan-recommendation-lowers");
        model.lowers(r).forEach(line -> {
            Label l = new Label("\u2022 " + line);
            l.setWrapText(true);
            lowers.getChildren().add(l);
        });
        VBox steps = new VBox(2);
        for (int i = 0; i < m.steps().size(); i++) {
            Label step = new Label((i + 1) + ". " + m.steps().get(i));
            step.setWrapText(true);
            steps.getChildren().add(step);
        }
        Label lowersTitle = new Label("Accepting it lowers");
        lowersTitle.getStyleClass().add(Styles.TEXT_BOLD);
        Label stepsTitle = new Label("Steps");
        stepsTitle.getStyleClass().add(Styles.TEXT_BOLD);
        Label note = new Label("The target counts it once accepted; the current rating once it is implemented.");
        note.setWrapText(true);
        note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        form.getChildren().addAll(title, summary, facts, lowersTitle, lowers, note, stepsTitle, steps);
    }

    /** The selected item's details; every change is saved as it is made. */
    private void showForm(PlanItem item) {
        form.getChildren().clear();
        if (item == null) {
            Label none = new Label("Select a recommendation to see what it would lower, or an item of the plan to give "
                    + "it an owner, a due date and a status.");
            none.setWrapText(true);
            none.getStyleClass().add(Styles.TEXT_MUTED);
            form.getChildren().add(none);
            return;
        }
        Label title = new Label(item.title());
        title.getStyleClass().add(Styles.TITLE_4);
        title.setWrapText(true);
        Label risks = new Label("Addresses: " + model.riskNames(item.risks()));
        risks.setWrapText(true);
        risks.getStyleClass().add(Styles.TEXT_MUTED);

        TextField owner = new TextField(item.owner());
        owner.setId("plan-owner");
        owner.setPromptText("Who does it");
        DatePicker due = new DatePicker(item.due());
        due.setId("plan-due");
        due.setConverter(new DateInput(formats));
        due.setPromptText("Due date: " + formats.dateHint(model.today()));
        ComboBox<PlanItem.Priority> priority = choice("plan-priority", PlanItem.Priority.values(), item.priority(),
                PlanItem.Priority::label);
        ComboBox<PlanItem.Status> status = choice("plan-status", PlanItem.Status.values(), item.status(),
                PlanItem.Status::label);
        Spinner<Integer> lowersL = new Spinner<>(0, Mitigation.MAX_STRENGTH, item.reducesLikelihood());
        lowersL.setId("plan-lowers-likelihood");
        lowersL.setPrefWidth(80);
        Spinner<Integer> lowersI = new Spinner<>(0, Mitigation.MAX_STRENGTH, item.reducesImpact());
        lowersI.setId("plan-lowers-impact");
        lowersI.setPrefWidth(80);
        TextArea notes = new TextArea(item.notes());
        notes.setId("plan-notes");
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        notes.setPromptText("Notes");

        Runnable save = () -> {
            PlanItem current = model.selectedProperty().get();
            if (current == null || !current.id().equals(item.id())) {
                return;
            }
            int l = lowersL.getValue();
            int i = lowersI.getValue();
            PlanItem changed = current.withDetails(owner.getText(), due.getValue(), priority.getValue(),
                    status.getValue(), notes.getText()).withStrength(l + i == 0 ? current.reducesLikelihood() : l,
                    l + i == 0 ? current.reducesImpact() : i);
            if (!changed.equals(current)) {
                model.update(changed);
            }
        };
        owner.setOnAction(e -> save.run());
        owner.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                save.run();
            }
        });
        notes.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                save.run();
            }
        });
        due.valueProperty().addListener((obs, old, v) -> save.run());
        priority.valueProperty().addListener((obs, old, v) -> save.run());
        status.valueProperty().addListener((obs, old, v) -> save.run());
        lowersL.valueProperty().addListener((obs, old, v) -> save.run());
        lowersI.valueProperty().addListener((obs, old, v) -> save.run());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("Owner"), owner);
        grid.addRow(1, new Label("Due"), due);
        grid.addRow(2, new Label("Priority"), priority);
        grid.addRow(3, new Label("Status"), status);
        grid.addRow(4, new Label("Lowers likelihood"), lowersL);
        grid.addRow(5, new Label("Lowers impact"), lowersI);
        GridPane.setHgrow(owner, Priority.ALWAYS);
        Button remove = new Button("Remove from the plan");
        remove.setId("plan-remove");
        remove.getStyleClass().addAll(Styles.FLAT, Styles.DANGER);
        remove.setOnAction(e -> model.remove(item));
        form.getChildren().addAll(title, risks, grid, notes, remove);
        if (model.isOverdue(item)) {
            Label overdue = new Label("\u26a0 Overdue: due " + formats.date(item.due()) + " and not yet implemented.");
            overdue.getStyleClass().add("overdue");
            form.getChildren().add(2, overdue);
        }
    }

    private static <T> ComboBox<T> choice(String id, T[] values, T value, Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().addAll(values);
        box.setValue(value);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : label.apply(item);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        });
        return box;
    }

    private Node rejectedSection() {
        ListView<PlanItem> list = new ListView<>(model.rejected());
        list.setId("plan-rejected");
        list.setPrefHeight(110);
        list.setCellFactory(l -> new ListCell<>() {
            private final Label text = new Label();
            private final Button reconsider = new Button("Reconsider");

            {
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
        });
        TitledPane pane = new TitledPane();
        pane.textProperty().bind(Bindings.createStringBinding(() -> "Rejected (" + model.rejected().size()
                + ") \u2014 with the reasons", model.rejected()));
        pane.setContent(list);
        pane.setExpanded(!model.rejected().isEmpty());
        BorderPane.setMargin(pane, new Insets(10, 0, 0, 0));
        return pane;
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
        dialog.getDialogPane().setContent(new VBox(8, new Label("The reason stays in the plan and the report."),
                reason));
        ButtonType rejectButton = new ButtonType("Reject", Buttons.OK.getButtonData());
        dialog.getDialogPane().getButtonTypes().addAll(rejectButton, Buttons.CANCEL);
        Node ok = dialog.getDialogPane().lookupButton(rejectButton);
        ok.disableProperty().bind(reason.textProperty().isEmpty());
        dialog.setResultConverter(b -> b == rejectButton ? reason.getText() : null);
        dialog.setOnShown(e -> reason.requestFocus());
        dialog.showAndWait().ifPresent(text -> model.reject(recommendation, text));
    }

    private void addCustom() {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(getScene().getWindow());
        dialog.setTitle("Add your own measure");
        dialog.setHeaderText("A measure of your own, for the risks you choose");
        TextField title = new TextField();
        title.setId("custom-title");
        title.setPromptText("What will be done");
        ListView<RiskScore> risks = new ListView<>();
        risks.setId("custom-risks");
        risks.getItems().setAll(model.applicableRisks());
        risks.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        risks.setPrefHeight(180);
        risks.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(RiskScore item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.risk().name() + "  (" + item.residual().score() + " "
                        + item.residual().level().label() + ")");
            }
        });
        Spinner<Integer> lowersL = new Spinner<>(0, Mitigation.MAX_STRENGTH, 1);
        Spinner<Integer> lowersI = new Spinner<>(0, Mitigation.MAX_STRENGTH, 0);
        ComboBox<Mitigation.Effort> effort = choice("custom-effort", Mitigation.Effort.values(), Mitigation.Effort.M,
                e -> switch (e) {
                    case S -> "S \u2013 days";
                    case M -> "M \u2013 weeks";
                    case L -> "L \u2013 months";
                });
        Label problem = new Label();
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
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
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setPrefWidth(560);
        dialog.getDialogPane().getButtonTypes().addAll(Buttons.OK, Buttons.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(Buttons.OK);
        ok.setText("Add to the plan");
        ok.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            List<String> chosen = risks.getSelectionModel().getSelectedItems().stream().map(RiskScore::riskId)
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
}
