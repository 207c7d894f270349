package org.airisk.workbench.reportdata;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.airisk.workbench.assessment.UserFacingProblem;
import org.airisk.workbench.catalog.RiskCatalog;
import org.airisk.workbench.changes.AssessmentChanges;
import org.airisk.workbench.evidence.EvidenceFiles;
import org.airisk.workbench.exchange.PackageStore;
import org.airisk.workbench.exchange.PackagedAssessment;
import org.airisk.workbench.exchange.ScoredPackage;
import org.airisk.workbench.exchangedata.ContentHash;
import org.airisk.workbench.importfiles.AtomicFile;
import org.airisk.workbench.questionnaire.AnsweredQuestionnaire;
import org.airisk.workbench.questionnairedata.TemplateLibrary;
import org.airisk.workbench.report.CsvReport;
import org.airisk.workbench.report.HtmlReport;
import org.airisk.workbench.report.ReportBuilder;
import org.airisk.workbench.report.ReportContent;
import org.airisk.workbench.report.ReportKind;
import org.airisk.workbench.report.ReportLogos;
import org.airisk.workbench.report.ReportWriter;
import org.airisk.workbench.report.SignOffSection;
import org.airisk.workbench.review.ReviewRepository;
import org.airisk.workbench.scoring.RiskRegister;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.settings.ReportBranding;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes an assessment's report to a file: HTML (one self-contained page) or PDF (the same page laid out by
 * openhtmltopdf, with the DejaVu fonts embedded and charts as vectors). The file appears only once complete.
 */
public final class ReportFiles implements ReportWriter {

    private final PackageStore store;
    private final TemplateLibrary templates;
    private final RiskCatalog catalog;
    private final Supplier<ScoringMethod> defaultMethod;
    private final String version;
    private final EvidenceFiles evidence;
    private final ReviewRepository reviews;
    /** Where to look for a font for characters the bundled ones lack. */
    private List<Path> fallbackFonts = FallbackFont.SYSTEM_FONTS;

    private Supplier<ReportBranding> branding = () -> ReportBranding.NONE;
    private Supplier<Optional<ReportContent.Logo>> logo = Optional::empty;
    /** Where Edit › Report settings keeps the logo; null when this writer prints none. */
    private ReportLogos logos;

    /**
     * @param evidence the files kept with each assessment, listed (name, size, SHA-256) in its report
     * @param reviews  the review stage and decisions, shown in the report's sign-off section
     */
    public ReportFiles(
            PackageStore store,
            TemplateLibrary templates,
            RiskCatalog catalog,
            Supplier<ScoringMethod> defaultMethod,
            String version,
            EvidenceFiles evidence,
            ReviewRepository reviews) {
        this.evidence = evidence;
        this.reviews = reviews;
        this.store = store;
        this.templates = templates;
        this.catalog = catalog;
        this.defaultMethod = defaultMethod;
        this.version = version;
    }

    /** Looks for a font for characters the bundled fonts lack in these files instead of the system's usual places. */
    public ReportFiles withFallbackFonts(List<Path> fonts) {
        ReportFiles copy = copy();
        copy.fallbackFonts = List.copyOf(fonts);
        return copy;
    }

    /** Puts the organisation and confidentiality marking of Edit › Report settings, read at each report, on it. */
    public ReportFiles withBranding(Supplier<ReportBranding> settings) {
        ReportFiles copy = copy();
        copy.branding = settings;
        return copy;
    }

    /** Puts the client's logo of Edit › Report settings, read at each report, on the cover. */
    public ReportFiles withLogo(ReportLogos settings) {
        ReportFiles copy = copy();
        copy.logo = settings::current;
        copy.logos = settings;
        return copy;
    }

    @Override
    public ReportLogos logo() {
        if (logos == null) {
            throw new IllegalStateException("this report writer was made without a logo (see withLogo)");
        }
        return logos;
    }

    private ReportFiles copy() {
        ReportFiles copy = new ReportFiles(store, templates, catalog, defaultMethod, version, evidence, reviews);
        copy.fallbackFonts = fallbackFonts;
        copy.branding = branding;
        copy.logo = logo;
        copy.logos = logos;
        return copy;
    }

