package org.airisk.workbench.signing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;

/**
 * A public key as anyone can hold it: its X.509 SubjectPublicKeyInfo bytes, written as a PEM file
 * ("-----BEGIN PUBLIC KEY-----") that OpenSSL and other tools read as they are.
 */
public record PublicSigningKey(byte[] encoded) {
    static final String BEGIN = "-----BEGIN PUBLIC KEY-----";
    static final String END = "-----END PUBLIC KEY-----";
    /** Far more than an Ed25519 key's 44 bytes; a longer "key" is some other file. */
    private static final int MAX_PEM_CHARS = 4096;

    public PublicSigningKey {
        encoded = encoded.clone();
    }

    @Override
    public byte[] encoded() {
        return encoded.clone();
    }

    /** The key as a PEM file's text, 64 characters a line as RFC 7468 writes it. */
    public String pem() {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(encoded);
        return BEGIN + "\n" + base64 + "\n" + END + "\n";
    }

    /**
     * What two people read to each other on the phone to be sure they hold the same key: the first 16 hex digits of
     * the SHA-256 of the key's bytes, in four groups ("1A2B 3C4D 5E6F 7A8B").
     */
    public String fingerprint() {
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(encoded);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime.", e);
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i > 0 && i % 2 == 0) {
                text.append(' ');
            }
            text.append(String.format(Locale.ROOT, "%02X", digest[i]));
        }
        return text.toString();
    }

    /** A key read from a PEM file's text, or the one sentence that says why it could not be. */
    public record Read(PublicSigningKey key, String problem) {
        public boolean ok() {
            return key != null;
        }
    }

    /** Reads a PEM public key: the two marker lines with base64 between them, nothing else but blank lines. */
    public static Read fromPem(String text) {
        String notAKey = "This is not a public key file: it should start with \"" + BEGIN + "\". Ask the signer "
                + "for the public key they exported.";
        if (text == null || text.length() > MAX_PEM_CHARS) {
            return new Read(null, notAKey);
        }
        String trimmed = text.strip();
        if (!trimmed.startsWith(BEGIN) || !trimmed.endsWith(END)) {
            return new Read(null, notAKey);
        }
        String body = trimmed.substring(BEGIN.length(), trimmed.length() - END.length())
                .replaceAll("[\\r\\n]", "");
        try {
            byte[] bytes = Base64.getDecoder().decode(body);
            if (bytes.length == 0) {
                return new Read(null, notAKey);
            }
            return new Read(new PublicSigningKey(bytes), null);
        } catch (IllegalArgumentException e) {
            return new Read(
                    null,
                    "The public key file is damaged: the text between its first and last line is "
                            + "not base64. Ask the signer to export it again.");
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PublicSigningKey k && Arrays.equals(encoded, k.encoded);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(encoded);
    }

    @Override
    public String toString() {
        return "PublicSigningKey[" + fingerprint() + "]";
    }
}
