package org.airisk.workbench.charts;

import java.util.List;
import java.util.Locale;

/**
 * The chart models drawn as standalone SVG documents, for reports. The app draws the same models with JavaFX, so
 * the picture in the app and in the report come from one set of numbers. Every chart has a title, labelled axes,
 * a legend where there is more than one series, and a {@code <title>} on each mark for tooltips.
 */
public final class SvgCharts {
    private static final String FONT = "font-family=\"sans-serif\"";
    private static final String INK = "#222222";

    private SvgCharts() {}

    public static String heatMap(HeatMap map) {
        int cell = 64;
        int left = 70;
        int top = 50;
        int n = map.size();
        int width = left + n * cell + 20;
        int height = top + n * cell + 60;
        StringBuilder svg = open(width, height, map.title());
        for (HeatMap.Cell c : map.cells()) {
            int x = left + (c.impact() - 1) * cell;
            int y = top + (n - c.likelihood()) * cell;
            svg.append("<g class=\"cell\" data-likelihood=\"")
                    .append(c.likelihood())
                    .append("\" data-impact=\"")
                    .append(c.impact())
                    .append("\"><title>")
                    .append(escape("Likelihood " + c.likelihood()
                            + ", impact " + c.impact() + " (" + c.level() + "): " + c.count() + " risk(s)"
                            + (c.count() == 0 ? "" : ": " + String.join(", ", c.riskNames()))))
                    .append("</title>");
            svg.append("<rect x=\"")
                    .append(x)
                    .append("\" y=\"")
                    .append(y)
                    .append("\" width=\"")
                    .append(cell)
                    .append("\" height=\"")
                    .append(cell)
                    .append("\" fill=\"")
                    .append(c.colour())
                    .append("\" fill-opacity=\"")
                    .append(c.count() == 0 ? "0.35" : "1")
                    .append("\" stroke=\"#ffffff\" stroke-width=\"2\"/>");
            text(
                    svg,
                    x + cell / 2,
                    y + cell / 2 + 6,
                    c.count() == 0 ? "" : Integer.toString(c.count()),
                    18,
                    "middle",
                    "bold");
            svg.append("</g>");
        }
        for (int i = 1; i <= n; i++) {
            text(svg, left + (i - 1) * cell + cell / 2, top + n * cell + 18, Integer.toString(i), 12, "middle", "");
            text(svg, left - 12, top + (n - i) * cell + cell / 2 + 4, Integer.toString(i), 12, "end", "");
        }
        text(svg, left + n * cell / 2, top + n * cell + 42, "Impact", 13, "middle", "bold");
        svg.append("<text ")
                .append(FONT)
                .append(" font-size=\"13\" font-weight=\"bold\" fill=\"")
                .append(INK)
                .append("\" text-anchor=\"middle\" transform=\"translate(20,")
                .append(top + n * cell / 2)
                .append(") rotate(-90)\">Likelihood</text>");
        return close(svg);
    }

    public static String radar(Radar radar) {
        int size = 420;
        int width = size + 120; // room on both sides for axis names such as "Governance (29)" next to the web
        double cx = width / 2.0;
        double cy = size / 2.0 + 20;
        double r = 140;
        StringBuilder svg = open(width, size + 60, radar.title());
        int axes = radar.axes().size();
        for (double ring : new double[] {0.25, 0.5, 0.75, 1.0}) {
            svg.append("<polygon fill=\"none\" stroke=\"#cccccc\" points=\"")
                    .append(points(cx, cy, r, ring, axes))
                    .append("\"/>");
        }
        for (int a = 0; a < axes; a++) {
            double[] p = point(cx, cy, r, 1.0, a, axes);
            svg.append("<line x1=\"")
                    .append(f(cx))
                    .append("\" y1=\"")
                    .append(f(cy))
                    .append("\" x2=\"")
                    .append(f(p[0]))
                    .append("\" y2=\"")
                    .append(f(p[1]))
                    .append("\" stroke=\"#cccccc\"/>");
            double[] label = point(cx, cy, r + 22, 1.0, a, axes);
            String anchor = Math.abs(label[0] - cx) < 5 ? "middle" : label[0] < cx ? "end" : "start";
            text(
                    svg,
                    label[0],
                    label[1] + 4,
                    radar.axes().get(a) + " (" + radar.risksPerAxis().get(a) + ")",
                    12,
                    anchor,
                    "");
        }
        for (Radar.Series s : radar.series()) {
            radarSeries(svg, radar, s, cx, cy, r);
        }
        legend(
                svg,
                20,
                size + 40,
                radar.series().stream().map(Radar.Series::name).toList(),
                radar.series().stream().map(Radar.Series::colour).toList());
        return close(svg);
    }