    /** The review kept with each assessment: its versions, one of which the appendix may compare with. */
    @Override
    public ReviewRepository reviews() {
        return reviews;
    }

    /** The report's content for one assessment, scored as the register scores it ({@link ScoredPackage}). */
    public ReportContent content(UUID id, LocalDate today) {
        return content(id, today, null);
    }

    /** As {@link #content(UUID, LocalDate)}, with the changes since an earlier version when one is given. */
    public ReportContent content(UUID id, LocalDate today, Since since) {
        PackagedAssessment p = store.read(List.of(id)).get(0);
        ScoredPackage scored = ScoredPackage.of(p, templates::find, catalog, defaultMethod.get());
        AnsweredQuestionnaire state = scored.answers();
        ScoringMethod method = scored.method();
        RiskRegister register = scored.register();
        ReportContent content = new ReportBuilder()
                .build(
                        p.assessment(),
                        state,
                        p.answers(),
                        register,
                        p.plan(),
                        scored.scored().indication(),
                        catalog,
                        ContentHash.of(p, method),
                        today,
                        version,
                        evidence.list(id));
        ReportBranding brand = branding.get();
        content = content.withBranding(brand.organisation(), brand.marking())
                .withLogo(logo.get().orElse(null));
        String hash = content.contentHash();
        content = content.withSignOff(new SignOffSection(
                reviews.stage(id).label(),
                reviews.latestDecision(id).orElse(null),
                reviews.latestDecision(id)
                        .map(d -> d.contentHash().equals(hash))
                        .orElse(false)));
        return since == null
                ? content
                : content.withChangesSince(new ReportContent.ChangesSince(since.label(), changes(since.version(), p)));
    }

    /** What changed from an earlier version to a later one, scored as this library scores them. */
    @Override
    public AssessmentChanges changes(PackagedAssessment older, PackagedAssessment newer) {
        return AssessmentChanges.between(older, newer, templates::find, catalog, defaultMethod.get());
    }

    /** What changed from a version (from a package, say) to the assessment as saved in the library now. */
    @Override
    public AssessmentChanges changesSince(PackagedAssessment older, UUID id) {
        return changes(older, store.read(List.of(id)).get(0));
    }

    public Path write(UUID id, Format format, Path file, LocalDate today) {
        return write(id, format, file, today, () -> false);
    }

    /**
     * @param cancelled asked between the steps; once true, the work stops with a {@link
     *                  java.util.concurrent.CancellationException} and no file is written or replaced
     */
    public Path write(UUID id, Format format, Path file, LocalDate today, BooleanSupplier cancelled) {
        return write(id, format, file, today, null, cancelled);
    }

    /** As {@link #write(UUID, Format, Path, LocalDate, java.util.function.BooleanSupplier)}, comparing with since. */
    public Path write(UUID id, Format format, Path file, LocalDate today, Since since, BooleanSupplier cancelled) {
        return write(id, format, file, today, since, ReportKind.FULL, cancelled);
    }

    /**
     * As {@link #write(UUID, Format, Path, LocalDate, Since, java.util.function.BooleanSupplier)}, the full report or
     * the board pack (a document: PDF, Word or HTML).
     */
    @Override
    public Path write(
            UUID id,
            Format format,
            Path file,
            LocalDate today,
            Since since,
            ReportKind kind,
            BooleanSupplier cancelled) {
        if (kind == ReportKind.BOARD_PACK && (format == Format.CSV || format == Format.XLSX)) {
            throw new UserFacingProblem("The board pack is a document to read: export it as PDF, Word or "
                    + "HTML, or choose the full report for a spreadsheet.");
        }
        if (since != null && kind == ReportKind.BOARD_PACK) {
            throw new UserFacingProblem("The changes since a version are an appendix of the full report; leave them "
                    + "out of the board pack, or export the full report.");
        }
        if (since != null && format == Format.CSV) {
            throw new UserFacingProblem("CSV files hold the register and the plan only; for the changes since a "
                    + "version, export a PDF, Word, HTML or spreadsheet report.");
        }
        ReportContent content = content(id, today, since);
        stopIf(cancelled);
        if (format == Format.CSV) {
            CsvReport csv = new CsvReport();
            AtomicFile.write(planFile(file), "the plan", temp -> Files.writeString(temp, csv.plan(content)));
            return AtomicFile.write(file, "the register", temp -> Files.writeString(temp, csv.register(content)));
        }
        if (format == Format.DOCX || format == Format.XLSX) {
            return AtomicFile.write(file, "the report", temp -> {
                try (OutputStream out = Files.newOutputStream(temp)) {
                    if (format == Format.DOCX && kind == ReportKind.BOARD_PACK) {
                        BoardPackWord.write(content, out);
                    } else if (format == Format.DOCX) {
                        WordReport.write(content, out);
                    } else {
                        SpreadsheetReport.write(content, out);
                    }
                }
            });
        }
        return AtomicFile.write(file, "the report", temp -> {
            if (format == Format.HTML) {
                Files.writeString(temp, new HtmlReport().render(content, "", kind));
            } else {
                try (OutputStream out = Files.newOutputStream(temp)) {
                    pdf(content, kind, out);
                }
            }
            stopIf(cancelled);
        });
    }

