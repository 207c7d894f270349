package org.airisk.workbench.report;

import static org.airisk.workbench.report.HtmlReport.code;
import static org.airisk.workbench.report.HtmlReport.e;
import static org.airisk.workbench.report.HtmlReport.lines;
import static org.airisk.workbench.report.HtmlReport.qaTable;
import static org.airisk.workbench.report.HtmlReport.section;

import java.util.List;
import org.airisk.workbench.scoring.PlanItem;

/**
 * The report's sections on what is done and what remains: the mitigation plan, open questions, evidence, the
 * changes since an earlier version and the answers in full.
 */
final class RecordSectionsHtml {
    private RecordSectionsHtml() {}

    static void plan(StringBuilder h, ReportContent r) {
        section(h, "plan", ReportText.PLAN);
        var accepted = r.acceptedRows();
        if (accepted.isEmpty()) {
            h.append("<p class=\"muted\">").append(ReportText.NO_PLAN).append("</p>");
        } else {
            h.append("<table><thead><tr><th>Measure</th><th>Risks</th><th>Owner</th><th>Due</th><th>Priority</th>")
                    .append("<th>Status</th><th>Effort</th></tr></thead><tbody>");
            for (ReportContent.PlanRow row : accepted) {
                PlanItem i = row.item();
                h.append("<tr><td>")
                        .append(e(i.title()))
                        .append(
                                i.notes().isEmpty()
                                        ? ""
                                        : "<br/><span class=\"small muted\">" + lines(i.notes()) + "</span>")
                        .append("</td><td>")
                        .append(lines(String.join("\n", row.riskNames())))
                        .append("</td><td>")
                        .append(e(i.owner()))
                        .append("</td><td>")
                        .append(i.due() == null ? "" : "<span class=\"due\">" + i.due() + "</span>")
                        .append(row.overdue() ? "<br/><span class=\"overdue\">\u26a0 overdue</span>" : "")
                        .append("</td><td class=\"word\">")
                        .append(e(i.priority().label()))
                        .append("</td><td class=\"word\">")
                        .append(e(i.status().label()))
                        .append("</td><td class=\"word\">")
                        .append(i.effort().name())
                        .append("</td></tr>");
            }
            h.append("</tbody></table>");
        }
        var rejected = r.planRows().stream().filter(p -> !p.item().isAccepted()).toList();
        if (!rejected.isEmpty()) {
            h.append("<h3>Rejected recommendations</h3><table><thead><tr><th>Mitigation</th><th>Risks</th>")
                    .append("<th>Reason</th></tr></thead><tbody>");
            rejected.forEach(p -> h.append("<tr><td>")
                    .append(e(p.item().title()))
                    .append("</td><td>")
                    .append(lines(String.join("\n", p.riskNames())))
                    .append("</td><td>")
                    .append(lines(p.item().reason()))
                    .append("</td></tr>"));
            h.append("</tbody></table>");
        }
    }

    static void open(StringBuilder h, ReportContent r) {
        section(h, "open", ReportText.OPEN);
        if (r.openQuestions().isEmpty()) {
            h.append("<p class=\"muted\">").append(e(ReportText.NONE_OPEN)).append("</p>");
        } else {
            qaTable(h, r.openQuestions(), true);
        }
    }

    static void evidence(StringBuilder h, ReportContent r) {
        section(h, "evidence", ReportText.EVIDENCE);
        if (r.evidence().isEmpty()) {
            h.append("<p class=\"muted\">").append(e(ReportText.NO_EVIDENCE)).append("</p>");
            return;
        }
        h.append("<p class=\"small muted\">")
                .append(e(ReportText.EVIDENCE_CHECK))
                .append("</p>");
        h.append("<table><thead><tr><th>File</th><th>Supports</th><th>Size</th><th>Added by</th></tr></thead><tbody>");
        for (ReportContent.EvidenceRow row : r.evidence()) {
            // the hash on a row of its own: 64 digits fit the page's width, not a quarter of it
            h.append("<tr><td>")
                    .append(e(row.fileName()))
                    .append("</td><td>")
                    .append(e(row.supports()))
                    .append("</td><td>")
                    .append(e(row.size()))
                    .append("</td><td>")
                    .append(e(row.addedBy()))
                    .append("</td></tr><tr><td colspan=\"4\" class=\"small\">SHA-256 ")
                    .append(code(row.sha256()))
                    .append("</td></tr>");
        }
        h.append("</tbody></table>");
    }

    static void changes(StringBuilder h, ReportContent.ChangesSince c) {
        section(h, "changes", ReportText.CHANGES);
        h.append("<p>").append(e(ReportText.changesIntro(c))).append("</p>");
        if (c.changes().isEmpty()) {
            return;
        }
        h.append("<table><thead><tr>");
        ReportText.CHANGE_COLUMNS.forEach(col -> h.append("<th>").append(col).append("</th>"));
        h.append("</tr></thead><tbody>");
        for (List<String> row : ReportText.changeRows(c)) {
            h.append("<tr>");
            row.forEach(cell -> h.append("<td>").append(lines(cell)).append("</td>"));
            h.append("</tr>");
        }
        h.append("</tbody></table>");
    }

    static void appendix(StringBuilder h, ReportContent r) {
        section(h, "appendix", ReportText.APPENDIX);
        for (ReportContent.AppendixSection s : r.appendix()) {
            h.append("<h3>").append(e(s.title())).append("</h3>");
            qaTable(h, s.questions(), true);
        }
    }
}
