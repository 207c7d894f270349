package org.airisk.workbench.report;

import java.util.List;
import java.util.Locale;
import org.airisk.workbench.scoring.EuAiActIndication;
import org.airisk.workbench.scoring.Rating;
import org.airisk.workbench.scoring.RiskScore;

/**
 * The report as one self-contained XHTML document: styles and charts (SVG) inline, readable offline in a browser,
 * and the input of the PDF renderer, whose page rules (numbers, running footer with the content hash, repeated
 * table headers) live in the same stylesheet.
 */
public final class HtmlReport {
    /** The font family the PDF writer gives the computer's font for characters the bundled fonts lack. */
    public static final String FALLBACK_FAMILY = "Workbench Fallback";

    private static final String CSS = String.join(
            "\n",
            "@page { size: A4; margin: 18mm 16mm 20mm 16mm;",
            "  @bottom-left { content: element(footer); width: 78%; }",
            "  @bottom-right { content: 'Page ' counter(page) ' of ' counter(pages); font-size: 8pt; color: #555;"
                    + " width: 22%; text-align: right; } }",
            "body { font-family: 'DejaVu Sans', '" + FALLBACK_FAMILY
                    + "', sans-serif; font-size: 9.5pt; color: #1d1d1d; line-height: 1.4; }",
            // A link, a hash or a reference code with no space breaks where it must rather than run off the page.
            "body { font-variant-ligatures: none; word-wrap: break-word; overflow-wrap: break-word; }",
            "h1 { font-size: 20pt; margin: 0 0 4pt 0; } h2 { font-size: 14pt; margin-top: 18pt; border-bottom: 1px solid #999;"
                    + " page-break-after: avoid; } h3 { font-size: 11pt; margin: 10pt 0 4pt 0; page-break-after: avoid; }",
            // A heading never ends a page: openhtmltopdf does not keep a heading with a following table for
            // page-break-after alone, so a heading starts a new page unless room for it and a few rows is left.
            "h2 { -fs-page-break-min-height: 90pt; break-after: avoid; } h3 { -fs-page-break-min-height: 70pt;"
                    + " break-after: avoid; }",
            ".logo { margin: 0 0 10pt 0; }",
            // and a heading followed by a block that must not split (a chart, a risk) moves with that block
            ".keep { page-break-inside: avoid; }",
            "table.board { table-layout: fixed; }",
            ".marking { font-weight: bold; color: #a11d1d; border: 1pt solid #a11d1d; padding: 3pt 6pt;"
                    + " display: inline-block; letter-spacing: 0.5pt; }",
            ".cover { page-break-after: always; } .cover table td { padding: 3pt 10pt 3pt 0; }",
            ".muted { color: #555; } .small { font-size: 8pt; }",
            "table { border-collapse: collapse; width: 100%; -fs-table-paginate: paginate; margin: 4pt 0 8pt 0; }",
            "thead { display: table-header-group; } tr { page-break-inside: avoid; }",
            "th { text-align: left; background: #eeeeee; } th, td { border: 0.5pt solid #bbbbbb; padding: 3pt 4pt;"
                    + " vertical-align: top; }",
            // A long unbroken string (a URL, an id) wraps instead of running off the page (not in table cells:
            // there the renderer would narrow every column to one letter).
            "p, li, div { word-wrap: break-word; }",
            // Cells may break a long string anywhere, which lets the renderer narrow a column below its words:
            // headers and short set values (Not answered, In progress, Medium) are kept whole.
            "th, .word { white-space: nowrap; }",
            ".due { white-space: nowrap; } .overdue { color: #a50021; font-weight: bold; white-space: nowrap; }",
            ".refs { font-size: 8pt; color: #444; }",
            ".signoff td { height: 18pt; }",
            "table.plain td, table.plain th { border: none; background: none; }",
            ".chip { padding: 0 4pt; border-radius: 3pt; font-weight: bold; color: #111111; white-space: nowrap; }",
            ".risk { page-break-inside: avoid; margin-bottom: 8pt; }",
            ".note { background: #fff6d6; padding: 4pt 6pt; margin: 4pt 0; }",
            ".toc a { color: #1d1d1d; text-decoration: none; }",
            ".toc a::after { content: ' \\2014  page ' target-counter(attr(href), page); color: #555; }",
            ".footer { position: running(footer); font-size: 7pt; color: #555; }",
            // Hashes and ids are copied and compared character by character: a monospaced face, no ligatures.
            ".code { font-family: 'DejaVu Sans Mono', Consolas, 'Courier New', monospace; font-variant-ligatures: none;"
                    + " white-space: nowrap; }",
            ".chart { page-break-inside: avoid; margin: 6pt 0; }",
            "@media screen { body { max-width: 960px; margin: 24px auto; } .toc a::after { content: ''; }"
                    + " .footer { position: static; margin-top: 24px; } }");

