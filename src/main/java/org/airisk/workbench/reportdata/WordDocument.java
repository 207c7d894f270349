package org.airisk.workbench.reportdata;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * A Word document laid out as Word itself lays one out, so Word, LibreOffice, pandoc and python-docx all read it:
 * real Normal, Title, Heading and List Bullet styles (bullets are list numbering, not typed characters), tables
 * with a column grid and cell widths and a repeated header row, A4 with the PDF's margins, a footer with the page
 * number and the content hash, a contents field, and document properties.
 */
final class WordDocument implements AutoCloseable {
    /** A4 (11906 twips) less 16 mm margins on each side: the width every table is laid out to. */
    static final int TEXT_WIDTH = 11906 - 2 * 907;

    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
    private static final String MONO = "Courier New";
    private static final BigInteger BULLETS = BigInteger.ONE;

    private final XWPFDocument doc = new XWPFDocument();

    WordDocument(String title, String author, String subject) throws IOException {
        try {
            doc.createStyles().setStyles(StylesDocument.Factory.parse(STYLES).getStyles());
            doc.createNumbering()
                    .setNumbering(NumberingDocument.Factory.parse(NUMBERING).getNumbering());
        } catch (XmlException e) {
            throw new IOException("the Word styles could not be set up", e);
        }
        var core = doc.getProperties().getCoreProperties();
        core.setTitle(title);
        core.setCreator(author);
        core.setSubjectProperty(subject);
        doc.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication("AI Risk Workbench");
        a4();
    }

    private static final String STYLES = "<w:styles " + W + ">"
            + "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" "
            + "w:eastAsia=\"Calibri\" w:cs=\"Calibri\"/><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/><w:lang w:val=\"en-GB\"/>"
            + "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"100\" w:line=\"264\" "
            + "w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
            + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/>"
            + "</w:style>"
            + heading("Title", "Title", -1, 36) + heading("Heading1", "heading 1", 0, 28)
            + heading("Heading2", "heading 2", 1, 24) + heading("Heading3", "heading 3", 2, 21)
            + "<w:style w:type=\"paragraph\" w:styleId=\"ListBullet\"><w:name w:val=\"List Bullet\"/>"
            + "<w:basedOn w:val=\"Normal\"/><w:uiPriority w:val=\"9\"/><w:qFormat/><w:pPr><w:numPr><w:numId w:val=\"1\"/>"
            + "</w:numPr><w:spacing w:after=\"40\"/></w:pPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Note\"><w:name w:val=\"Note\"/><w:basedOn w:val=\"Normal\"/>"
            + "<w:pPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"FFF6D6\"/></w:pPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Footer\"><w:name w:val=\"footer\"/><w:basedOn w:val=\"Normal\"/>"
            + "<w:pPr><w:spacing w:after=\"0\"/></w:pPr><w:rPr><w:color w:val=\"555555\"/><w:sz w:val=\"15\"/></w:rPr>"
            + "</w:style>"
            + "<w:style w:type=\"character\" w:styleId=\"Code\"><w:name w:val=\"Code\"/><w:rPr><w:rFonts w:ascii=\""
            + MONO
            + "\" w:hAnsi=\"" + MONO + "\" w:cs=\"" + MONO + "\"/></w:rPr></w:style>"
            + "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
            + "<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/>"
            + "<w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/>"
            + "</w:tblCellMar></w:tblPr></w:style>"
            + "<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/>"
            + "<w:basedOn w:val=\"TableNormal\"/><w:pPr><w:spacing w:after=\"0\"/></w:pPr><w:tblPr><w:tblBorders>"
            + "<w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"BBBBBB\"/>"
            + "<w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"BBBBBB\"/>"
            + "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"BBBBBB\"/>"
            + "<w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"BBBBBB\"/>"
            + "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"BBBBBB\"/>"
            + "<w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"BBBBBB\"/></w:tblBorders></w:tblPr></w:style>"
            + "</w:styles>";

    private static String heading(String id, String name, int outline, int halfPoints) {
        return "<w:style w:type=\"paragraph\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name + "\"/>"
                + "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"9\"/><w:qFormat/>"
                + "<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"240\" w:after=\"80\"/>"
                + (outline >= 0 ? "<w:outlineLvl w:val=\"" + outline + "\"/>" : "") + "</w:pPr>"
                + "<w:rPr><w:b/><w:sz w:val=\"" + halfPoints + "\"/><w:szCs w:val=\"" + halfPoints
                + "\"/></w:rPr></w:style>";
    }

    private static final String NUMBERING = "<w:numbering " + W + "><w:abstractNum w:abstractNumId=\"0\">"
            + "<w:multiLevelType w:val=\"singleLevel\"/><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
            + "<w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\u2022\"/><w:lvlJc w:val=\"left\"/>"
            + "<w:pPr><w:ind w:left=\"360\" w:hanging=\"240\"/></w:pPr></w:lvl></w:abstractNum>"
            + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>";

    void heading(String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        p.createRun().setText(text);
    }

    /** A paragraph; line breaks in the text are kept. */
    XWPFParagraph text(String text) {
        XWPFParagraph p = doc.createParagraph();
        lines(p, text);
        return p;
    }

