package org.airisk.workbench.ui.dashboard;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.airisk.workbench.charts.HeatMap;
import org.airisk.workbench.charts.Radar;
import org.airisk.workbench.charts.StackedBars;
import org.airisk.workbench.scoring.RiskScore;

/**
 * The assessment at a glance: key figures, the heat map (inherent or residual; a cell lists its risks and opens
 * one in the register), risk by pillar, risks by category, the plan's progress and the questionnaire's completion.
 * Every chart can be shown as a table and follows answers and plan changes as they happen.
 */
public final class DashboardView extends ScrollPane {
    private final DashboardViewModel model;
    private final Consumer<String> openRisk;
    private final FlowPane figures = new FlowPane(10, 10);
    private final ChartCard heatCard;
    private final ChartCard radarCard =
            new ChartCard("radar-card", "Risk by pillar: mean score, inherent and residual");
    private final ChartCard categoryCard = new ChartCard("category-card", "Risks by category and level");
    private final ChartCard planCard = new ChartCard("plan-card", "Mitigation plan by status and effort");
    private final ChartCard completionCard = new ChartCard("completion-card", "Completion: required questions");
    private final ListView<RiskScore> cellList = new ListView<>();
    private final Label cellTitle = new Label("Click a cell to list its risks.");

    public DashboardView(DashboardViewModel model, Consumer<String> openRisk) {
        this.model = model;
        this.openRisk = openRisk;
        setId("dashboard");
        setFitToWidth(true);
        heatCard = new ChartCard("heat-card", "Heat map", inherentOrResidual());
        figures.setId("dashboard-figures");
        HBox heatRow = new HBox(16, heatCard, cellPane());
        HBox.setHgrow(heatCard, Priority.NEVER);
        HBox middle = new HBox(16, radarCard, categoryCard);
        HBox.setHgrow(categoryCard, Priority.ALWAYS);
        HBox bottom = new HBox(16, planCard, completionCard);
        HBox.setHgrow(planCard, Priority.ALWAYS);
        HBox.setHgrow(completionCard, Priority.ALWAYS);
        planCard.setPrefWidth(420);
        completionCard.setPrefWidth(420);
        VBox content = new VBox(18, figures, new HBox(24, heatRow, highestPane()), middle, bottom);
        content.setPadding(new Insets(16, 20, 20, 20));
        setContent(content);
        followModel();
    }

