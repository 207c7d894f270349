package org.airisk.workbench.reportdata;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The content hash a report states, read from its text as a reader's tools read it (the PDF's text layer, the Word
 * document's body and footer, the workbook's cells): what `verify --report` compares with a package.
 */
public final class StatedHash {
    private StatedHash() {}

    /**
     * A hash where the report states it as the content hash: after "content SHA-256" (footers) or "Content hash
     * (SHA-256 ...)" (cover, closing line, the workbook's About sheet). Other hashes in a report, such as the
     * SHA-256 of each evidence file, are labelled otherwise and do not count.
     */
    private static final Pattern STATED =
            Pattern.compile("(?is)content (?:hash \\()?SHA-256.{0,200}?\\b([0-9a-f]{64})\\b");

    /** Every distinct content hash the report states, in reading order: one for a report from this app. */
    public static Set<String> in(Path report) throws IOException {
        String name = report.getFileName().toString().toLowerCase(Locale.ROOT);
        String text;
        if (name.endsWith(".pdf")) {
            try (PDDocument doc = Loader.loadPDF(report.toFile())) {
                text = new PDFTextStripper().getText(doc);
            }
        } else if (name.endsWith(".docx")) {
            try (InputStream in = Files.newInputStream(report);
                    XWPFDocument doc = new XWPFDocument(in);
                    XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
                text = words.getText();
            }
        } else if (name.endsWith(".xlsx")) {
            StringBuilder cells = new StringBuilder();
            try (InputStream in = Files.newInputStream(report);
                    XSSFWorkbook book = new XSSFWorkbook(in)) {
                for (Sheet sheet : book) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            cells.append(cell.toString()).append('\n');
                        }
                    }
                }
            }
            text = cells.toString();
        } else {
            text = Files.readString(report);
        }
        Set<String> found = new LinkedHashSet<>();
        Matcher m = STATED.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
