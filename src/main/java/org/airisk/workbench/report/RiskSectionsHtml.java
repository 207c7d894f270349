package org.airisk.workbench.report;

import static org.airisk.workbench.report.HtmlReport.chip;
import static org.airisk.workbench.report.HtmlReport.e;
import static org.airisk.workbench.report.HtmlReport.lines;
import static org.airisk.workbench.report.HtmlReport.rating;
import static org.airisk.workbench.report.HtmlReport.section;

import java.util.List;
import java.util.regex.Matcher;
import org.airisk.workbench.charts.ChartText;
import org.airisk.workbench.charts.SvgCharts;
import org.airisk.workbench.scoring.NotApplicableRisk;
import org.airisk.workbench.scoring.RiskScore;

/** The report's sections about the risks: how they are scored, the charts, the register and the untreated ones. */
final class RiskSectionsHtml {
    private RiskSectionsHtml() {}

    static void methodology(StringBuilder h, ReportContent r) {
        section(h, "method", ReportText.METHOD);
        r.methodology().rules().forEach(rule -> h.append("<p>").append(e(rule)).append("</p>"));
        h.append("<table><thead><tr><th>Level</th><th>Scores</th><th>Risk appetite</th></tr></thead><tbody>");
        for (ReportContent.LevelBand l : r.methodology().levels()) {
            h.append("<tr><td>")
                    .append(chip(l.label(), l.colour()))
                    .append("</td><td>")
                    .append(l.fromScore())
                    .append("\u2013")
                    .append(l.toScore())
                    .append("</td><td>")
                    .append(l.withinAppetite() ? "within" : "above")
                    .append("</td></tr>");
        }
        h.append("</tbody></table>");
    }

    static void charts(StringBuilder h, ReportContent r) {
        ReportContent.Charts c = r.charts();
        h.append("<div class=\"keep\">");
        section(h, "charts", ReportText.CHARTS);
        h.append("<div class=\"chart\">")
                .append(inline(SvgCharts.heatMap(c.inherent()), ChartText.of(c.inherent())))
                .append(' ')
                .append(inline(SvgCharts.heatMap(c.residual()), ChartText.of(c.residual())))
                .append("</div></div>");
        h.append("<div class=\"chart\">")
                .append(inline(SvgCharts.radar(c.pillars()), ChartText.of(c.pillars())))
                .append("</div>");
        h.append("<div class=\"chart\">")
                .append(inline(SvgCharts.bars(c.categories()), ChartText.of(c.categories())))
                .append("</div>");
        if (r.acceptedRows().isEmpty()) {
            h.append("<p class=\"muted\">").append(ReportText.NO_PLAN_CHART).append("</p>");
        } else {
            h.append("<div class=\"chart\">")
                    .append(inline(SvgCharts.bars(c.plan()), ChartText.of(c.plan())))
                    .append("</div>");
        }
    }

    static void register(StringBuilder h, ReportContent r) {
        section(h, "register", ReportText.REGISTER);
        h.append("<table><thead><tr><th>Risk</th><th>Category</th>")
                .append("<th>Inherent</th><th>Residual now</th><th>Target</th></tr></thead><tbody>");
        List<RiskScore> rows = r.registerRows();
        for (RiskScore s : rows) {
            h.append("<tr><td>")
                    .append(e(s.risk().name()))
                    .append(s.isOverridden() ? " \u270e" : "")
                    .append("<br/><span class=\"small muted code\">")
                    .append(e(s.riskId()))
                    .append("</span></td><td>")
                    .append(e(s.risk().category().label()))
                    .append("</td><td>")
                    .append(rating(s.inherent()))
                    .append("</td><td>")
                    .append(rating(s.residual()))
                    .append("</td><td>")
                    .append(rating(s.target()))
                    .append("</td></tr>");
        }
        h.append("</tbody></table><div class=\"keep\"><h3>Why each risk is rated so</h3>");
        for (RiskScore s : rows) {
            whyRated(h, s, r.detail(s.riskId()));
            h.append(s == rows.get(0) ? "</div></div>" : "</div>");
        }
        if (rows.isEmpty()) {
            h.append("</div>");
        }
        notApplicable(h, r);
    }

