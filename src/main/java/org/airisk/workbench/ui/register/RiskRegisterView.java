package org.airisk.workbench.ui.register;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.Property;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.airisk.workbench.catalog.Pillar;
import org.airisk.workbench.catalog.RiskCategory;
import org.airisk.workbench.scoring.RiskScore;
import org.airisk.workbench.ui.FilterBox;
import org.airisk.workbench.ui.FocusScrolling;
import org.airisk.workbench.ui.Tables;

/**
 * The risk register: applicable risks with inherent and residual ratings, the explanation of the selected one
 * beside them (every answer that moved it, every control that lowers it), override editing, and the risks left
 * out with their reasons.
 */
public final class RiskRegisterView extends BorderPane {
    private final RiskRegisterViewModel model;
    private final TableView<RiskScore> table = new TableView<>();
    private final RiskExplanation detail;
    private final TextField search = new TextField();

    public RiskRegisterView(RiskRegisterViewModel model, Consumer<String> goToQuestion) {
        this.model = model;
        this.detail = new RiskExplanation(model, goToQuestion);
        setId("risk-register");
        setPadding(new Insets(12, 20, 12, 20));
        setTop(header());
        SplitPane split = new SplitPane(table(), detailPane());
        split.setDividerPositions(0.64);
        setCenter(split);
        setBottom(LeftOutRisks.pane(model));
        model.selectedProperty().addListener((obs, old, risk) -> showDetail(risk));
        model.session()
                .registerProperty()
                .addListener(
                        (obs, old, now) -> showDetail(model.selectedProperty().get()));
        if (!model.shownRisks().isEmpty()) {
            model.selectedProperty().set(model.shownRisks().get(0));
        }
        showDetail(model.selectedProperty().get());
    }

    public void focusSearch() {
        search.requestFocus();
    }

    private Node header() {
        HBox facts = new HBox(12, summary(), new EuAiActTag(model));
        facts.setAlignment(Pos.CENTER_LEFT);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ComboBox<String> level = filterBox(
                FilterBox.create("register-filter-level", "All levels", s -> s),
                model.levelNames(),
                model.levelProperty());
        ComboBox<RiskCategory> category = filterBox(
                FilterBox.create("register-filter-category", "All categories", RiskCategory::label),
                List.of(RiskCategory.values()),
                model.categoryProperty());
        ComboBox<Pillar> pillar = filterBox(
                FilterBox.create("register-filter-pillar", "All pillars", Pillar::label),
                List.of(Pillar.values()),
                model.pillarProperty());
        HBox filters = new HBox(
                8,
                searchField(),
                level,
                category,
                pillar,
                uncertainOnly(),
                spacer,
                methodLabel(),
                new RescoreButton(model));
        filters.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(8, facts, filters);
        header.setPadding(new Insets(0, 0, 10, 0));
        return header;
    }

    private Label summary() {
        Label summary = new Label();
        summary.setId("register-summary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.textProperty().bind(model.summaryProperty());
        return summary;
    }

    /** The scoring method the register is scored with; the tooltip describes it. */
    private Label methodLabel() {
        Label method = new Label();
        method.getStyleClass().add(Styles.TEXT_MUTED);
        method.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.session().method().summary(),
                        model.session().methodProperty()));
        method.setMinWidth(Region.USE_PREF_SIZE);
        Tooltip methodDetail = new Tooltip();
        methodDetail
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.session().method().describe(),
                        model.session().methodProperty()));
        method.setTooltip(methodDetail);
        return method;
    }

    private TextField searchField() {
        search.setId("register-search");
        search.setPromptText("Search risks (Ctrl+F)");
        search.setPrefColumnCount(14);
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
            }
        });
        return search;
    }

    private static <T> ComboBox<T> filterBox(ComboBox<T> box, List<T> choices, Property<T> filter) {
        box.getItems().addAll(choices);
        box.valueProperty().bindBidirectional(filter);
        box.setPrefWidth(145);
        return box;
    }

    private CheckBox uncertainOnly() {
        CheckBox uncertain = new CheckBox("Rests on open answers");
        uncertain.setId("register-filter-uncertain");
        uncertain.setTooltip(new Tooltip("Only the risks whose score assumes the worse answer to a question left "
                + "unanswered or answered \u201cnot sure\u201d"));
        uncertain.selectedProperty().bindBidirectional(model.uncertainOnlyProperty());
        uncertain.setMinWidth(Region.USE_PREF_SIZE);
        return uncertain;
    }

    private Node table() {
        table.setId("register-table");
        table.setItems(model.shownRisks());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Tables.textColumn("Risk", 210, s -> s.risk().name()));
        table.getColumns()
                .add(Tables.textColumn("Category", 88, s -> s.risk().category().label()));
        table.getColumns().add(new RatingColumn("Inherent", RiskScore::inherent, true, true));
        table.getColumns().add(new RatingColumn("Residual now", RiskScore::residual, false, false));
        table.getColumns().add(new RatingColumn("Target", RiskScore::target, false, true));
        TableColumn<RiskScore, String> flag = Tables.textColumn("", 30, s -> s.raisedByAssumptions() ? "\u26a0" : "");
        flag.setId("register-assumed");
        Label flagHeader = new Label("\u26a0");
        flagHeader.setTooltip(new Tooltip("Rating raised by worst-case assumptions for "
                + "unanswered questions; the order follows the answers given"));
        flag.setGraphic(flagHeader);
        flag.setSortable(false);
        table.getColumns().add(flag);
        Label empty = new Label();
        empty.setWrapText(true);
        empty.setMaxWidth(420);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> {
                            var register = model.session().registerProperty().get();
                            return register.applicable().isEmpty()
                                            && register.notApplicable().isEmpty()
                                    ? "This questionnaire asks nothing that rates a risk. Start a foundation-model or AI agent "
                                            + "assessment for a risk register."
                                    : "No applicable risk matches these filters. Clear the filters to see all.";
                        },
                        model.session().registerProperty()));
        table.setPlaceholder(new StackPane(empty));
        Tables.bindSelection(table, model.selectedProperty());
        return table;
    }

    private Node detailPane() {
        ScrollPane scroll = new ScrollPane(detail);
        scroll.setFitToWidth(true);
        FocusScrolling.follow(scroll, detail);
        return scroll;
    }

    private void showDetail(RiskScore risk) {
        detail.show(risk);
    }
}
