package org.airisk.workbench.exchangedata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.airisk.workbench.exchange.PackageExchange;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * A password-protected assessment package (docs/encrypted-packages.md, ADR 0013): the package's bytes encrypted with
 * AES-256-GCM under a key that Argon2id derives from the password, in a small JSON envelope whose clear header (the
 * KDF's parameters and salt, the cipher, the nonce) is authenticated as GCM's associated data. The envelope must be
 * exactly as this class writes it, so any changed byte, in the header or the ciphertext, is refused.
 * <p>The same envelope, under its own format name, protects the personal signing key with its passphrase
 * (signingdata.KeyFiles, ADR 0016): one piece of passphrase cryptography in the app, not two.
 */
public final class EncryptedPackage {
    public static final String FORMAT = "airisk-encrypted-package";
    public static final int FORMAT_VERSION = 1;
    static final String CIPHER = "AES-256-GCM";
    static final String KDF = "argon2id";
    /** The one sentence for a wrong password and for a changed file: GCM cannot tell the two apart, and need not. */
    public static final String REFUSED = PackageExchange.REFUSED_PASSWORD;

    private static final int SALT_BYTES = 16;
    private static final int NONCE_BYTES = 12;
    private static final int KEY_BYTES = 32;
    private static final int TAG_BITS = 128;
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /**
     * Argon2id's cost: memory in KiB, passes and lanes. The bounds keep a changed header from making the reader
     * spend gigabytes or minutes before the file is refused.
     */
    public record Kdf(int memoryKiB, int iterations, int parallelism) {
        /** 64 MiB, 3 passes, 1 lane (RFC 9106's second recommended option, ADR 0013). */
        public static final Kdf DEFAULT = new Kdf(64 * 1024, 3, 1);

        static final int MAX_MEMORY_KIB = 1024 * 1024;
        static final int MAX_ITERATIONS = 16;
        static final int MAX_PARALLELISM = 8;

        boolean withinBounds() {
            return parallelism >= 1
                    && parallelism <= MAX_PARALLELISM
                    && iterations >= 1
                    && iterations <= MAX_ITERATIONS
                    && memoryKiB >= 8 * parallelism
                    && memoryKiB <= MAX_MEMORY_KIB;
        }
    }

    /** The package's bytes once opened, or the one sentence that says why not. */
    public record Opened(byte[] content, String problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    private final String format;
    private final Kdf kdf;
    private final SecureRandom random;

    public EncryptedPackage(Kdf kdf, SecureRandom random) {
        this(FORMAT, kdf, random);
    }

    /** Envelopes that name another format (a signing key's), so one kind of file is never taken for the other. */
    public EncryptedPackage(String format, Kdf kdf, SecureRandom random) {
        this.format = format;
        this.kdf = kdf;
        this.random = random;
    }

    public EncryptedPackage() {
        this(Kdf.DEFAULT, new SecureRandom());
    }

    /**
     * True when the text is meant as an envelope, even a damaged one: it names the format or has one of the
     * envelope's own keys (a clear package has none of them, and a key's quotes cannot occur unescaped inside a
     * value), so one changed byte still leaves it recognised, and refused with {@link #REFUSED}.
     */
    public static boolean isEnvelope(String text) {
        return text.contains("\"" + FORMAT + "\"")
                || text.contains("\"kdf\":")
                || text.contains("\"nonce\":")
                || text.contains("\"ciphertext\":");
    }

    /** The envelope of the content, as the text of the file; the password's key is cleared after use. */
    public String seal(byte[] content, char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(salt);
        random.nextBytes(nonce);
        ObjectNode header = header(format, kdf, salt, nonce);
        byte[] key = derive(password, kdf, salt);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key, nonce);
            cipher.updateAAD(bytes(header));
            header.put("ciphertext", Base64.getEncoder().encodeToString(cipher.doFinal(content)));
            return JSON.writeValueAsString(header) + "\n";
        } catch (GeneralSecurityException | JsonProcessingException e) {
            throw new IllegalStateException("AES-256-GCM is missing from this Java runtime.", e);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** Opens an envelope; a wrong password, a changed byte or a cut-off file gives {@link #REFUSED}. */
    public static Opened open(String text, char[] password) {
        return open(FORMAT, text, password);
    }

    /** As {@link #open(String, char[])}, for an envelope that names this format. */
    public static Opened open(String format, String text, char[] password) {
        Envelope envelope = Envelope.read(format, text);
        if (envelope == null) {
            return new Opened(null, REFUSED);
        }
        if (!envelope.kdf.withinBounds()) {
            return new Opened(null, REFUSED);
        }
        byte[] key = derive(password, envelope.kdf, envelope.salt);
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, envelope.nonce);
            cipher.updateAAD(bytes(header(format, envelope.kdf, envelope.salt, envelope.nonce)));
            return new Opened(cipher.doFinal(envelope.ciphertext), null);
        } catch (AEADBadTagException e) {
            return new Opened(null, REFUSED);
        } catch (GeneralSecurityException | JsonProcessingException e) {
            throw new IllegalStateException("AES-256-GCM is missing from this Java runtime.", e);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** The parts of an envelope, read only when the text is exactly the envelope they make (no other spelling). */
    private record Envelope(Kdf kdf, byte[] salt, byte[] nonce, byte[] ciphertext) {
        static Envelope read(String format, String text) {
            try {
                JsonNode root = JSON.readTree(text);
                JsonNode k = root.path("kdf");
                Envelope e = new Envelope(
                        new Kdf(
                                k.path("memoryKiB").asInt(-1),
                                k.path("iterations").asInt(-1),
                                k.path("parallelism").asInt(-1)),
                        base64(k.path("salt")),
                        base64(root.path("nonce")),
                        base64(root.path("ciphertext")));
                if (e.salt.length != SALT_BYTES || e.nonce.length != NONCE_BYTES) {
                    return null;
                }
                ObjectNode again = header(format, e.kdf, e.salt, e.nonce);
                again.put("ciphertext", Base64.getEncoder().encodeToString(e.ciphertext));
                return text.equals(JSON.writeValueAsString(again) + "\n") ? e : null;
            } catch (JsonProcessingException | IllegalArgumentException e) {
                return null;
            }
        }

        private static byte[] base64(JsonNode node) {
            if (!node.isTextual()) {
                throw new IllegalArgumentException("not base64");
            }
            return Base64.getDecoder().decode(node.textValue());
        }
    }

    private static ObjectNode header(String format, Kdf kdf, byte[] salt, byte[] nonce) {
        ObjectNode header = JSON.createObjectNode();
        header.put("format", format);
        header.put("formatVersion", FORMAT_VERSION);
        ObjectNode k = header.putObject("kdf");
        k.put("name", KDF);
        k.put("version", 19);
        k.put("memoryKiB", kdf.memoryKiB());
        k.put("iterations", kdf.iterations());
        k.put("parallelism", kdf.parallelism());
        k.put("salt", Base64.getEncoder().encodeToString(salt));
        header.put("cipher", CIPHER);
        header.put("nonce", Base64.getEncoder().encodeToString(nonce));
        return header;
    }

    private static byte[] bytes(ObjectNode header) throws JsonProcessingException {
        return JSON.writeValueAsString(header).getBytes(StandardCharsets.UTF_8);
    }

    private static Cipher cipher(int mode, byte[] key, byte[] nonce) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        return cipher;
    }

    private static byte[] derive(char[] password, Kdf kdf, byte[] salt) {
        Argon2BytesGenerator argon2 = new Argon2BytesGenerator();
        argon2.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(kdf.memoryKiB())
                .withIterations(kdf.iterations())
                .withParallelism(kdf.parallelism())
                .withSalt(salt)
                .build());
        byte[] key = new byte[KEY_BYTES];
        // Encoded here rather than by BC, so the UTF-8 copy of the password can be cleared too.
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] utf8 = new byte[encoded.remaining()];
        encoded.get(utf8);
        try {
            argon2.generateBytes(utf8, key);
        } finally {
            Arrays.fill(utf8, (byte) 0);
            if (encoded.hasArray()) {
                Arrays.fill(encoded.array(), (byte) 0);
            }
        }
        return key;
    }
}
