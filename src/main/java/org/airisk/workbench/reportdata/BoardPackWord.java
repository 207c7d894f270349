package org.airisk.workbench.reportdata;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.airisk.workbench.report.BoardPack;
import org.airisk.workbench.report.ReportContent;
import org.airisk.workbench.report.ReportText;

/** The board pack as a Word document: the PDF board pack's sections, with the full report's cover and footer. */
final class BoardPackWord {
    private BoardPackWord() {}

    static void write(ReportContent r, OutputStream out) throws IOException {
        ReportContent.Cover c = r.cover();
        try (WordDocument doc = new WordDocument("Board pack: " + c.title(), c.assessor(), c.systemName())) {
            WordReport.cover(doc, r, "Board pack: ");
            doc.pageBreak();
            doc.heading("Heading1", ReportText.SUMMARY);
            ReportText.summary(r, BoardPack.RISKS).forEach(doc::text);
            if (r.euAiAct().isAvailable()) {
                doc.text("EU AI Act (indicative): " + r.euAiAct().summary());
            }
            doc.heading("Heading1", BoardPack.RISKS);
            List<BoardPack.Row> rows = BoardPack.risks(r);
            if (rows.isEmpty()) {
                doc.text(BoardPack.NO_RISK);
            } else {
                doc.table(
                        new int[] {3, 2, 2, 5},
                        WordReport.header(
                                List.of("Risk", "Residual now", "Target", "Plan"),
                                rows.stream()
                                        .map(row -> List.of(
                                                row.score().risk().name(),
                                                row.score().residual().toString(),
                                                row.score().target().toString(),
                                                String.join("\n", row.plan())))
                                        .toList()),
                        true);
                if (!BoardPack.more(r).isEmpty()) {
                    doc.text(BoardPack.more(r));
                }
            }
            WordReport.signOff(doc, r);
            doc.heading("Heading1", BoardPack.METHOD);
            doc.text(BoardPack.method(r));
            doc.write(out);
        }
    }
}
