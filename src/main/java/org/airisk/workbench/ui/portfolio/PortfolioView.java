package org.airisk.workbench.ui.portfolio;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.airisk.workbench.assessment.AssessmentStatus;
import org.airisk.workbench.charts.StackedBars;
import org.airisk.workbench.format.UserFormats;
import org.airisk.workbench.portfolio.PortfolioSnapshot;
import org.airisk.workbench.review.ReviewStage;
import org.airisk.workbench.ui.Buttons;
import org.airisk.workbench.ui.DateInput;
import org.airisk.workbench.ui.FilterBox;
import org.airisk.workbench.ui.Tables;
import org.airisk.workbench.ui.dashboard.BarsView;
import org.airisk.workbench.ui.dashboard.ChartCard;

/**
 * All saved assessments at a glance: counts by status and by highest residual level, the risks most often above
 * appetite, and overdue plan items across assessments (double-click opens one), filtered by owner, status and date.
 */
public final class PortfolioView extends VBox {
    private final PortfolioViewModel model;
    private final ChartCard statusCard = new ChartCard("portfolio-status", "Assessments by status");
    private final ChartCard levelCard = new ChartCard("portfolio-levels", "Assessments by highest residual level");
    private final TableView<PortfolioSnapshot.RiskCount> frequent = new TableView<>();
    private final TableView<PortfolioSnapshot.OverdueItem> overdue = new TableView<>();
    private final Label overdueTitle = new Label();
    private final UserFormats formats;