    /** One series of the radar: its filled outline, and a point on each axis that names its score. */
    private static void radarSeries(StringBuilder svg, Radar radar, Radar.Series s, double cx, double cy, double r) {
        int axes = radar.axes().size();
        StringBuilder pts = new StringBuilder();
        for (int a = 0; a < axes; a++) {
            double[] p = point(cx, cy, r, s.values().get(a), a, axes);
            pts.append(f(p[0])).append(',').append(f(p[1])).append(' ');
        }
        svg.append("<polygon class=\"series\" fill=\"")
                .append(s.colour())
                .append("\" fill-opacity=\"0.25\" ")
                .append("stroke=\"")
                .append(s.colour())
                .append("\" stroke-width=\"2\" points=\"")
                .append(pts.toString().strip())
                .append("\"><title>")
                .append(escape(s.name()))
                .append("</title></polygon>");
        for (int a = 0; a < axes; a++) {
            double[] p = point(cx, cy, r, s.values().get(a), a, axes);
            svg.append("<circle cx=\"")
                    .append(f(p[0]))
                    .append("\" cy=\"")
                    .append(f(p[1]))
                    .append("\" r=\"3\" fill=\"")
                    .append(s.colour())
                    .append("\"><title>")
                    .append(escape(s.name() + ", " + radar.axes().get(a) + ": "
                            + radar.scoreText(s.values().get(a))))
                    .append("</title></circle>");
        }
    }

    public static String bars(StackedBars bars) {
        int left = 170;
        int barHeight = 22;
        int gap = 10;
        int plot = 360;
        int top = 50;
        int height = top + bars.labels().size() * (barHeight + gap) + 80;
        StringBuilder svg = open(left + plot + 40, height, bars.title());
        int max = Math.max(1, bars.max());
        for (int b = 0; b < bars.labels().size(); b++) {
            int y = top + b * (barHeight + gap);
            text(svg, left - 8, y + barHeight / 2 + 4, bars.labels().get(b), 12, "end", "");
            double x = left;
            for (int s = 0; s < bars.series().size(); s++) {
                int value = bars.values().get(b).get(s);
                double w = (double) value / max * plot;
                if (value > 0) {
                    svg.append("<rect class=\"bar\" x=\"")
                            .append(f(x))
                            .append("\" y=\"")
                            .append(y)
                            .append("\" width=\"")
                            .append(f(w))
                            .append("\" height=\"")
                            .append(barHeight)
                            .append("\" fill=\"")
                            .append(bars.colours().get(s))
                            .append("\"><title>")
                            .append(escape(
                                    bars.labels().get(b) + ", " + bars.series().get(s) + ": " + value))
                            .append("</title></rect>");
                }
                x += w;
            }
            text(svg, x + 6, y + barHeight / 2 + 4, Integer.toString(bars.total(b)), 12, "start", "");
        }
        int axisY = top + bars.labels().size() * (barHeight + gap);
        svg.append("<line x1=\"")
                .append(left)
                .append("\" y1=\"")
                .append(axisY)
                .append("\" x2=\"")
                .append(left + plot)
                .append("\" y2=\"")
                .append(axisY)
                .append("\" stroke=\"#999999\"/>");
        text(svg, left, axisY + 16, "0", 11, "middle", "");
        text(svg, left + plot, axisY + 16, Integer.toString(max), 11, "middle", "");
        text(svg, left + plot / 2, axisY + 16, bars.valueAxis(), 12, "middle", "bold");
        legend(svg, left, axisY + 44, bars.series(), bars.colours());
        return close(svg);
    }

    private static void legend(StringBuilder svg, int x, int y, List<String> names, List<String> colours) {
        int at = x;
        for (int i = 0; i < names.size(); i++) {
            svg.append("<rect x=\"")
                    .append(at)
                    .append("\" y=\"")
                    .append(y - 10)
                    .append("\" width=\"12\" height=\"12\" ")
                    .append("fill=\"")
                    .append(colours.get(i))
                    .append("\"/>");
            text(svg, at + 16, y, names.get(i), 12, "start", "");
            at += 28 + names.get(i).length() * 7;
        }
    }

    private static StringBuilder open(int width, int height, String title) {
        StringBuilder svg = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" role=\"img\"><title>")
                .append(escape(title))
                .append("</title>")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");
        text(svg, 12, 24, title, 16, "start", "bold");
        return svg;
    }

    private static String close(StringBuilder svg) {
        return svg.append("</svg>\n").toString();
    }

    private static void text(
            StringBuilder svg, double x, double y, String text, int size, String anchor, String weight) {
        svg.append("<text ")
                .append(FONT)
                .append(" x=\"")
                .append(f(x))
                .append("\" y=\"")
                .append(f(y))
                .append("\" font-size=\"")
                .append(size)
                .append("\" fill=\"")
                .append(INK)
                .append("\" text-anchor=\"")
                .append(anchor)
                .append('"')
                .append(weight.isEmpty() ? "" : " font-weight=\"" + weight + "\"")
                .append('>')
                .append(escape(text))
                .append("</text>");
    }

    private static String points(double cx, double cy, double r, double value, int axes) {
        StringBuilder pts = new StringBuilder();
        for (int a = 0; a < axes; a++) {
            double[] p = point(cx, cy, r, value, a, axes);
            pts.append(f(p[0])).append(',').append(f(p[1])).append(' ');
        }
        return pts.toString().strip();
    }

    /** Axis {@code a} of {@code axes}, the first pointing up, clockwise. */
    public static double[] point(double cx, double cy, double r, double value, int a, int axes) {
        double angle = -Math.PI / 2 + 2 * Math.PI * a / axes;
        return new double[] {cx + Math.cos(angle) * r * value, cy + Math.sin(angle) * r * value};
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