    private static final String[][] SECTIONS = {
        {"summary", ReportText.SUMMARY},
        {"profile", ReportText.PROFILE},
        {"method", ReportText.METHOD},
        {"charts", ReportText.CHARTS},
        {"register", ReportText.REGISTER},
        {"untreated", ReportText.UNTREATED},
        {"plan", ReportText.PLAN},
        {"open", ReportText.OPEN},
        {"signoff", ReportText.SIGN_OFF},
        {"evidence", ReportText.EVIDENCE},
        {"appendix", ReportText.APPENDIX}
    };
    private static final String[][] BOARD_SECTIONS = {
        {"summary", ReportText.SUMMARY},
        {"risks", BoardPack.RISKS},
        {"signoff", ReportText.SIGN_OFF},
        {"method", BoardPack.METHOD}
    };

    public String render(ReportContent r) {
        return render(r, "");
    }

    /** As {@link #render(ReportContent)}, with a note on the cover (empty for none), e.g. about missing fonts. */
    public String render(ReportContent r, String coverNote) {
        return render(r, coverNote, ReportKind.FULL);
    }

    /** The full report or the board pack, with a note on the cover (empty for none). */
    public String render(ReportContent r, String coverNote, ReportKind kind) {
        String[][] sections = kind == ReportKind.BOARD_PACK ? BOARD_SECTIONS : SECTIONS;
        StringBuilder h = new StringBuilder(64_000);
        h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head>")
                .append("<meta charset=\"UTF-8\"/><title>")
                .append(e("Risk assessment: " + r.cover().title()))
                .append("</title><meta name=\"subject\" content=\"")
                .append(e(r.cover().systemName()))
                .append("\"/><meta name=\"author\" content=\"")
                .append(e(r.cover().assessor()))
                .append("\"/><style>")
                .append(CSS)
                .append("</style>");
        // PDF bookmarks (the outline pane), one per section; browsers ignore the element.
        h.append("<bookmarks>");
        for (String[] section : sections) {
            if (section[0].equals("appendix") && r.changes().isPresent()) {
                h.append("<bookmark name=\"").append(ReportText.CHANGES).append("\" href=\"#changes\"/>");
            }
            h.append("<bookmark name=\"")
                    .append(e(section[1]))
                    .append("\" href=\"#")
                    .append(section[0])
                    .append("\"/>");
        }
        h.append("</bookmarks></head><body>");
        h.append("<div class=\"footer\">")
                .append(r.cover().marking().isEmpty() ? "" : "<b>" + e(r.cover().marking()) + "</b> \u00b7 ")
                .append(e(r.cover().title()))
                .append(" \u00b7 content SHA-256 ")
                .append(code(r.contentHash()))
                .append("</div>");
        cover(h, r, coverNote, sections, kind);
        if (kind == ReportKind.BOARD_PACK) {
            BoardPackHtml.body(h, r);
            return end(h, r);
        }
        summary(h, r);
        profile(h, r);
        RiskSectionsHtml.methodology(h, r);
        RiskSectionsHtml.charts(h, r);
        RiskSectionsHtml.register(h, r);
        RiskSectionsHtml.untreated(h, r);
        RecordSectionsHtml.plan(h, r);
        RecordSectionsHtml.open(h, r);
        signOff(h, r);
        RecordSectionsHtml.evidence(h, r);
        r.changes().ifPresent(c -> RecordSectionsHtml.changes(h, c));
        RecordSectionsHtml.appendix(h, r);
        return end(h, r);
    }