    public PortfolioView(PortfolioViewModel model, UserFormats formats, Runnable back, Consumer<UUID> openAssessment) {
        this.model = model;
        this.formats = formats;
        setId("portfolio");
        setSpacing(12);
        setPadding(new Insets(16, 20, 12, 20));
        getChildren().addAll(header(back), filters());
        frequent.setId("portfolio-frequent");
        frequent.getColumns().add(Tables.textColumn("Risk", 260, r -> model.riskName(r.riskId())));
        frequent.getColumns().add(Tables.textColumn("Assessments", 110, r -> Integer.toString(r.assessments())));
        frequent.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        frequent.setPlaceholder(muted("No risk is above appetite in these assessments."));
        overdue.setId("portfolio-overdue");
        overdue.getColumns().add(Tables.textColumn("Due", 105, i -> formats.date(i.due())));
        overdue.getColumns().add(Tables.textColumn("Assessment", 220, PortfolioSnapshot.OverdueItem::assessmentTitle));
        overdue.getColumns().add(Tables.textColumn("Plan item", 240, PortfolioSnapshot.OverdueItem::item));
        overdue.getColumns().add(Tables.textColumn("Owner", 110, PortfolioSnapshot.OverdueItem::owner));
        overdue.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        overdue.setPlaceholder(muted("Nothing overdue."));
        Runnable openSelected = () -> {
            if (overdue.getSelectionModel().getSelectedItem() != null) {
                openAssessment.accept(
                        overdue.getSelectionModel().getSelectedItem().assessmentId());
            }
        };
        overdue.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected.run();
            }
        });
        overdue.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected.run();
            }
        });
        overdueTitle.getStyleClass().add(Styles.TEXT_BOLD);
        Label frequentTitle = new Label("Risks most often above appetite");
        frequentTitle.getStyleClass().add(Styles.TEXT_BOLD);
        frequent.setPrefHeight(300);
        overdue.setPrefHeight(300);
        VBox left = new VBox(6, frequentTitle, frequent);
        VBox right = new VBox(6, overdueTitle, overdue);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        left.setPrefWidth(440);
        right.setPrefWidth(640);
        HBox charts = new HBox(16, statusCard, levelCard);
        HBox.setHgrow(statusCard, Priority.ALWAYS);
        HBox.setHgrow(levelCard, Priority.ALWAYS);
        statusCard.setPrefWidth(500);
        levelCard.setPrefWidth(500);
        VBox content = new VBox(16, charts, new HBox(16, left, right));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().add(scroll);
        model.snapshotProperty().addListener((obs, old, now) -> show(now));
        show(model.snapshotProperty().get());
    }

    private Node header(Runnable back) {
        Button library = Buttons.hint(new Button("\u2190 Assessments"), "Back to the assessment library", "Shortcut+L");
        library.setId("portfolio-back");
        library.getStyleClass().add(Styles.FLAT);
        library.setOnAction(e -> back.run());
        Label title = new Label("Portfolio");
        title.getStyleClass().add(Styles.TITLE_2);
        Label summary = new Label();
        summary.setId("portfolio-summary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.textProperty().bind(model.summaryProperty());
        HBox top = new HBox(12, library, new VBox(2, title, summary));
        top.setAlignment(Pos.CENTER_LEFT);
        return top;
    }

    private Node filters() {
        ComboBox<String> owner = FilterBox.create("portfolio-owner", "All owners", s -> s);
        ListChangeListener<String> owners = c -> {
            String keep = owner.getValue();
            List<String> items = new ArrayList<>();
            items.add(null);
            items.addAll(model.owners());
            owner.getItems().setAll(items);
            owner.setValue(keep);
        };
        model.owners().addListener(owners);
        owner.valueProperty().addListener((obs, old, v) -> model.ownerProperty().set(v == null ? "" : v));
        model.ownerProperty().addListener((obs, old, v) -> owner.setValue(v == null || v.isEmpty() ? null : v));
        ComboBox<AssessmentStatus> status =
                FilterBox.create("portfolio-status-filter", "Any status", AssessmentStatus::label);
        status.getItems().addAll(AssessmentStatus.values());
        status.valueProperty().bindBidirectional(model.statusProperty());
        ComboBox<ReviewStage> review =
                FilterBox.create("portfolio-review-filter", "Any review stage", ReviewStage::label);
        review.getItems().addAll(ReviewStage.values());
        review.valueProperty().bindBidirectional(model.reviewStageProperty());
        DatePicker from = new DatePicker();
        from.setId("portfolio-from");
        from.setConverter(new DateInput(formats));
        from.setPromptText("Changed from");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("portfolio-to");
        to.setConverter(new DateInput(formats));
        to.setPromptText("Changed until");
        to.valueProperty().bindBidirectional(model.toProperty());
        for (Region r : new Region[] {owner, status, review, from, to}) {
            r.setPrefWidth(160);
        }
        review.setPrefWidth(190); // "Any review stage" in full
        Button clear = new Button("Clear filters");
        clear.getStyleClass().add(Styles.FLAT);
        clear.setOnAction(e -> model.clearFilters());
        Label problem = new Label();
        problem.setId("portfolio-problem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(model.problemProperty());
        HBox row = new HBox(8, owner, status, review, from, to, clear, problem);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void show(PortfolioSnapshot snapshot) {
        draw(statusCard, model.statusBars(), true);
        draw(levelCard, model.levelBars(), false);
        if (snapshot == null) {
            return;
        }
        frequent.getItems().setAll(snapshot.frequentRisks());
        overdue.getItems().setAll(snapshot.overdue());
        overdueTitle.setText("Overdue plan items: " + snapshot.overdueTotal()
                + (snapshot.overdueTotal() > snapshot.overdue().size()
                        ? " (the " + snapshot.overdue().size() + " longest overdue shown)"
                        : "")
                + " \u2014 double-click or Enter opens the assessment");
    }

    private static void draw(ChartCard card, StackedBars bars, boolean legend) {
        StackedBarChart<Number, String> chart = BarsView.of(bars);
        chart.setLegendVisible(legend && bars.series().size() > 1);
        chart.setPrefHeight(Math.max(200, 40 * bars.labels().size() + 70));
        card.set(chart, () -> {
            List<List<String>> rows = new ArrayList<>();
            for (int b = 0; b < bars.labels().size(); b++) {
                rows.add(List.of(bars.labels().get(b), Integer.toString(bars.total(b))));
            }
            return new ChartCard.Table(List.of("", bars.valueAxis()), rows);
        });
    }

    private static StackPane muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return new StackPane(label);
    }
}
