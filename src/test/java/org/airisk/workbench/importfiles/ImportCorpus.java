package org.airisk.workbench.importfiles;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Broken and hostile files to import, written into a folder: each with the kind of import it is meant for and
 * what the workbench does with it (refuses it, or imports it as documented). The kinds' own cases come from
 * {@code PackageCorpus} and {@code TemplateAndAtlasCorpus}; this class holds the common ones and the writing.
 */
public final class ImportCorpus {
    public enum Kind {
        PACKAGE,
        TEMPLATE,
        ATLAS
    }

    public enum Outcome {
        IMPORTED,
        REFUSED
    }

    public record Case(String name, Kind kind, Outcome expected, Path file) {
        @Override
        public String toString() {
            return kind + " " + name;
        }
    }

    private final Path folder;
    private final List<Case> cases = new ArrayList<>();
    private int serial;

    public ImportCorpus(Path folder) {
        this.folder = folder;
    }

    public List<Case> cases() {
        return List.copyOf(cases);
    }

    public Path folder() {
        return folder;
    }

    private Path next(String name, String extension) {
        serial++;
        return folder.resolve(
                String.format(Locale.ROOT, "%03d-%s%s", serial, name.replaceAll("[^A-Za-z0-9]+", "-"), extension));
    }

    private static String extension(Kind kind) {
        return switch (kind) {
            case PACKAGE -> ".airisk.json";
            case TEMPLATE -> ".json";
            case ATLAS -> ".yaml";
        };
    }

    public void text(Kind kind, String name, Outcome expected, String content) {
        bytes(kind, name, expected, content.getBytes(StandardCharsets.UTF_8));
    }

    public void text(Kind kind, String name, Outcome expected, String content, Charset charset, byte... bom) {
        byte[] body = content.getBytes(charset);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        bytes(kind, name, expected, all);
    }

    public void bytes(Kind kind, String name, Outcome expected, byte[] content) {
        Path file = next(name, extension(kind));
        try {
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        cases.add(new Case(name, kind, expected, file));
    }

    private void add(Kind kind, String name, Outcome expected, Path file) {
        cases.add(new Case(name, kind, expected, file));
    }

    /** Files that are no text of any kind; the same for every kind of import. */
    public void encodingsAndGarbage(Kind kind, String good) throws IOException {
        text(kind, "empty file", Outcome.REFUSED, "");
        text(kind, "only blanks", Outcome.REFUSED, " \n\t\n");
        text(
                kind,
                "UTF-8 byte-order mark",
                Outcome.IMPORTED,
                good,
                StandardCharsets.UTF_8,
                (byte) 0xef,
                (byte) 0xbb,
                (byte) 0xbf);
        text(
                kind,
                "UTF-16LE with byte-order mark",
                Outcome.IMPORTED,
                good,
                StandardCharsets.UTF_16LE,
                (byte) 0xff,
                (byte) 0xfe);
        text(
                kind,
                "UTF-16BE with byte-order mark",
                Outcome.IMPORTED,
                good,
                StandardCharsets.UTF_16BE,
                (byte) 0xfe,
                (byte) 0xff);
        text(kind, "UTF-16LE without byte-order mark", Outcome.REFUSED, good, StandardCharsets.UTF_16LE);
        text(
                kind,
                "UTF-32 with byte-order mark",
                Outcome.REFUSED,
                good,
                Charset.forName("UTF-32BE"),
                (byte) 0,
                (byte) 0,
                (byte) 0xfe,
                (byte) 0xff);
        text(kind, "Latin-1 instead of UTF-8", Outcome.REFUSED, good + "\u00e9", StandardCharsets.ISO_8859_1);
        byte[] surrogate = good.getBytes(StandardCharsets.UTF_8);
        byte[] withSurrogate = new byte[surrogate.length + 3];
        System.arraycopy(surrogate, 0, withSurrogate, 0, surrogate.length);
        withSurrogate[surrogate.length] = (byte) 0xed;
        withSurrogate[surrogate.length + 1] = (byte) 0xa0;
        withSurrogate[surrogate.length + 2] = (byte) 0x80;
        bytes(kind, "encoded lone surrogate bytes", Outcome.REFUSED, withSurrogate);
        byte[] garbage = new byte[4096];
        new Random(16).nextBytes(garbage);
        bytes(kind, "binary garbage", Outcome.REFUSED, garbage);
        bytes(kind, "a PNG header", Outcome.REFUSED, new byte[] {
            (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13
        });
        bytes(kind, "a zip header", Outcome.REFUSED, new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0});
        text(kind, "plain text", Outcome.REFUSED, "Shopping list: milk, eggs, bread.\n");
        text(
                kind,
                "a NUL byte in the middle",
                Outcome.REFUSED,
                good.substring(0, good.length() / 3) + "\u0000" + good.substring(good.length() / 3));
        Path huge = next("larger than any bound", extension(kind));
        try (RandomAccessFile sparse = new RandomAccessFile(huge.toFile(), "rw")) {
            sparse.setLength(64L * 1024 * 1024 + 1);
        }
        add(kind, "larger than any bound (sparse)", Outcome.REFUSED, huge);
    }

    /** Folders, devices, pipes and links: refused before they are opened, so nothing hangs or fills memory. */
    public void specialFiles(Path goodPackage) throws IOException, InterruptedException {
        Path folderCase = next("a folder", ".airisk.json");
        Files.createDirectory(folderCase);
        add(Kind.PACKAGE, "a folder", Outcome.REFUSED, folderCase);
        add(Kind.PACKAGE, "a missing file", Outcome.REFUSED, next("missing", ".airisk.json"));
        Path zero = Path.of("/dev/zero");
        if (Files.exists(zero)) {
            add(Kind.PACKAGE, "/dev/zero", Outcome.REFUSED, zero);
            Path link = next("link to dev zero", ".airisk.json");
            Files.createSymbolicLink(link, zero);
            add(Kind.PACKAGE, "a link to /dev/zero", Outcome.REFUSED, link);
        }
        Path fifo = next("a pipe", ".airisk.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        if (mkfifo.waitFor() == 0) {
            add(Kind.PACKAGE, "a named pipe", Outcome.REFUSED, fifo);
            Path link = next("link to a pipe", ".airisk.json");
            Files.createSymbolicLink(link, fifo);
            add(Kind.PACKAGE, "a link to a named pipe", Outcome.REFUSED, link);
        }
        Path toFolder = next("link to a folder", ".airisk.json");
        Files.createSymbolicLink(toFolder, folder);
        add(Kind.PACKAGE, "a link to a folder", Outcome.REFUSED, toFolder);
        Path dangling = next("dangling link", ".airisk.json");
        Files.createSymbolicLink(dangling, folder.resolve("nothing-here"));
        add(Kind.PACKAGE, "a link to nothing", Outcome.REFUSED, dangling);
        Path toGood = next("link to a good package", ".airisk.json");
        Files.createSymbolicLink(toGood, goodPackage);
        add(Kind.PACKAGE, "a link to a good package (followed)", Outcome.IMPORTED, toGood);
    }
}