    private static String end(StringBuilder h, ReportContent r) {
        h.append("<p class=\"small muted\">Content hash (SHA-256 of the assessment's canonical JSON, see "
                        + "docs/hash.md; check it with <span class=\"code\">ai-risk-workbench verify</span>): ")
                .append(code(r.contentHash()))
                .append("</p>");
        return h.append("</body></html>\n").toString();
    }

    private static void cover(StringBuilder h, ReportContent r, String note, String[][] sections, ReportKind kind) {
        ReportContent.Cover c = r.cover();
        h.append("<div class=\"cover\">");
        c.logoImage().ifPresent(logo -> {
            // points, which the PDF and a browser both honour; the image itself travels inside the page
            double[] size = logo.fit(170, 60);
            h.append("<p class=\"logo\"><img src=\"")
                    .append(logo.dataUri())
                    .append("\" alt=\"")
                    .append(e(c.organisation().isEmpty() ? "Client logo" : "Logo of " + c.organisation()))
                    .append("\" style=\"width: ")
                    .append(points(size[0]))
                    .append("; height: ")
                    .append(points(size[1]))
                    .append(";\"/></p>");
        });
        if (!c.marking().isEmpty()) {
            h.append("<p class=\"marking\">").append(e(c.marking())).append("</p>");
        }
        h.append("<p class=\"muted\">AI risk assessment ")
                .append(kind == ReportKind.BOARD_PACK ? "\u00b7 board pack" : "report")
                .append("</p><h1>")
                .append(e(c.title()))
                .append("</h1><table class=\"plain\">");
        if (!c.organisation().isEmpty()) {
            row(h, "Organisation", c.organisation());
        }
        row(h, "AI system", c.systemName());
        row(h, "Assessor", c.assessor());
        row(h, "Questionnaire", c.questionnaire());
        row(h, "Status", ReportText.status(c));
        row(h, "Date", c.date().toString());
        row(h, "Scoring method", c.method());
        row(h, "Produced with", "AI Risk Workbench " + c.appVersion());
        h.append("<tr><td class=\"muted\">Content hash (SHA-256)</td><td>")
                .append(code(r.contentHash()))
                .append("</td></tr>");
        h.append("</table>");
        if (!note.isEmpty()) {
            h.append("<p class=\"small\" id=\"font-note\">").append(e(note)).append("</p>");
        }
        h.append("<h3>Contents</h3><ul class=\"toc\">");
        for (String[] s : sections) {
            h.append("<li><a href=\"#")
                    .append(s[0])
                    .append("\" title=\"")
                    .append(s[1])
                    .append("\">")
                    .append(s[1])
                    .append("</a></li>");
        }
        h.append("</ul></div>");
    }

    /**
     * A section's heading. The id sits on the heading's text, not on the heading block: openhtmltopdf finds a
     * target's page from its box's top edge, and a heading kept with what follows can start its block at the foot
     * of one page while its text moves to the next, so the contents named the page before (openhtmltopdf issue 181).
     */
    static void section(StringBuilder h, String id, String title) {
        h.append("<h2><span id=\"").append(id).append("\">").append(title).append("</span></h2>");
    }

