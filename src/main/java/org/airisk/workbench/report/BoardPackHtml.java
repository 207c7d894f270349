package org.airisk.workbench.report;

/** The board pack's sections after the cover, laid out as the full report lays out its own (same styles). */
final class BoardPackHtml {
    private BoardPackHtml() {}

    static void body(StringBuilder h, ReportContent r) {
        HtmlReport.section(h, "summary", ReportText.SUMMARY);
        ReportText.summary(r, BoardPack.RISKS)
                .forEach(line -> h.append("<p>").append(HtmlReport.e(line)).append("</p>"));
        if (r.euAiAct().isAvailable()) {
            h.append("<p>EU AI Act (indicative): ")
                    .append(HtmlReport.e(r.euAiAct().summary()))
                    .append("</p>");
        }
        HtmlReport.section(h, "risks", BoardPack.RISKS);
        var rows = BoardPack.risks(r);
        if (rows.isEmpty()) {
            h.append("<p class=\"muted\">").append(BoardPack.NO_RISK).append("</p>");
        } else {
            // fixed widths: left to itself the layout squeezes the names until words break inside
            h.append("<table class=\"board\"><thead><tr><th style=\"width: 22%;\">Risk</th><th style=\"width: 17%;\">")
                    .append("Residual now</th><th style=\"width: 17%;\">Target</th><th style=\"width: 44%;\">Plan</th>")
                    .append("</tr></thead>")
                    .append("<tbody>");
            for (BoardPack.Row row : rows) {
                h.append("<tr><td>")
                        .append(HtmlReport.e(row.score().risk().name()))
                        .append("</td><td>")
                        .append(HtmlReport.rating(row.score().residual()))
                        .append("</td><td>")
                        .append(HtmlReport.rating(row.score().target()))
                        .append("</td><td>")
                        .append(HtmlReport.lines(String.join("\n", row.plan())))
                        .append("</td></tr>");
            }
            h.append("</tbody></table>");
            String more = BoardPack.more(r);
            if (!more.isEmpty()) {
                h.append("<p class=\"small muted\">").append(HtmlReport.e(more)).append("</p>");
            }
        }
        HtmlReport.signOff(h, r);
        HtmlReport.section(h, "method", BoardPack.METHOD);
        h.append("<p>").append(HtmlReport.e(BoardPack.method(r))).append("</p>");
    }
}