    private static void stopIf(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("the report was cancelled");
        }
    }

    static {
        // The renderer's notes (PDF/UA hints) would go to the console of every user; the tests check the PDF.
        XRLog.setLoggingEnabled(false);
    }

    private void pdf(ReportContent content, ReportKind kind, OutputStream out) throws IOException {
        String html = new HtmlReport().render(content, "", kind);
        TrueTypeFont sans = bundled("DejaVuSans.ttf");
        Set<Integer> missing = FallbackFont.missing(html, sans);
        Optional<FallbackFont> fallback =
                missing.isEmpty() ? Optional.empty() : FallbackFont.find(fallbackFonts, missing);
        try (PDDocument doc = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(doc);
            PDFont regular = PDType0Font.load(doc, sans, true);
            PDFont bold = font(doc, "DejaVuSans-Bold.ttf");
            // Every family the page or its SVG may name resolves to the embedded fonts: an accessible PDF embeds all.
            for (String family : new String[] {"DejaVu Sans", "sans-serif", "serif", "SansSerif", "Serif"}) {
                builder.useFont(new PDFontSupplier(regular), family, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
                builder.useFont(new PDFontSupplier(bold), family, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            }
            PDFont mono = font(doc, "DejaVuSansMono.ttf");
            for (String family : new String[] {"DejaVu Sans Mono", "monospace"}) {
                builder.useFont(new PDFontSupplier(mono), family, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
                builder.useFont(new PDFontSupplier(mono), family, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            }
            Set<Integer> unshown = missing;
            if (fallback.isPresent()) {
                PDFont other = PDType0Font.load(doc, fallback.get().font(), true);
                for (int weight : new int[] {400, 700}) {
                    builder.useFont(
                            new PDFontSupplier(other),
                            HtmlReport.FALLBACK_FAMILY,
                            weight,
                            BaseRendererBuilder.FontStyle.NORMAL,
                            true);
                }
                unshown = FallbackFont.missing(html, fallback.get().font());
                unshown.retainAll(missing);
            }
            if (!unshown.isEmpty()) {
                html = new HtmlReport().render(content, FallbackFont.note(unshown), kind);
            }
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.usePdfUaAccessbility(true);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } finally {
            // the fallback's file is read until the document is written, so it closes last
            if (fallback.isPresent()) {
                fallback.get().close();
            }
        }
    }

    /**
     * A bundled font with its glyph substitutions off: PDFBox would otherwise set "ff", "fi" as ligatures, which
     * copy and search as one odd character, so a hash or "profile" could not be found or pasted back.
     */
    private static PDFont font(PDDocument doc, String name) throws IOException {
        return PDType0Font.load(doc, bundled(name), true);
    }

    private static TrueTypeFont bundled(String name) throws IOException {
        try (InputStream in = ReportFiles.class.getResourceAsStream("/report/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the report font " + name + " is missing from the application");
            }
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
            ttf.setEnableGsub(false);
            return ttf;
        }
    }

    /** Where the CSV export puts the plan: "register.csv" gives "register-plan.csv". */
    public static Path planFile(Path registerFile) {
        return ReportWriter.planFile(registerFile);
    }

    /** "sample-assessment.pdf" from a title. */
    public static String fileName(String title, Format format) {
        return format.fileName(title);
    }
}
