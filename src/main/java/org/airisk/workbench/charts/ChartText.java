package org.airisk.workbench.charts;

import java.util.ArrayList;
import java.util.List;

/**
 * Each chart's data as plain sentences: the alternative text of the chart's picture, so a screen reader (or a
 * reader of the text layer) gets what the picture shows, the same table the chart is drawn from.
 */
public final class ChartText {
    private ChartText() {}

    public static String of(HeatMap map) {
        List<String> cells = new ArrayList<>();
        for (HeatMap.Cell c : map.cells()) {
            if (c.count() > 0) {
                cells.add("likelihood " + c.likelihood() + " \u00d7 impact " + c.impact() + " (" + c.level() + "): "
                        + c.count());
            }
        }
        return map.title() + ", " + map.total() + " risks on a " + map.size() + "\u00d7" + map.size() + " matrix. "
                + (cells.isEmpty() ? "No risks." : String.join("; ", cells) + ".");
    }

    public static String of(Radar radar) {
        List<String> axes = new ArrayList<>();
        for (int a = 0; a < radar.axes().size(); a++) {
            List<String> values = new ArrayList<>();
            for (Radar.Series s : radar.series()) {
                values.add(s.name() + " " + radar.scoreText(s.values().get(a)));
            }
            axes.add(
                    radar.axes().get(a) + " (" + radar.risksPerAxis().get(a) + " risks): " + String.join(", ", values));
        }
        return radar.title() + ", mean score per risk. " + String.join("; ", axes) + ".";
    }

    public static String of(StackedBars bars) {
        List<String> rows = new ArrayList<>();
        for (int b = 0; b < bars.labels().size(); b++) {
            List<String> parts = new ArrayList<>();
            for (int s = 0; s < bars.series().size(); s++) {
                parts.add(bars.series().get(s) + " " + bars.values().get(b).get(s));
            }
            rows.add(bars.labels().get(b) + ": " + String.join(", ", parts));
        }
        return bars.title() + " (" + bars.valueAxis() + "). " + String.join("; ", rows) + ".";
    }
}