    private static void summary(StringBuilder h, ReportContent r) {
        section(h, "summary", ReportText.SUMMARY);
        ReportText.summary(r).forEach(line -> h.append("<p>").append(e(line)).append("</p>"));
        h.append("<h3>Highest risks</h3><table><thead><tr><th>Risk</th><th>Inherent</th>")
                .append("<th>Residual now</th><th>Target</th></tr></thead><tbody>");
        for (RiskScore s : r.topRisks()) {
            h.append("<tr><td>")
                    .append(e(s.risk().name()))
                    .append("</td><td>")
                    .append(rating(s.inherent()))
                    .append("</td><td>")
                    .append(rating(s.residual()))
                    .append("</td><td>")
                    .append(rating(s.target()))
                    .append("</td></tr>");
        }
        h.append("</tbody></table><h3>EU AI Act (indicative)</h3>");
        EuAiActIndication eu = r.euAiAct();
        if (!eu.isAvailable()) {
            h.append("<p>").append(e(eu.summary())).append("</p>");
        } else {
            h.append("<ul>");
            eu.findings()
                    .forEach(f -> h.append("<li><b>")
                            .append(e(f.outcome().label()))
                            .append("</b> (")
                            .append(e(f.outcome().articles()))
                            .append("): ")
                            .append(e(f.explanation()))
                            .append("</li>"));
            h.append("</ul>");
            if (!eu.scopeNote().isEmpty()) {
                h.append("<p>").append(e(eu.scopeNote())).append("</p>");
            }
        }
        h.append("<p class=\"note\">").append(e(EuAiActIndication.NOTE)).append("</p>");
    }

    private static void profile(StringBuilder h, ReportContent r) {
        section(h, "profile", ReportText.PROFILE);
        if (r.profile().isEmpty()) {
            h.append("<p class=\"muted\">This questionnaire has no system profile, or it is not answered yet.</p>");
            return;
        }
        qaTable(h, r.profile(), false);
    }

    static void signOff(StringBuilder h, ReportContent r) {
        section(h, "signoff", ReportText.SIGN_OFF);
        var recorded = r.signOffSection().filter(s -> s.decision() != null);
        if (recorded.isEmpty()) {
            h.append("<p>").append(e(ReportContent.NO_REVIEW)).append("</p>");
        }
        r.signOffSection().ifPresent(s -> {
            h.append("<table class=\"plain\">");
            for (List<String> row : s.rows()) {
                h.append("<tr><td class=\"muted\">").append(e(row.get(0))).append("</td><td>");
                // the version's hash is a hash of content decided on, not this report's content hash: no label clash
                h.append(lines(row.get(1))).append("</td></tr>");
            }
            h.append("</table>");
        });
    }

    static void qaTable(StringBuilder h, List<ReportContent.QuestionAndAnswer> rows, boolean notes) {
        h.append("<table><thead><tr><th>Question</th><th>Answer</th>")
                .append(notes ? "<th>Assessor note</th>" : "")
                .append("</tr></thead><tbody>");
        for (ReportContent.QuestionAndAnswer q : rows) {
            h.append("<tr><td>")
                    .append(e(q.question()))
                    .append("</td><td>")
                    .append(
                            q.answer().isEmpty()
                                    ? "<span class=\"muted word\">" + ReportContent.NOT_ANSWERED + "</span>"
                                    : lines(q.answer()))
                    .append("</td>")
                    .append(notes ? "<td>" + lines(q.note()) + "</td>" : "")
                    .append("</tr>");
        }
        h.append("</tbody></table>");
    }

    /** A hash or an id: monospaced, never set with ligatures, never broken over lines. */
    static String code(String text) {
        return "<span class=\"code\">" + e(text) + "</span>";
    }

    private static String points(double value) {
        return String.format(Locale.ROOT, "%.1fpt", value);
    }

    private static void row(StringBuilder h, String label, String value) {
        h.append("<tr><td class=\"muted\">")
                .append(e(label))
                .append("</td><td>")
                .append(e(value))
                .append("</td></tr>");
    }

    static String rating(Rating r) {
        return "L" + r.likelihood() + " \u00d7 I" + r.impact() + " "
                + chip(r.score() + " " + r.level().label(), r.level().colour());
    }

    static String chip(String text, String colour) {
        return "<span class=\"chip\" style=\"background-color: " + colour + ";\">" + e(text) + "</span>";
    }

    /** Text with its line breaks kept. */
    static String lines(String text) {
        return e(text).replace("\r\n", "\n").replace("\n", "<br/>");
    }

    static String e(String text) {
        return text == null
                ? ""
                : text.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;");
    }
}
