package org.airisk.workbench.ui.dashboard;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import org.airisk.workbench.charts.Radar;
import org.airisk.workbench.charts.SvgCharts;

/** The pillar radar drawn with JavaFX shapes, from the same geometry as its SVG. */
final class RadarView extends Pane {
    private static final double SIZE = 340;
    private static final double R = 110;

    RadarView(Radar radar) {
        setId("radar");
        setPrefSize(SIZE + 120, SIZE);
        setMinSize(SIZE + 120, SIZE);
        double cx = (SIZE + 120) / 2;
        double cy = SIZE / 2;
        int axes = radar.axes().size();
        for (double ring : new double[] {0.25, 0.5, 0.75, 1.0}) {
            Polygon grid = new Polygon(points(cx, cy, ring, axes, null));
            grid.setFill(Color.TRANSPARENT);
            grid.getStyleClass().add("radar-grid");
            getChildren().add(grid);
        }
        for (int a = 0; a < axes; a++) {
            double[] end = SvgCharts.point(cx, cy, R, 1, a, axes);
            Line line = new Line(cx, cy, end[0], end[1]);
            line.getStyleClass().add("radar-grid");
            getChildren().add(line);
            double[] at = SvgCharts.point(cx, cy, R + 16, 1, a, axes);
            Label label =
                    new Label(radar.axes().get(a) + " (" + radar.risksPerAxis().get(a) + ")");
            label.getStyleClass().add("chart-axis");
            // Placed from its real width once styled: measured before it is in a scene, the theme's font is not
            // applied yet, and a label left of the chart ran into it ("Governance (29)").
            double anchor = Math.abs(at[0] - cx) < 5 ? 0.5 : at[0] < cx ? 1 : 0;
            label.layoutXProperty()
                    .bind(Bindings.createDoubleBinding(() -> at[0] - anchor * label.getWidth(), label.widthProperty()));
            label.setLayoutY(at[1] - 9);
            getChildren().add(label);
        }
        for (Radar.Series s : radar.series()) {
            Color colour = Color.web(s.colour());
            Polygon shape = new Polygon(points(cx, cy, 0, axes, s.values()));
            shape.setFill(colour.deriveColor(0, 1, 1, 0.25));
            shape.setStroke(colour);
            shape.setStrokeWidth(2);
            shape.getStyleClass().add("radar-series");
            getChildren().add(shape);
            for (int a = 0; a < axes; a++) {
                double[] p = SvgCharts.point(cx, cy, R, s.values().get(a), a, axes);
                Circle dot = new Circle(p[0], p[1], 4, colour);
                Tooltip.install(
                        dot,
                        new Tooltip(s.name() + ", " + radar.axes().get(a) + ": "
                                + radar.scoreText(s.values().get(a))));
                getChildren().add(dot);
            }
        }
    }

    private static double[] points(double cx, double cy, double ring, int axes, List<Double> values) {
        List<Double> pts = new ArrayList<>();
        for (int a = 0; a < axes; a++) {
            double[] p = SvgCharts.point(cx, cy, R, values == null ? ring : values.get(a), a, axes);
            pts.add(p[0]);
            pts.add(p[1]);
        }
        return pts.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
