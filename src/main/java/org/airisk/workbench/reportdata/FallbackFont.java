package org.airisk.workbench.reportdata;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A font of the computer's own for characters the bundled DejaVu fonts lack (Chinese, Japanese, Korean and other
 * scripts): bundling one would add 20-100 MB to the installer, and every desktop system has one. Only fonts with
 * TrueType outlines qualify (PDFBox embeds no CFF-outline OpenType), so the list names those; the first that
 * covers any of the missing characters is used. What no font covers is named on the report's cover.
 */
final class FallbackFont implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(FallbackFont.class);

    /** Where Debian, Fedora, Windows and macOS keep such fonts, in order of preference. */
    static final List<Path> SYSTEM_FONTS = List.of(
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/google-droid-sans-fonts/DroidSansFallbackFull.ttf"),
            Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"),
            Path.of("C:\\Windows\\Fonts\\msyh.ttc"),
            Path.of("C:\\Windows\\Fonts\\msgothic.ttc"),
            Path.of("C:\\Windows\\Fonts\\malgun.ttf"),
            Path.of("/System/Library/Fonts/Supplemental/Arial Unicode.ttf"),
            Path.of("/Library/Fonts/Arial Unicode.ttf"));

    private final TrueTypeFont font;
    private final Closeable source;

    private FallbackFont(TrueTypeFont font, Closeable source) {
        this.font = font;
        this.source = source;
    }

    /** The characters of {@code text} that {@code font} has no glyph for (line breaks and spaces aside). */
    static Set<Integer> missing(String text, TrueTypeFont font) throws IOException {
        var cmap = font.getUnicodeCmapLookup();
        Set<Integer> missing = new TreeSet<>();
        text.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isISOControl(c))
                .filter(c -> !missing.contains(c) && cmap.getGlyphId(c) == 0)
                .forEach(missing::add);
        return missing;
    }

    /** The first font among {@code candidates} that has a glyph for any of {@code needed}; kept open until closed. */
    static Optional<FallbackFont> find(List<Path> candidates, Set<Integer> needed) {
        for (Path file : candidates) {
            if (!Files.isRegularFile(file)) {
                continue;
            }
            try {
                Optional<FallbackFont> found = open(file, needed);
                if (found.isPresent()) {
                    return found;
                }
            } catch (IOException | RuntimeException e) {
                LOG.info("Font {} cannot be used for characters the report's fonts lack: {}", file, e.toString());
            }
        }
        return Optional.empty();
    }

    private static Optional<FallbackFont> open(Path file, Set<Integer> needed) throws IOException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
            try {
                List<TrueTypeFont> fonts = new ArrayList<>();
                collection.processAllFonts(fonts::add);
                for (TrueTypeFont f : fonts) {
                    if (usable(f, needed)) {
                        return Optional.of(new FallbackFont(f, collection));
                    }
                }
            } catch (IOException | RuntimeException e) {
                collection.close();
                throw e;
            }
            collection.close();
            return Optional.empty();
        }
        RandomAccessReadBufferedFile read = new RandomAccessReadBufferedFile(file.toFile());
        TrueTypeFont f;
        try {
            f = new TTFParser().parse(read);
        } catch (IOException | RuntimeException e) {
            read.close();
            throw e;
        }
        try {
            if (usable(f, needed)) {
                return Optional.of(new FallbackFont(f, f));
            }
        } catch (IOException | RuntimeException e) {
            f.close();
            throw e;
        }
        f.close();
        return Optional.empty();
    }

    private static boolean usable(TrueTypeFont f, Set<Integer> needed) throws IOException {
        // glyf: TrueType outlines, which PDFBox can embed
        return f.getTableMap().containsKey("glyf")
                && missing(codePoints(needed), f).size() < needed.size();
    }

    private static String codePoints(Set<Integer> points) {
        StringBuilder s = new StringBuilder();
        points.forEach(s::appendCodePoint);
        return s.toString();
    }

    TrueTypeFont font() {
        return font;
    }

    /** The note on the cover when some characters have no font: which, and what to do. */
    static String note(Set<Integer> unshown) {
        // named by code point: the characters themselves are what this PDF cannot print
        String sample = String.join(
                " ",
                unshown.stream()
                        .limit(6)
                        .map(c -> String.format(Locale.ROOT, "U+%04X", c))
                        .toList());
        return unshown.size() + " character" + (unshown.size() == 1 ? "" : "s") + " in this assessment (" + sample
                + (unshown.size() > 6 ? " \u2026" : "") + ") cannot be shown in this PDF: neither its fonts nor the "
                + "computer's have them, so they print as #. The Word, HTML and spreadsheet reports show them as "
                + "written; or install a font that has them (for Chinese, Japanese and Korean on Debian: "
                + "fonts-droid-fallback) and export the PDF again.";
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