    /** One risk's ratings and why: its description, any override, what raised and lowered it, its references. */
    private static void whyRated(StringBuilder h, RiskScore s, ReportContent.RiskDetail detail) {
        h.append("<div class=\"risk\"><b>")
                .append(e(s.risk().name()))
                .append("</b> \u2014 inherent ")
                .append(e(s.inherent().toString()))
                .append(", residual now ")
                .append(e(s.residual().toString()))
                .append(", target ")
                .append(e(s.target().toString()));
        if (!detail.description().isEmpty()) {
            h.append("<p>").append(e(detail.description())).append("</p>");
        }
        if (s.isOverridden()) {
            h.append("<div class=\"note\">\u270e Overridden by the assessor (calculated ")
                    .append(e(s.calculated().toString()))
                    .append("): ")
                    .append(e(s.override().justification()))
                    .append("</div>");
        }
        h.append("<ul>");
        s.reasons()
                .forEach(c -> h.append("<li>").append(e(ReportText.reason(c))).append("</li>"));
        s.reductions()
                .forEach(
                        c -> h.append("<li>").append(e(ReportText.reduction(c))).append("</li>"));
        h.append("</ul>");
        if (s.restsOnAssumptions()) {
            h.append("<p class=\"small muted\">")
                    .append(e(ReportText.assumptions(s)))
                    .append("</p>");
        }
        if (!detail.references().isEmpty()) {
            h.append("<p class=\"refs\">Framework references: ")
                    .append(e(String.join("; ", detail.references())))
                    .append(".</p>");
        }
    }

    /** The risks left out, each with the reason. */
    private static void notApplicable(StringBuilder h, ReportContent r) {
        h.append("<h3>Not applicable</h3>");
        if (r.register().notApplicable().isEmpty()) {
            h.append("<p class=\"muted\">None.</p>");
        } else {
            h.append("<table><thead><tr><th>Risk</th><th>Why it is left out</th></tr></thead><tbody>");
            for (NotApplicableRisk n : r.register().notApplicable()) {
                h.append("<tr><td>")
                        .append(e(n.risk().name()))
                        .append("</td><td>")
                        .append(e(n.reason()))
                        .append("</td></tr>");
            }
            h.append("</tbody></table>");
        }
    }

    static void untreated(StringBuilder h, ReportContent r) {
        section(h, "untreated", ReportText.UNTREATED);
        if (r.untreated().isEmpty()) {
            h.append("<p class=\"muted\">").append(e(ReportText.NONE_UNTREATED)).append("</p>");
            return;
        }
        h.append("<p>")
                .append(e(ReportText.UNTREATED_INTRO))
                .append("</p><table><thead><tr><th>Risk</th>")
                .append("<th>Target residual</th><th>Recommended measures</th></tr></thead><tbody>");
        for (ReportContent.Untreated u : r.untreated()) {
            h.append("<tr><td>")
                    .append(e(u.score().risk().name()))
                    .append("</td><td>")
                    .append(rating(u.score().target()))
                    .append("</td><td>")
                    .append(lines(ReportText.measures(u)))
                    .append("</td></tr>");
        }
        h.append("</tbody></table>");
    }

    /** An SVG document as an element inside the page, without its XML declaration, with its data as alt text. */
    private static String inline(String svg, String alt) {
        return svg.replaceFirst("^<\\?xml[^>]*>\\s*", "")
                .replaceFirst(
                        "<svg ",
                        "<svg alt=\""
                                + Matcher.quoteReplacement(e(alt)) + "\" aria-label=\""
                                + Matcher.quoteReplacement(e(alt)) + "\" ");
    }
}
