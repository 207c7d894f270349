package org.airisk.workbench.reportfiles;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.math.BigInteger;
import java.util.List;
import org.airisk.workbench.charts.SvgCharts;
import org.airisk.workbench.report.CsvReport;
import org.airisk.workbench.report.ReportContent;
import org.airisk.workbench.scoring.Contribution;
import org.airisk.workbench.scoring.EuAiActIndication;
import org.airisk.workbench.scoring.PlanItem;
import org.airisk.workbench.scoring.RiskScore;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Units;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTOnOff;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTString;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The report for office programs, written with Apache POI: a Word document with real headings (so it has an
 * outline and can be commented and tracked), tables and the charts as pictures; and a workbook with the register
 * and the plan as filterable sheets.
 */
final class OfficeReports {
    private OfficeReports() {
    }

    static void xlsx(ReportContent content, OutputStream out) throws IOException {
        CsvReport tables = new CsvReport();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle header = book.createCellStyle();
            header.setFont(bold);
            for (CsvReport.Table table : List.of(tables.registerTable(content), tables.planTable(content))) {
                XSSFSheet sheet = book.createSheet(table.name());
                for (int r = 0; r < table.rows().size(); r++) {
                    XSSFRow row = sheet.createRow(r);
                    List<String> cells = table.rows().get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        String v = cells.get(c);
                        var cell = row.createCell(c);
                        if (r > 0 && v.matches("-?\\d{1,9}")) {
                            cell.setCellValue(Integer.parseInt(v));
                        } else {
                            cell.setCellValue(v);
                        }
                        if (r == 0) {
                            cell.setCellStyle(header);
                        }
                    }
                }
                int columns = table.rows().get(0).size();
                sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, table.rows().size() - 1), 0, columns - 1));
                sheet.createFreezePane(0, 1);
                // Printed: landscape, one page wide, the header row on every page.
                sheet.getPrintSetup().setLandscape(true);
                sheet.setFitToPage(true);
                sheet.getPrintSetup().setFitWidth((short) 1);
                sheet.getPrintSetup().setFitHeight((short) 0);
                sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
                for (int c = 0; c < columns; c++) {
                    sheet.setColumnWidth(c, 256 * Math.min(60, Math.max(10, widest(table, c) + 2)));
                }
            }
            book.write(out);
        }
    }

    private static int widest(CsvReport.Table table, int column) {
        return table.rows().stream().mapToInt(r -> r.get(column).length()).max().orElse(10);
    }

    static void docx(ReportContent r, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            headingStyles(doc);
            ReportContent.Cover c = r.cover();
            heading(doc, "Title", "AI risk assessment: " + c.title());
            table(doc, List.of(List.of("AI system", c.systemName()), List.of("Assessor", c.assessor()),
                    List.of("Questionnaire", c.questionnaire()), List.of("Status", c.status() + " ("
                    + c.progressPercent() + "% of required questions answered)"), List.of("Date", c.date().toString()),
                    List.of("Scoring method", c.method()), List.of("Content SHA-256", r.contentHash())), false);

            heading(doc, "Heading1", "Executive summary");
            var overall = r.register().overall();
            text(doc, overall.risks() + " applicable risks; " + overall.aboveAppetite() + " are above the risk "
                    + "appetite with the measures in place now, and " + r.register().aboveAppetiteAfterPlan().size()
                    + " once every accepted plan item is in place.");
            heading(doc, "Heading2", "Highest risks");
            table(doc, rows(List.of("Risk", "Inherent", "Residual now", "Target"), r.topRisks().stream()
                    .map(s -> List.of(s.risk().name(), s.inherent().toString(), s.residual().toString(),
                            s.target().toString())).toList()), true);
            heading(doc, "Heading2", "EU AI Act (indicative)");
            if (!r.euAiAct().isAvailable()) {
                text(doc, r.euAiAct().summary());
            }
            for (EuAiActIndication.Finding f : r.euAiAct().findings()) {
                text(doc, f.outcome().label() + " (" + f.outcome().articles() + "): " + f.explanation());
            }
            text(doc, EuAiActIndication.NOTE);

            heading(doc, "Heading1", "System profile");
            table(doc, rows(List.of("Question", "Answer"), r.profile().stream().map(q -> List.of(q.question(),
                    q.answer())).toList()), true);

            heading(doc, "Heading1", "Charts");
            ReportContent.Charts charts = r.charts();
            picture(doc, SvgCharts.heatMap(charts.inherent()), "Inherent risk heat map", 3.2);
            picture(doc, SvgCharts.heatMap(charts.residual()), "Residual risk heat map", 3.2);
            picture(doc, SvgCharts.radar(charts.pillars()), "Risk by pillar", 5.4);
            picture(doc, SvgCharts.bars(charts.categories()), "Risks by category", 5.2);

            heading(doc, "Heading1", "Risk register");
            table(doc, rows(List.of("Risk", "Category", "Inherent", "Residual now", "Target"), r.registerRows()
                    .stream().map(s -> List.of(s.risk().name() + (s.isOverridden() ? " \u270e" : ""),
                            s.risk().category().label(), s.inherent().toString(), s.residual().toString(),
                            s.target().toString())).toList()), true);
            heading(doc, "Heading2", "Why each risk is rated so");
            for (RiskScore s : r.registerRows()) {
                heading(doc, "Heading3", s.risk().name());
                if (s.isOverridden()) {
                    text(doc, "Overridden by the assessor (calculated " + s.calculated() + "): "
                            + s.override().justification());
                }
                for (Contribution k : s.reasons()) {
                    text(doc, "\u2022 " + k.kind().label() + ": " + k.subject()
                            + (k.detail().isEmpty() ? "" : " \u2014 " + k.detail())
                            + (k.effect().isEmpty() || k.kind() == Contribution.Kind.START ? "" : " (" + k.effect() + ")"));
                }
                for (Contribution k : s.reductions()) {
                    text(doc, "\u2022 " + k.kind().label() + ": " + k.subject()
                            + (k.detail().isEmpty() ? "" : " \u2014 " + k.detail())
                            + (k.effect().isEmpty() ? "" : " (" + k.effect() + ")"));
                }
            }
            heading(doc, "Heading2", "Not applicable");
            table(doc, rows(List.of("Risk", "Why it is left out"), r.register().notApplicable().stream()
                    .map(n -> List.of(n.risk().name(), n.reason())).toList()), true);

            heading(doc, "Heading1", "Mitigation plan");
            table(doc, rows(List.of("Measure", "Owner", "Due", "Priority", "Status", "Effort"), r.plan().accepted()
                    .stream().map(i -> List.of(i.title(), i.owner(), i.due() == null ? "" : i.due().toString(),
                            i.priority().label(), i.status().label(), i.effort().name())).toList()), true);
            List<PlanItem> rejected = r.plan().rejected();
            if (!rejected.isEmpty()) {
                heading(doc, "Heading2", "Rejected recommendations");
                table(doc, rows(List.of("Mitigation", "Reason"), rejected.stream().map(i -> List.of(i.title(),
                        i.reason())).toList()), true);
            }
            heading(doc, "Heading1", "Unanswered and unsure questions");
            table(doc, rows(List.of("Question", "Answer", "Assessor note"), r.openQuestions().stream()
                    .map(q -> List.of(q.question(), q.answer(), q.note())).toList()), true);
            heading(doc, "Heading1", "Appendix: every answer and note");
            for (ReportContent.AppendixSection s : r.appendix()) {
                heading(doc, "Heading2", s.title());
                table(doc, rows(List.of("Question", "Answer", "Assessor note"), s.questions().stream()
                        .map(q -> List.of(q.question(), q.answer(), q.note())).toList()), true);
            }
            a4(doc);
            doc.write(out);
        }
    }

    private static List<List<String>> rows(List<String> header, List<List<String>> body) {
        List<List<String>> all = new java.util.ArrayList<>();
        all.add(header);
        all.addAll(body);
        return all;
    }

    /** Heading styles with outline levels, so Word shows the document's outline and can build a contents table. */
    private static void headingStyles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        String[][] defs = {{"Title", "Title", "0", "36"}, {"Heading1", "heading 1", "0", "30"},
            {"Heading2", "heading 2", "1", "26"}, {"Heading3", "heading 3", "2", "22"}};
        for (String[] d : defs) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId(d[0]);
            CTString name = CTString.Factory.newInstance();
            name.setVal(d[1]);
            style.setName(name);
            style.setType(STStyleType.PARAGRAPH);
            style.setQFormat(CTOnOff.Factory.newInstance());
            CTDecimalNumber priority = CTDecimalNumber.Factory.newInstance();
            priority.setVal(BigInteger.valueOf(9));
            style.setUiPriority(priority);
            CTPPrGeneral paragraph = CTPPrGeneral.Factory.newInstance();
            CTDecimalNumber level = CTDecimalNumber.Factory.newInstance();
            level.setVal(new BigInteger(d[2]));
            paragraph.setOutlineLvl(level);
            style.setPPr(paragraph);
            var run = style.addNewRPr();
            run.addNewB();
            run.addNewSz().setVal(new BigInteger(d[3]));
            styles.addStyle(new XWPFStyle(style));
        }
    }

    /** A4 with the PDF's margins (16 mm sides, 18/20 mm top/bottom), so both reports page alike. */
    private static void a4(XWPFDocument doc) {
        var section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        var size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        var margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setLeft(BigInteger.valueOf(907));
        margins.setRight(BigInteger.valueOf(907));
        margins.setTop(BigInteger.valueOf(1020));
        margins.setBottom(BigInteger.valueOf(1134));
    }

    private static void heading(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        XWPFRun run = p.createRun();
        run.setText(text);
    }

    private static void text(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        String[] lines = text.split("\n");
        XWPFRun run = p.createRun();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i]);
        }
    }

    private static void table(XWPFDocument doc, List<List<String>> rows, boolean header) {
        if (rows.size() == (header ? 1 : 0)) {
            text(doc, "None.");
            return;
        }
        XWPFTable table = doc.createTable(rows.size(), rows.get(0).size());
        table.setWidth("100%");
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                var cell = table.getRow(r).getCell(c);
                XWPFRun run = cell.getParagraphs().get(0).createRun();
                run.setText(rows.get(r).get(c));
                run.setBold(header && r == 0);
                if (header && r == 0) {
                    cell.setColor("E8ECF1");
                }
            }
        }
        if (header) {
            table.getRow(0).setRepeatHeader(true);
        }
        doc.createParagraph();
    }

    private static void picture(XWPFDocument doc, String svg, String name, double widthInches) throws IOException {
        byte[] png = png(svg, (float) (widthInches * 150));
        var image = javax.imageio.ImageIO.read(new ByteArrayInputStream(png));
        double height = widthInches * image.getHeight() / image.getWidth();
        XWPFRun run = doc.createParagraph().createRun();
        try {
            run.addPicture(new ByteArrayInputStream(png), PictureType.PNG, name + ".png",
                    Units.toEMU(widthInches * 72), Units.toEMU(height * 72));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    /** An SVG chart as a PNG of this width in pixels (Batik, already used by the PDF renderer). */
    static byte[] png(String svg, float width) throws IOException {
        PNGTranscoder transcoder = new PNGTranscoder();
        transcoder.addTranscodingHint(PNGTranscoder.KEY_WIDTH, width);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            transcoder.transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput(out));
        } catch (TranscoderException e) {
            throw new IOException("could not draw a chart for the document: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