    /** The heat map's two pills: inherent or residual, one of them always chosen. */
    private HBox inherentOrResidual() {
        ToggleGroup which = new ToggleGroup();
        ToggleButton inherent = new ToggleButton("Inherent");
        inherent.setId("heat-inherent");
        ToggleButton residual = new ToggleButton("Residual");
        residual.setId("heat-residual");
        for (ToggleButton b : new ToggleButton[] {inherent, residual}) {
            b.setToggleGroup(which);
            b.getStyleClass().add(Styles.SMALL);
        }
        inherent.getStyleClass().add(Styles.LEFT_PILL);
        residual.getStyleClass().add(Styles.RIGHT_PILL);
        residual.setSelected(model.residualProperty().get());
        inherent.setSelected(!model.residualProperty().get());
        which.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one of the two stays chosen
            } else {
                model.residualProperty().set(now == residual);
            }
        });
        for (ToggleButton b : new ToggleButton[] {inherent, residual}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        return new HBox(inherent, residual);
    }

    /** Beside the heat map: the risks of the clicked cell. */
    private VBox cellPane() {
        cellTitle.setId("heat-cell-title");
        cellTitle.setWrapText(true);
        cellList.setItems(model.cellRisks());
        riskList(cellList, "heat-cell-risks", 260, s -> s.risk().name());
        Label hint = new Label("Double-click or Enter opens a risk in the register.");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        VBox cellPane = new VBox(6, cellTitle, cellList, hint);
        cellPane.setPrefWidth(270);
        return cellPane;
    }

    /** Draws every chart now and again whenever its figures change. */
    private void followModel() {
        model.heatMapProperty().addListener((obs, old, now) -> drawHeatMap());
        model.radarProperty().addListener((obs, old, now) -> drawRadar());
        model.categoriesProperty().addListener((obs, old, now) -> drawBars(categoryCard, now));
        model.planProperty().addListener((obs, old, now) -> drawBars(planCard, now));
        model.completionProperty().addListener((obs, old, now) -> drawBars(completionCard, now));
        model.figures().addListener((ListChangeListener<DashboardViewModel.Figure>) c -> drawFigures());
        model.selectedCellProperty().addListener((obs, old, cell) -> describeCell(cell));
        drawFigures();
        drawHeatMap();
        drawRadar();
        drawBars(categoryCard, model.categoriesProperty().get());
        drawBars(planCard, model.planProperty().get());
        drawBars(completionCard, model.completionProperty().get());
    }

    private Node highestPane() {
        Label title = new Label("Top risks, in the register's order");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        ListView<RiskScore> list = new ListView<>(model.highest());
        riskList(
                list,
                "dashboard-highest",
                380,
                s -> s.residual().score() + " " + s.residual().level().label() + "  \u2014  "
                        + s.risk().name());
        return new VBox(6, title, list);
    }

    /** A list of risks that opens the chosen one in the register on double-click or Enter. */
    private void riskList(ListView<RiskScore> list, String id, double width, Function<RiskScore, String> text) {
        list.setId(id);
        list.setPrefHeight(220);
        list.setPrefWidth(width);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(RiskScore item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
        Runnable open = () -> {
            RiskScore risk = list.getSelectionModel().getSelectedItem();
            if (risk != null) {
                openRisk.accept(risk.riskId());
            }
        };
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                open.run();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open.run();
            }
        });
    }

    private void describeCell(HeatMap.Cell cell) {
        cellTitle.setText(
                cell == null
                        ? "Click a cell to list its risks."
                        : "Likelihood " + cell.likelihood() + ", impact " + cell.impact() + " (" + cell.level() + "): "
                                + cell.count() + (cell.count() == 1 ? " risk" : " risks"));
    }

    private void drawFigures() {
        List<Node> boxes = new ArrayList<>();
        for (DashboardViewModel.Figure f : model.figures()) {
            Label value = new Label(f.value());
            value.getStyleClass().add(f.value().length() > 4 ? Styles.TEXT_BOLD : Styles.TITLE_2);
            value.setWrapText(true);
            value.setMaxWidth(300);
            Label label = new Label(f.label());
            label.getStyleClass().add(Styles.TEXT_MUTED);
            VBox box = new VBox(2, value, label);
            box.getStyleClass().add("figure");
            box.setAlignment(Pos.CENTER_LEFT);
            if (!f.colour().isEmpty()) {
                box.setStyle("-fx-border-color: " + f.colour() + "; -fx-border-width: 0 0 0 6;");
            }
            boxes.add(box);
        }
        figures.getChildren().setAll(boxes);
    }

    private void drawHeatMap() {
        HeatMap map = model.heatMapProperty().get();
        HeatMapView view = new HeatMapView(map, model.selectedCellProperty()::set);
        heatCard.set(
                view,
                () -> new ChartCard.Table(
                        List.of("Likelihood", "Impact", "Level", "Risks", "Names"),
                        map.cells().stream()
                                .filter(c -> c.count() > 0)
                                .map(c -> List.of(
                                        Integer.toString(c.likelihood()),
                                        Integer.toString(c.impact()),
                                        c.level(),
                                        Integer.toString(c.count()),
                                        String.join(", ", c.riskNames())))
                                .toList()));
        describeCell(model.selectedCellProperty().get());
    }

    private void drawRadar() {
        Radar radar = model.radarProperty().get();
        HBox legend = new HBox(14);
        legend.setAlignment(Pos.CENTER);
        for (Radar.Series series : radar.series()) {
            Rectangle swatch = new Rectangle(12, 12, Color.web(series.colour()));
            Label name = new Label(series.name(), swatch);
            legend.getChildren().add(name);
        }
        radarCard.set(new VBox(4, new RadarView(radar), legend), () -> {
            List<List<String>> rows = new ArrayList<>();
            for (int a = 0; a < radar.axes().size(); a++) {
                rows.add(List.of(
                        radar.axes().get(a),
                        Integer.toString(radar.risksPerAxis().get(a)),
                        radar.scoreText(radar.series().get(0).values().get(a)),
                        radar.scoreText(radar.series().get(1).values().get(a))));
            }
            return new ChartCard.Table(List.of("Pillar", "Risks", "Inherent mean", "Residual mean"), rows);
        });
    }

    private static void drawBars(ChartCard card, StackedBars bars) {
        Node chart;
        if (bars.max() == 0) {
            Label empty = new Label("Nothing to show yet: "
                    + (bars.labels().isEmpty()
                            ? "no section is shown."
                            : "no " + bars.valueAxis().toLowerCase(Locale.ROOT) + " counted."));
            empty.getStyleClass().add(Styles.TEXT_MUTED);
            empty.setId(card.getId() + "-empty");
            chart = new StackPane(empty);
            ((StackPane) chart).setMinHeight(120);
        } else {
            chart = BarsView.of(bars);
        }
        card.set(chart, () -> {
            List<String> headers = new ArrayList<>();
            headers.add("");
            headers.addAll(bars.series());
            headers.add("Total");
            List<List<String>> rows = new ArrayList<>();
            for (int b = 0; b < bars.labels().size(); b++) {
                List<String> row = new ArrayList<>();
                row.add(bars.labels().get(b));
                bars.values().get(b).forEach(v -> row.add(Integer.toString(v)));
                row.add(Integer.toString(bars.total(b)));
                rows.add(row);
            }
            return new ChartCard.Table(headers, rows);
        });
    }
}
