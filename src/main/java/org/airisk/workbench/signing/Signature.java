package org.airisk.workbench.signing;

import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * A signature over some bytes: the signature's own bytes, and the fingerprint of the key it was made with so that a
 * check against another key can say so plainly. The fingerprint only names the key; the signature itself decides.
 */
public record Signature(String keyFingerprint, byte[] value) {
    public static final String ALGORITHM = "Ed25519";
    static final String TITLE = "AI Risk Workbench signature";
    static final String ALGORITHM_LINE = "Algorithm: ";
    static final String KEY_LINE = "Key fingerprint: ";
    static final String VALUE_LINE = "Signature: ";
    private static final int MAX_TEXT_CHARS = 4096;

    public Signature {
        value = value.clone();
    }

    @Override
    public byte[] value() {
        return value.clone();
    }

    /** The signature as a small text file; its last line is the base64 that OpenSSL checks (docs/signing.md). */
    public String text() {
        return TITLE + "\n" + ALGORITHM_LINE + ALGORITHM + "\n" + KEY_LINE + keyFingerprint + "\n" + VALUE_LINE
                + Base64.getEncoder().encodeToString(value) + "\n";
    }

    /** A signature read from its text, or the one sentence that says why it could not be. */
    public record Read(Signature signature, String problem) {
        public boolean ok() {
            return signature != null;
        }
    }

    /** Reads the text {@link #text()} writes; line ends may be Windows'. */
    public static Read parse(String text) {
        String malformed = "The signature file is malformed: it should have the four lines AI Risk Workbench "
                + "writes (\"" + TITLE + "\" first). Ask the signer to send it again.";
        if (text == null || text.length() > MAX_TEXT_CHARS) {
            return new Read(null, malformed);
        }
        List<String> lines = text.strip().lines().map(String::strip).toList();
        if (lines.size() != 4
                || !lines.get(0).equals(TITLE)
                || !lines.get(2).startsWith(KEY_LINE)
                || !lines.get(3).startsWith(VALUE_LINE)) {
            return new Read(null, malformed);
        }
        if (!lines.get(1).equals(ALGORITHM_LINE + ALGORITHM)) {
            return new Read(
                    null,
                    "The signature is malformed: it names another algorithm than " + ALGORITHM
                            + ", the only one AI Risk Workbench signs with.");
        }
        try {
            byte[] value = Base64.getDecoder().decode(lines.get(3).substring(VALUE_LINE.length()));
            return new Read(new Signature(lines.get(2).substring(KEY_LINE.length()), value), null);
        } catch (IllegalArgumentException e) {
            return new Read(
                    null,
                    "The signature is malformed: its last line is not base64. Ask the signer to " + "send it again.");
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Signature s && keyFingerprint.equals(s.keyFingerprint) && Arrays.equals(value, s.value);
    }

    @Override
    public int hashCode() {
        return 31 * keyFingerprint.hashCode() + Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return "Signature[" + keyFingerprint + "]";
    }
}
