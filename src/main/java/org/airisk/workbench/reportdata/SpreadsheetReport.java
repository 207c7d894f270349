package org.airisk.workbench.reportdata;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.airisk.workbench.report.CsvReport;
import org.airisk.workbench.report.ReportContent;
import org.airisk.workbench.report.ReportText;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The report as a workbook: an About sheet saying which assessment it is (with the content hash), then the register
 * and the plan as filterable sheets with numbers as numbers and dates as dates. Printed landscape at 85 % of 10 pt
 * (8.5 pt), text wrapped in capped columns; a wide sheet continues on a second page across with the first column
 * and the header row repeated, rather than shrinking to an unreadable size.
 */
final class SpreadsheetReport {
    static final short FONT_POINTS = 10;
    static final short PRINT_SCALE = 85;
    /** Columns that hold dates (ISO text in the CSV) and become real date cells here. */
    private static final Set<String> DATE_COLUMNS = Set.of("Due");

    private static final int WIDEST = 36;

    private SpreadsheetReport() {}

    static void write(ReportContent content, OutputStream out) throws IOException {
        CsvReport tables = new CsvReport();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Styles styles = new Styles(book);
            about(book, styles, content);
            List<CsvReport.Table> sheets = new ArrayList<>(
                    List.of(tables.registerTable(content), tables.planTable(content), tables.evidenceTable(content)));
            content.changes().ifPresent(c -> sheets.add(tables.changesTable(c)));
            for (CsvReport.Table table : sheets) {
                sheet(book, styles, table);
            }
            book.getProperties()
                    .getCoreProperties()
                    .setTitle("AI risk assessment: " + content.cover().title());
            book.getProperties().getCoreProperties().setCreator(content.cover().assessor());
            book.getProperties()
                    .getExtendedProperties()
                    .getUnderlyingProperties()
                    .setApplication("AI Risk Workbench");
            book.write(out);
        }
    }

    private record Styles(CellStyle header, CellStyle text, CellStyle date, CellStyle code, CellStyle label) {
        Styles(XSSFWorkbook book) {
            this(
                    style(book, true, false),
                    style(book, false, false),
                    style(book, false, false),
                    style(book, false, true),
                    style(book, true, false));
            date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
        }

        private static CellStyle style(XSSFWorkbook book, boolean bold, boolean mono) {
            XSSFFont font = book.createFont();
            font.setFontHeightInPoints(FONT_POINTS);
            font.setBold(bold);
            // Hashes and ids are compared character by character: a monospaced face, present on every system.
            font.setFontName(mono ? "Courier New" : "Calibri");
            CellStyle style = book.createCellStyle();
            style.setFont(font);
            style.setWrapText(!mono);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        }
    }

    private static void about(XSSFWorkbook book, Styles styles, ReportContent r) {
        XSSFSheet sheet = book.createSheet("About");
        ReportContent.Cover c = r.cover();
        Object[][] rows = {
            {"Report", "AI risk assessment: " + c.title()},
            {"Organisation", c.organisation()},
            {"Marking", c.marking()},
            {"AI system", c.systemName()},
            {"Assessor", c.assessor()},
            {"Questionnaire", c.questionnaire()},
            {"Status", c.status() + " (" + c.progressPercent() + "% of required questions answered)"},
            {"Date", c.date()},
            {"Scoring method", c.method()},
            {"Produced with", "AI Risk Workbench " + c.appVersion()},
            {"Content hash (SHA-256)", r.contentHash()},
            {
                "Checking the hash",
                "ai-risk-workbench verify --report this-file.xlsx the-assessment.airisk.json " + "(see docs/hash.md)"
            },
            {
                "Sheets",
                "Risk register: every applicable risk, highest residual first. Mitigation plan: accepted "
                        + "and rejected measures, with due dates and overdue flags."
                        + r.changes()
                                .map(ch -> " " + CsvReport.CHANGES_SHEET + ": " + ReportText.changesIntro(ch))
                                .orElse("")
            }
        };
        for (int i = 0; i < rows.length; i++) {
            XSSFRow row = sheet.createRow(i);
            XSSFCell label = row.createCell(0);
            label.setCellValue((String) rows[i][0]);
            label.setCellStyle(styles.label());
            XSSFCell value = row.createCell(1);
            if (rows[i][1] instanceof LocalDate d) {
                value.setCellValue(d);
                value.setCellStyle(styles.date());
            } else {
                value.setCellValue((String) rows[i][1]);
                value.setCellStyle(rows[i][0].equals("Content hash (SHA-256)") ? styles.code() : styles.text());
            }
        }
        sheet.setColumnWidth(0, 256 * 24);
        sheet.setColumnWidth(1, 256 * 80);
        r.cover().logoImage().ifPresent(logo -> logo(book, sheet, logo));
        printing(sheet);
    }

    /** The client's logo beside the About table, at its own proportions. */
    private static void logo(XSSFWorkbook book, XSSFSheet sheet, ReportContent.Logo logo) {
        int index = book.addPicture(
                logo.image(),
                logo.mediaType().equals("image/png") ? Workbook.PICTURE_TYPE_PNG : Workbook.PICTURE_TYPE_JPEG);
        var anchor = book.getCreationHelper().createClientAnchor();
        anchor.setCol1(2);
        anchor.setRow1(0);
        var picture = sheet.createDrawingPatriarch().createPicture(anchor, index);
        double[] size = logo.fit(170, 60);
        // resize scales from the image's own size: fit it to at most 170 x 60 points like the cover
        picture.resize(size[0] / (logo.width() * 0.75), size[1] / (logo.height() * 0.75));
    }

    private static void sheet(XSSFWorkbook book, Styles styles, CsvReport.Table table) {
        XSSFSheet sheet = book.createSheet(table.name());
        List<String> header = table.rows().get(0);
        for (int r = 0; r < table.rows().size(); r++) {
            XSSFRow row = sheet.createRow(r);
            List<String> cells = table.rows().get(r);
            for (int c = 0; c < cells.size(); c++) {
                String v = cells.get(c);
                XSSFCell cell = row.createCell(c);
                cell.setCellStyle(r == 0 ? styles.header() : styles.text());
                if (r > 0 && v.matches("-?\\d{1,9}")) {
                    cell.setCellValue(Integer.parseInt(v));
                } else if (r > 0 && DATE_COLUMNS.contains(header.get(c)) && !v.isEmpty()) {
                    cell.setCellValue(LocalDate.parse(v));
                    cell.setCellStyle(styles.date());
                } else {
                    cell.setCellValue(v);
                }
            }
        }
        int columns = header.size();
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, table.rows().size() - 1), 0, columns - 1));
        // The risk's (or measure's) name stays in view and is printed on every page across.
        int key = Math.max(0, header.indexOf("Risk"));
        sheet.createFreezePane(key + 1, 1);
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, 256 * Math.min(WIDEST, Math.max(10, widest(table, c) + 2)));
        }
        printing(sheet);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, key));
    }

    /** Landscape A4 at a fixed, readable scale; a wide sheet goes across before down. */
    private static void printing(XSSFSheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setScale(PRINT_SCALE);
        print.setLeftToRight(true);
        sheet.setFitToPage(false);
        sheet.setPrintGridlines(true);
    }

    /** The widest cell's text, counting the longest line of a wrapped header as its width. */
    private static int widest(CsvReport.Table table, int column) {
        int headerWord = 0;
        for (String word : table.rows().get(0).get(column).split(" ")) {
            headerWord = Math.max(headerWord, word.length());
        }
        int body = table.rows().stream()
                .skip(1)
                .mapToInt(r -> r.get(column).length())
                .max()
                .orElse(0);
        return Math.max(headerWord, body);
    }
}
