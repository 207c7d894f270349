package org.airisk.workbench.ui.risks;

import atlantafx.base.theme.Styles;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.airisk.workbench.catalog.FrameworkReferences.FrameworkReference;
import org.airisk.workbench.catalog.Mitigation;
import org.airisk.workbench.catalog.Pillar;
import org.airisk.workbench.catalog.Risk;
import org.airisk.workbench.catalog.RiskCatalog;
import org.airisk.workbench.catalog.RiskCategory;
import org.airisk.workbench.ui.Buttons;
import org.airisk.workbench.ui.FilterBox;
import org.airisk.workbench.ui.Tables;

/** The Risk Library screen: search and filters over the catalog, a table, and the selected risk in full. */
public final class RiskLibraryView extends BorderPane {
    private final RiskLibraryViewModel model;
    private final TextField search = new TextField();
    private final TableView<Risk> table = new TableView<>();
    private final VBox detail = new VBox(12);

    public RiskLibraryView(RiskLibraryViewModel model, Runnable back) {
        this.model = model;
        setPadding(new Insets(16, 20, 12, 20));
        setTop(header(back));
        SplitPane split = new SplitPane(table(), detailPane());
        split.setDividerPositions(0.45);
        setCenter(split);
        model.selectedProperty().addListener((obs, old, risk) -> showDetail(risk));
        if (!model.shownRisks().isEmpty()) {
            model.selectedProperty().set(model.shownRisks().get(0));
        }
        showDetail(model.selectedProperty().get());
    }

    private Node header(Runnable back) {
        Button library = Buttons.hint(new Button("\u2190 Assessments"), "Back to the assessment library", "Shortcut+L");
        library.setId("risks-back");
        library.getStyleClass().add(Styles.FLAT);
        library.setOnAction(e -> back.run());
        Label title = new Label("Risk library");
        title.getStyleClass().add(Styles.TITLE_2);
        Label count = new Label();
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.shownRisks().size() == model.totalCount()
                                ? model.totalCount() + " risks"
                                : model.shownRisks().size() + " of " + model.totalCount() + " risks match",
                        model.shownRisks()));
        search.setId("risk-search");
        search.setPromptText("Search name, id, description (Ctrl+F)");
        search.setPrefColumnCount(28);
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(12, library, new VBox(2, title, count), spacer, search);
        top.setAlignment(Pos.CENTER_LEFT);

        ComboBox<RiskCategory> category =
                FilterBox.create("risk-filter-category", "All categories", RiskCategory::label);
        category.getItems().addAll(RiskCategory.values());
        category.valueProperty().bindBidirectional(model.categoryProperty());
        ComboBox<String> group = FilterBox.create("risk-filter-group", "All groups", RiskCatalog::groupLabel);
        group.getItems().addAll(model.groups());
        group.valueProperty().bindBidirectional(model.groupProperty());
        ComboBox<Pillar> pillar = FilterBox.create("risk-filter-pillar", "All pillars", Pillar::label);
        pillar.getItems().addAll(Pillar.values());
        pillar.valueProperty().bindBidirectional(model.pillarProperty());
        ComboBox<FrameworkReference> framework =
                FilterBox.create("risk-filter-framework", "Any framework entry", model::label);
        framework.getItems().addAll(model.frameworkReferences());
        framework.valueProperty().bindBidirectional(model.referenceProperty());
        framework.setPrefWidth(280);
        Button clear = new Button("Clear filters");
        clear.getStyleClass().add(Styles.FLAT);
        clear.setOnAction(e -> model.clearFilters());
        HBox filters = new HBox(8, category, group, pillar, framework, clear);
        filters.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(12, top, filters);
        header.setPadding(new Insets(0, 0, 12, 0));
        return header;
    }

    private Node table() {
        table.setId("risk-table");
        table.setItems(model.shownRisks());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Tables.textColumn("Risk", 220, Risk::name));
        table.getColumns()
                .add(Tables.textColumn("Category", 110, r -> r.category().label()));
        table.getColumns().add(Tables.textColumn("Group", 160, Risk::groupLabel));
        Label empty = new Label("No risk matches these filters. Clear filters to see all.");
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        table.setPlaceholder(new StackPane(empty));
        Tables.bindSelection(table, model.selectedProperty());
        return table;
    }

    private Node detailPane() {
        detail.setId("risk-detail");
        detail.setPadding(new Insets(4, 16, 16, 16));
        ScrollPane scroll = new ScrollPane(detail);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private void showDetail(Risk risk) {
        detail.getChildren().clear();
        if (risk == null) {
            Label none = new Label("Select a risk to see what it is, how it goes wrong, and what to do about it.");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            none.setWrapText(true);
            detail.getChildren().add(none);
            return;
        }
        Label name = new Label(risk.name());
        name.getStyleClass().add(Styles.TITLE_3);
        name.setId("risk-detail-name");
        Label facts = muted(risk.id() + "  \u00b7  " + risk.category().label() + "  \u00b7  " + risk.groupLabel()
                + "  \u00b7  " + risk.origin().label());
        FlowPane pillars = new FlowPane(6, 6);
        risk.pillars().stream().sorted().forEach(p -> {
            Label tag = new Label(p.label());
            tag.getStyleClass().addAll("tag", Styles.TEXT_SMALL);
            pillars.getChildren().add(tag);
        });
        detail.getChildren().addAll(name, facts, pillars, paragraph(risk.description()));
        heading("How it goes wrong");
        detail.getChildren().add(paragraph(risk.example()));
        if (!risk.harms().isEmpty()) {
            detail.getChildren().add(muted("Harms: " + String.join(", ", risk.harms())));
        }

        heading("Framework references");
        if (risk.references().all().isEmpty()) {
            detail.getChildren().add(muted("No mapping to the frameworks we track."));
        }
        risk.references().all().forEach(ref -> detail.getChildren().add(paragraph("\u2022 " + model.label(ref))));

        var questions = model.questionsAbout(risk);
        heading("Questions that ask about it (" + questions.size() + ")");
        if (questions.isEmpty()) {
            detail.getChildren().add(muted("No built-in question asks about this risk yet."));
        }
        questions.forEach(q -> detail.getChildren().add(paragraph("\u2022 " + q)));

        var mitigations = model.mitigationsFor(risk);
        heading("Mitigations (" + mitigations.size() + ")");
        VBox list = new VBox(8);
        list.setId("risk-detail-mitigations");
        for (Mitigation m : mitigations) {
            Label title = new Label(m.title());
            title.getStyleClass().add(Styles.TEXT_BOLD);
            title.setWrapText(true);
            Label meta = muted(label(m.type()) + " \u00b7 " + label(m.stage()) + " \u00b7 effort " + m.effort()
                    + " \u00b7 lowers likelihood " + m.reducesLikelihood() + "/3, impact " + m.reducesImpact() + "/3");
            list.getChildren().add(new VBox(2, title, paragraph(m.summary()), meta));
        }
        detail.getChildren().add(list);
    }

    private static String label(Enum<?> value) {
        String text = value.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private void heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add(Styles.TITLE_4);
        VBox.setMargin(heading, new Insets(8, 0, 0, 0));
        detail.getChildren().add(heading);
    }

    private static Label paragraph(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    private static Label muted(String text) {
        Label label = paragraph(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }
}
