package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import javax.imageio.ImageIO;
import org.airisk.workbench.report.ReportContent;
import org.airisk.workbench.reportdata.ReportFiles;
import org.airisk.workbench.reportdata.ReportLogo;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** The client's logo of Report settings: kept in the data folder, on the cover of every format, bad files refused. */
class ReportLogoTest extends SampleReportCase {

    private Path image(String name, String format, int width, int height, boolean noise) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(0x1d, 0x4e, 0x89));
        g.fillRect(0, 0, width, height);
        g.dispose();
        if (noise) {
            Random random = new Random(15);
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    image.setRGB(x, y, random.nextInt(0xffffff));
                }
            }
        }
        Path file = dir.resolve(name);
        assertTrue(ImageIO.write(image, format, file.toFile()));
        return file;
    }

    @Test
    void everyFormatCarriesTheChosenLogoOnItsCover() throws Exception {
        Path chosen = image("client.png", "png", 240, 80, false);
        byte[] bytes = Files.readAllBytes(chosen);
        ReportLogo logo = new ReportLogo(library.dataFolder);
        logo.choose(chosen);
        Files.delete(chosen); // the report must not depend on the user's file
        ReportFiles reports = library.reports.withLogo(logo);

        Path pdf = reports.write(
                library.sample, ReportFiles.Format.PDF, dir.resolve("logo.pdf"), SampleReportLibrary.TODAY);
        assertEquals(1, imagesOnFirstPage(pdf), "the logo is an image on the cover");
        Path plain = library.reports.write(
                library.sample, ReportFiles.Format.PDF, dir.resolve("plain.pdf"), SampleReportLibrary.TODAY);
        assertEquals(0, imagesOnFirstPage(plain), "no image on the cover without a logo");

        String html = Files.readString(reports.write(
                library.sample, ReportFiles.Format.HTML, dir.resolve("logo.html"), SampleReportLibrary.TODAY));
        assertTrue(html.contains("<img src=\"data:image/png;base64,"), "the logo inside the page");
        assertFalse(html.contains("report-logo"), "no path to a file beside the page");

        Path docx = reports.write(
                library.sample, ReportFiles.Format.DOCX, dir.resolve("logo.docx"), SampleReportLibrary.TODAY);
        try (var doc = new XWPFDocument(Files.newInputStream(docx))) {
            assertTrue(
                    doc.getAllPictures().stream().anyMatch(p -> Arrays.equals(p.getData(), bytes)),
                    "the logo is a picture in the Word document");
            var first = doc.getParagraphs().get(0);
            assertFalse(first.getRuns().get(0).getEmbeddedPictures().isEmpty(), "first on the cover");
        }
        Path xlsx = reports.write(
                library.sample, ReportFiles.Format.XLSX, dir.resolve("logo.xlsx"), SampleReportLibrary.TODAY);
        try (var book = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            var drawing = book.getSheet("About").getDrawingPatriarch();
            assertTrue(drawing != null && drawing.getShapes().size() == 1, "the logo on the About sheet");
            assertArrayEquals(bytes, book.getAllPictures().get(0).getData());
        }
    }

    private static int imagesOnFirstPage(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDPage cover = doc.getPage(0);
            int images = 0;
            for (var name : cover.getResources().getXObjectNames()) {
                if (cover.getResources().getXObject(name) instanceof PDImageXObject) {
                    images++;
                }
            }
            return images;
        }
    }

    @Test
    void theLogoIsKeptInTheDataFolderAtEverySizeUpToTheLimitAndCanBeRemoved() throws Exception {
        Path small = image("small.jpg", "jpg", 1, 1, false);
        Path large = image("large.png", "png", 780, 780, true);
        long size = Files.size(large);
        assertTrue(size > ReportLogo.MAX_BYTES * 3 / 4 && size <= ReportLogo.MAX_BYTES, "near the limit: " + size);
        for (Path chosen : new Path[] {small, large}) {
            new ReportLogo(library.dataFolder).choose(chosen);
            ReportContent.Logo reopened =
                    new ReportLogo(library.dataFolder).current().orElseThrow();
            assertArrayEquals(
                    Files.readAllBytes(chosen),
                    reopened.image(),
                    chosen.getFileName().toString());
            assertEquals(chosen.toString().endsWith(".png") ? "image/png" : "image/jpeg", reopened.mediaType());
        }
        new ReportLogo(library.dataFolder).remove();
        assertTrue(new ReportLogo(library.dataFolder).current().isEmpty());
        String html = Files.readString(library.reports
                .withLogo(new ReportLogo(library.dataFolder))
                .write(
                        library.sample,
                        ReportFiles.Format.HTML,
                        dir.resolve("removed.html"),
                        SampleReportLibrary.TODAY));
        assertFalse(html.contains("data:image/"), "no logo once removed");
    }

    @Test
    void aFileThatIsNoImageOrTooLargeIsRefusedWithOneSentenceAndTheLogoKept() throws Exception {
        ReportLogo logo = new ReportLogo(library.dataFolder);
        Path kept = image("kept.png", "png", 20, 10, false);
        logo.choose(kept);
        Path text = Files.writeString(dir.resolve("logo.png"), "not an image");
        Path gif = image("logo.gif", "gif", 20, 10, false);
        Path huge = Files.write(dir.resolve("huge.png"), new byte[(int) ReportLogo.MAX_BYTES + 1]);
        Path missing = dir.resolve("gone.png");
        String[][] cases = {
            {
                text.toString(),
                "The file \u201clogo.png\u201d is not a PNG or JPEG image: choose the " + "logo as a .png or .jpg file."
            },
            {
                gif.toString(),
                "The file \u201clogo.gif\u201d is not a PNG or JPEG " + "image: choose the logo as a .png or .jpg file."
            },
            {
                huge.toString(),
                "The image \u201chuge.png\u201d "
                        + "is larger than 2 MB: choose a smaller file, or save the logo at a lower resolution."
            },
            {
                missing.toString(),
                "Could not read \u201cgone.png\u201d: check that the file exists and that you may " + "open it."
            }
        };
        for (String[] c : cases) {
            var refused = assertThrows(IllegalArgumentException.class, () -> logo.choose(Path.of(c[0])));
            assertEquals(c[1], refused.getMessage());
        }
        assertArrayEquals(Files.readAllBytes(kept), logo.current().orElseThrow().image(), "the logo set before stays");
    }
}
