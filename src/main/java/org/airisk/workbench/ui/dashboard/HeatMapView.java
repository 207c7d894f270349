package org.airisk.workbench.ui.dashboard;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import org.airisk.workbench.charts.HeatMap;

/**
 * The heat map drawn with JavaFX: a cell per likelihood x impact pair in its level's colour, its count on it and
 * its risks in the tooltip. Clicking a cell selects it.
 */
final class HeatMapView extends GridPane {
    private static final double CELL = 52;
    private final ObjectProperty<HeatMap.Cell> selected = new SimpleObjectProperty<>();
    /** The cells by "likelihood-impact", for moving over the map with the arrow keys. */
    private final Map<String, StackPane> cells = new HashMap<>();

    HeatMapView(HeatMap map, Consumer<HeatMap.Cell> onClick) {
        setId("heat-map");
        setHgap(3);
        setVgap(3);
        setPadding(new Insets(4));
        int n = map.size();
        for (HeatMap.Cell c : map.cells()) {
            StackPane cell = new StackPane();
            cell.setId("heat-cell-" + c.likelihood() + "-" + c.impact());
            cell.getStyleClass().add("heat-cell");
            cell.setPrefSize(CELL, CELL);
            cell.setMinSize(CELL, CELL);
            cell.setStyle(
                    "-fx-background-color: " + c.colour() + "; -fx-opacity: " + (c.count() == 0 ? 0.35 : 1) + ";");
            Label count = new Label(c.count() == 0 ? "" : Integer.toString(c.count()));
            count.getStyleClass().add("heat-count");
            cell.getChildren().add(count);
            String says = "Likelihood " + c.likelihood() + ", impact " + c.impact() + " (" + c.level() + "): "
                    + c.count() + " risk(s)";
            Tooltip.install(cell, new Tooltip(says + (c.count() == 0 ? "" : "\n" + String.join("\n", c.riskNames()))));
            cell.setOnMouseClicked(e -> {
                cell.requestFocus();
                selected.set(c);
                onClick.accept(c);
            });
            // By keyboard too: Tab reaches the map, the arrows move over it, Enter or Space lists a cell's risks.
            cell.setFocusTraversable(true);
            cell.setAccessibleRole(AccessibleRole.BUTTON);
            cell.setAccessibleText(says);
            cells.put(c.likelihood() + "-" + c.impact(), cell);
            cell.setOnKeyPressed(e -> {
                switch (e.getCode()) {
                    case ENTER, SPACE -> {
                        selected.set(c);
                        onClick.accept(c);
                    }
                    case UP -> focus(c.likelihood() + 1, c.impact());
                    case DOWN -> focus(c.likelihood() - 1, c.impact());
                    case LEFT -> focus(c.likelihood(), c.impact() - 1);
                    case RIGHT -> focus(c.likelihood(), c.impact() + 1);
                    default -> {
                        return;
                    }
                }
                e.consume();
            });
            add(cell, c.impact(), n - c.likelihood() + 1);
        }
        for (int i = 1; i <= n; i++) {
            add(axis(Integer.toString(i)), i, n + 1);
            add(axis(Integer.toString(i)), 0, n - i + 1);
        }
        add(axis("Impact \u2192"), 1, n + 2, n, 1);
        Label likelihood = axis("Likelihood \u2191");
        likelihood.setAlignment(Pos.CENTER_LEFT);
        add(likelihood, 0, 0, n + 1, 1);
    }

    private void focus(int likelihood, int impact) {
        StackPane cell = cells.get(likelihood + "-" + impact);
        if (cell != null) {
            cell.requestFocus();
        }
    }

    private static Label axis(String text) {
        Label label = new Label(text);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setAlignment(Pos.CENTER);
        label.getStyleClass().add("chart-axis");
        return label;
    }

    ObjectProperty<HeatMap.Cell> selectedProperty() {
        return selected;
    }
}
