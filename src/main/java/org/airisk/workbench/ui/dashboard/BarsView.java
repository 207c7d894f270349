package org.airisk.workbench.ui.dashboard;

import javafx.application.Platform;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import org.airisk.workbench.charts.StackedBars;

/** Stacked bars with JavaFX's chart, coloured from the model so the legend and the report agree. */
public final class BarsView {
    private BarsView() {}

    public static StackedBarChart<Number, String> of(StackedBars bars) {
        NumberAxis values = new NumberAxis();
        values.setLabel(bars.valueAxis());
        values.setMinorTickVisible(false);
        values.setTickUnit(1);
        values.setAutoRanging(false);
        values.setLowerBound(0);
        double unit = Math.max(1, Math.ceil(bars.max() / 8.0));
        values.setTickUnit(unit);
        values.setUpperBound(Math.max(1, Math.ceil(bars.max() / unit) * unit));
        CategoryAxis labels = new CategoryAxis();
        StackedBarChart<Number, String> chart = new StackedBarChart<>(values, labels);
        chart.setAnimated(false);
        chart.setCategoryGap(6);
        chart.setPrefHeight(Math.max(180, 42 * bars.labels().size() + 90));
        chart.setMinHeight(chart.getPrefHeight());
        for (int s = 0; s < bars.series().size(); s++) {
            XYChart.Series<Number, String> series = new XYChart.Series<>();
            series.setName(bars.series().get(s));
            for (int b = bars.labels().size() - 1; b >= 0; b--) {
                series.getData()
                        .add(new XYChart.Data<>(
                                bars.values().get(b).get(s), bars.labels().get(b)));
            }
            chart.getData().add(series);
        }
        // Colours from the model: the bars, and the legend's symbols in the same order.
        for (int s = 0; s < chart.getData().size(); s++) {
            String colour = bars.colours().get(s);
            String name = bars.series().get(s);
            for (XYChart.Data<Number, String> d : chart.getData().get(s).getData()) {
                if (d.getNode() != null) {
                    d.getNode().setStyle("-fx-bar-fill: " + colour + ";");
                    Tooltip.install(d.getNode(), new Tooltip(d.getYValue() + ", " + name + ": " + d.getXValue()));
                }
            }
        }
        chart.sceneProperty().addListener((obs, old, scene) -> Platform.runLater(() -> colourLegend(chart, bars)));
        return chart;
    }

    /** The legend's symbols exist once the chart is laid out; they take the model's colours in series order. */
    private static void colourLegend(StackedBarChart<Number, String> chart, StackedBars bars) {
        int index = 0;
        for (var node : chart.lookupAll(".chart-legend-item-symbol")) {
            if (index < bars.colours().size()) {
                node.setStyle("-fx-background-color: " + bars.colours().get(index++) + ";");
            }
        }
    }
}
