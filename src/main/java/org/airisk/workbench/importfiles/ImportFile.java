package org.airisk.workbench.importfiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;

/**
 * Reads a file that is to be imported as text, or says in one sentence why not: only ordinary files (a folder,
 * device, pipe or a link to one is refused before it is opened, so nothing hangs), never more than the bound given
 * (the read stops there even when the file claims to be smaller), UTF-8 with or without a byte-order mark, or UTF-16
 * with one; anything else is refused rather than guessed.
 */
public final class ImportFile {
    private static final int PEEK = 4;

    /** The text, or the problem (one sentence) that keeps the file from being read. */
    public record Text(String text, String problem) {
        public boolean ok() {
            return problem == null;
        }

        static Text refused(String problem) {
            return new Text(null, problem);
        }
    }

    private ImportFile() {}

    /**
     * @param what     the kind of file expected, for messages ("an assessment package")
     * @param maxBytes the largest file of that kind
     */
    public static Text read(Path file, String what, long maxBytes) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return Text.refused("There is no file " + file + "; check its name and folder.");
        } catch (IOException e) {
            return Text.refused("The file " + file + " cannot be looked at (" + reason(e) + ").");
        }
        if (attributes.isDirectory()) {
            return Text.refused(file + " is a folder; choose the file inside it.");
        }
        if (!attributes.isRegularFile()) {
            return Text.refused(
                    file + " is not an ordinary file (it is a device, pipe or socket); choose a saved file.");
        }
        if (attributes.size() > maxBytes) {
            return tooLarge(what, maxBytes);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            // Never trust the size the file system gave: read one byte past the bound at most.
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            return Text.refused("The file " + file.getFileName() + " cannot be read (" + reason(e) + ").");
        }
        if (bytes.length > maxBytes) {
            return tooLarge(what, maxBytes);
        }
        return decode(bytes);
    }

    private static Text tooLarge(String what, long maxBytes) {
        return Text.refused("The file is larger than " + ImportLimits.megabytes(maxBytes) + ", the most " + what
                + " may be; this is not one.");
    }

    /** The bytes as text: UTF-8 (a byte-order mark is dropped) or UTF-16 with a byte-order mark. */
    static Text decode(byte[] bytes) {
        if (bytes.length == 0) {
            return Text.refused("The file is empty.");
        }
        int[] head = new int[PEEK];
        for (int i = 0; i < PEEK; i++) {
            head[i] = i < bytes.length ? bytes[i] & 0xff : -1;
        }
        if ((head[0] == 0 && head[1] == 0 && head[2] == 0xfe && head[3] == 0xff)
                || (head[0] == 0xff && head[1] == 0xfe && head[2] == 0 && head[3] == 0)) {
            return Text.refused("The file is UTF-32 text; save it as UTF-8 and try again.");
        }
        if (head[0] == 0xef && head[1] == 0xbb && head[2] == 0xbf) {
            return strict(Arrays.copyOfRange(bytes, 3, bytes.length), StandardCharsets.UTF_8, 3);
        }
        if (head[0] == 0xfe && head[1] == 0xff) {
            return strict(Arrays.copyOfRange(bytes, 2, bytes.length), StandardCharsets.UTF_16BE, 2);
        }
        if (head[0] == 0xff && head[1] == 0xfe) {
            return strict(Arrays.copyOfRange(bytes, 2, bytes.length), StandardCharsets.UTF_16LE, 2);
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return Text.refused(
                        i < PEEK
                                ? "The file looks like UTF-16 text without a byte-order mark, or binary data; save it as UTF-8 and try again."
                                : "The file holds a zero byte (at byte " + (i + 1)
                                        + "), so it is binary data, not text.");
            }
        }
        return strict(bytes, StandardCharsets.UTF_8, 0);
    }

    private static Text strict(byte[] bytes, Charset charset, int offset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 16);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            String name = charset == StandardCharsets.UTF_8 ? "UTF-8" : "UTF-16";
            return Text.refused("The file is not " + name + " text (byte " + (in.position() + offset + 1)
                    + " does not fit); save it as UTF-8 and try again.");
        }
        out.flip();
        String text = out.toString();
        if (text.isBlank()) {
            return Text.refused("The file is empty.");
        }
        return new Text(text, null);
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "you may not read it";
        }
        return e.getMessage() == null ? "the system gave no reason" : e.getMessage();
    }

    /** For tests and callers holding bytes already: the same decoding as a file gets. */
    public static Text text(byte[] bytes) {
        return decode(bytes);
    }
}