    void note(String text) {
        text(text).setStyle("Note");
    }

    void bullet(String text) {
        text(text).setStyle("ListBullet");
    }

    /** A label, then a hash or an id in a monospaced face, so it copies back exactly. */
    void code(String label, String code) {
        XWPFParagraph p = doc.createParagraph();
        p.createRun().setText(label);
        codeRun(p, code);
    }

    private static void codeRun(XWPFParagraph p, String code) {
        XWPFRun run = p.createRun();
        run.setStyle("Code");
        run.setFontFamily(MONO);
        run.setText(code);
    }

    private static void lines(XWPFParagraph p, String text) {
        XWPFRun run = p.createRun();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }

    /**
     * A table as wide as the text, its columns in these proportions; the first row a header repeated on every page
     * when {@code header}. A column whose {@code codeColumn} flag is set is printed monospaced.
     */
    void table(int[] weights, List<List<String>> rows, boolean header) {
        int total = Arrays.stream(weights).sum();
        int[] widths = new int[weights.length];
        for (int c = 0; c < weights.length; c++) {
            widths[c] = TEXT_WIDTH * weights[c] / total;
        }
        XWPFTable table = doc.createTable(rows.size(), weights.length);
        table.setStyleID("TableGrid");
        var pr = table.getCTTbl().getTblPr();
        CTTblWidth width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(TEXT_WIDTH));
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null
                ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (int r = 0; r < rows.size(); r++) {
            var row = table.getRow(r);
            row.setCantSplitRow(true);
            for (int c = 0; c < weights.length; c++) {
                XWPFTableCell cell = row.getCell(c);
                var tcw = cell.getCTTc().addNewTcPr().addNewTcW();
                tcw.setType(STTblWidth.DXA);
                tcw.setW(BigInteger.valueOf(widths[c]));
                XWPFParagraph p = cell.getParagraphs().get(0);
                lines(p, rows.get(r).get(c));
                if (header && r == 0) {
                    p.getRuns().forEach(run -> run.setBold(true));
                    cell.setColor("EEEEEE");
                }
            }
        }
        if (header) {
            table.getRow(0).setRepeatHeader(true);
        }
        doc.createParagraph().setSpacingAfter(0);
    }

    /** A chart as a picture, described for screen readers by {@code alt}. */
    void picture(String svg, String name, String alt, double widthInches) throws IOException {
        byte[] png = png(svg, (float) (widthInches * 150));
        var image = ImageIO.read(new ByteArrayInputStream(png));
        double height = widthInches * image.getHeight() / image.getWidth();
        image(png, PictureType.PNG, name + ".png", alt, widthInches * 72, height * 72);
    }

    /** An image (PNG or JPEG) of this size in points, in a paragraph of its own, with its alt text. */
    void image(byte[] data, PictureType type, String name, String alt, double widthPoints, double heightPoints)
            throws IOException {
        XWPFRun run = doc.createParagraph().createRun();
        try {
            run.addPicture(
                    new ByteArrayInputStream(data), type, name, Units.toEMU(widthPoints), Units.toEMU(heightPoints));
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
        var inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
        inline.getDocPr().setDescr(alt);
        inline.getDocPr().setTitle(name);
    }

    /** A contents field over Heading 1-2; Word fills it in when the document is opened (fields are updated). */
    void contents() {
        XWPFParagraph p = doc.createParagraph();
        field(p, "TOC \\o \"1-2\" \\h \\z \\u", "Right-click and choose Update Field to show the contents.");
        doc.enforceUpdateFields();
    }

    /** The footer on every page: the title and hash on the left, "Page n of m" below. */
    void footer(String title, String hash) {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph first = footer.createParagraph();
        first.setStyle("Footer");
        first.createRun().setText(title + " \u00b7 content SHA-256 ");
        codeRun(first, hash);
        XWPFParagraph pages = footer.createParagraph();
        pages.setStyle("Footer");
        pages.setAlignment(ParagraphAlignment.RIGHT);
        pages.createRun().setText("Page ");
        field(pages, "PAGE", "1");
        pages.createRun().setText(" of ");
        field(pages, "NUMPAGES", "1");
    }

    private static void field(XWPFParagraph p, String instruction, String shown) {
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        var instr = p.createRun().getCTR().addNewInstrText();
        instr.setStringValue(" " + instruction + " ");
        instr.setSpace(SpaceAttribute.Space.PRESERVE);
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        p.createRun().setText(shown);
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    void pageBreak() {
        doc.createParagraph().setPageBreak(true);
    }

    /** A4 with the PDF's margins (16 mm sides, 18/20 mm top/bottom), so both reports page alike. */
    private void a4() {
        var body = doc.getDocument().getBody();
        var section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        var size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        var margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setLeft(BigInteger.valueOf(907));
        margins.setRight(BigInteger.valueOf(907));
        margins.setTop(BigInteger.valueOf(1020));
        margins.setBottom(BigInteger.valueOf(1134));
        margins.setFooter(BigInteger.valueOf(425));
        margins.setHeader(BigInteger.valueOf(425));
    }

    void write(OutputStream out) throws IOException {
        doc.write(out);
    }

    @Override
    public void close() throws IOException {
        doc.close();
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
