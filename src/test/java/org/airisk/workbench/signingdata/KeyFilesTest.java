package org.airisk.workbench.signingdata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;
import org.airisk.workbench.exchangedata.EncryptedPackage;
import org.airisk.workbench.signing.KeyProblem;
import org.airisk.workbench.signing.PublicSigningKey;
import org.airisk.workbench.signing.Signature;
import org.airisk.workbench.signing.Verification;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The personal signing key in the data folder: made, kept private, used with its passphrase, checked by anyone. */
class KeyFilesTest {
    /** A cheap Argon2id so tests run fast; the file records its cost, so the default reads it too. */
    static final EncryptedPackage.Kdf CHEAP = new EncryptedPackage.Kdf(8, 1, 1);

    static final char[] PASSPHRASE = "correct horse battery staple".toCharArray();
    static final byte[] CONTENT =
            "Approved with conditions: version 3, content hash 4f2a\u2026".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path data;

    private KeyFiles keys() {
        return new KeyFiles(data, CHEAP, new SecureRandom());
    }

    @Test
    void whatIsSignedVerifiesWithThePublicKey() {
        KeyFiles keys = keys();
        assertFalse(keys.exists());
        assertTrue(keys.publicKey().isEmpty());
        PublicSigningKey key = keys.create(PASSPHRASE, false);
        assertEquals(key, keys.publicKey().orElseThrow());
        Signature signature = keys.sign(CONTENT, PASSPHRASE);
        assertEquals(64, signature.value().length);
        assertEquals(key.fingerprint(), signature.keyFingerprint());
        Verification check = keys.verify(CONTENT, signature, key);
        assertTrue(check.valid(), check.sentence());
        assertEquals(
                "The signature is valid: the content is exactly what the holder of the key " + key.fingerprint()
                        + " signed.",
                check.sentence());
    }

    @Test
    void oneFlippedByteOfTheContentOrOfTheSignatureFails() {
        KeyFiles keys = keys();
        PublicSigningKey key = keys.create(PASSPHRASE, false);
        Signature signature = keys.sign(CONTENT, PASSPHRASE);
        for (int i = 0; i < CONTENT.length; i++) {
            byte[] changed = CONTENT.clone();
            changed[i] ^= 0x01;
            Verification check = keys.verify(changed, signature, key);
            assertFalse(check.valid(), "content byte " + i);
            assertEquals(Verification.contentDiffers(), check);
        }
        for (int i = 0; i < 64; i++) {
            byte[] value = signature.value();
            value[i] ^= 0x01;
            Verification check = keys.verify(CONTENT, new Signature(signature.keyFingerprint(), value), key);
            assertFalse(check.valid(), "signature byte " + i);
            assertEquals(Verification.contentDiffers(), check);
        }
    }

    @Test
    void anotherPersonsPublicKeyDoesNotVerifyAndSaysSo() {
        KeyFiles mine = keys();
        mine.create(PASSPHRASE, false);
        KeyFiles theirs = new KeyFiles(data.resolve("other"), CHEAP, new SecureRandom());
        PublicSigningKey other = theirs.create(PASSPHRASE, false);
        Signature signature = mine.sign(CONTENT, PASSPHRASE);
        Verification check = mine.verify(CONTENT, signature, other);
        assertFalse(check.valid());
        assertTrue(
                check.sentence()
                        .startsWith("The signature was made with a different key (" + signature.keyFingerprint()
                                + ") than the public key given (" + other.fingerprint() + ")"),
                check.sentence());
        // Even with the fingerprint line edited to name the other key, the signature itself decides.
        Verification forged = mine.verify(CONTENT, new Signature(other.fingerprint(), signature.value()), other);
        assertEquals(Verification.contentDiffers(), forged);
    }

    @Test
    void malformedSignaturesAndKeysAreNamedAsSuch() {
        KeyFiles keys = keys();
        PublicSigningKey key = keys.create(PASSPHRASE, false);
        Verification shortOne = keys.verify(CONTENT, new Signature(key.fingerprint(), new byte[12]), key);
        assertEquals(
                "The signature is malformed: an Ed25519 signature has 64 bytes and this one has 12.",
                shortOne.sentence());
        Signature signature = keys.sign(CONTENT, PASSPHRASE);
        Verification notAKey = keys.verify(CONTENT, signature, new PublicSigningKey(new byte[] {1, 2, 3}));
        assertFalse(notAKey.valid());
        assertTrue(notAKey.sentence().startsWith("The public key is not an Ed25519 key"), notAKey.sentence());
    }

    @Test
    void aWrongPassphraseIsRefusedAndTheKeyFilesStayAsTheyWere() throws Exception {
        KeyFiles keys = keys();
        keys.create(PASSPHRASE, false);
        byte[] privateBefore = Files.readAllBytes(keys.privateKeyFile());
        byte[] publicBefore = Files.readAllBytes(keys.publicKeyFile());
        KeyProblem refused =
                assertThrows(KeyProblem.class, () -> keys.sign(CONTENT, "correct horse battery stapl".toCharArray()));
        assertEquals("The passphrase is wrong, or the key file was changed; nothing was signed.", refused.getMessage());
        assertArrayEquals(privateBefore, Files.readAllBytes(keys.privateKeyFile()));
        assertArrayEquals(publicBefore, Files.readAllBytes(keys.publicKeyFile()));
        assertEquals(List.of(KeyFiles.PRIVATE_FILE, KeyFiles.PUBLIC_FILE), names(keys.folder()));
    }

    @Test
    void theKeyIsSealedAsAnEnvelopeThatIsNotTakenForAPackage() throws Exception {
        KeyFiles keys = keys();
        keys.create(PASSPHRASE, false);
        String text = Files.readString(keys.privateKeyFile());
        assertTrue(
                text.startsWith(
                        "{\"format\":\"airisk-signing-key\",\"formatVersion\":1,\"kdf\":{\"name\":" + "\"argon2id\""),
                text);
        assertFalse(text.contains("PRIVATE"), "no clear PEM of the private key");
        assertFalse(EncryptedPackage.open(text, PASSPHRASE).ok(), "a package reader refuses a key file");
        assertTrue(EncryptedPackage.open(KeyFiles.FORMAT, text, PASSPHRASE).ok());
    }

    @Test
    void anExistingKeyIsReplacedOnlyWhenAskedAndTheOldOneIsKeptAside() throws Exception {
        KeyFiles keys = keys();
        PublicSigningKey first = keys.create(PASSPHRASE, false);
        byte[] before = Files.readAllBytes(keys.privateKeyFile());
        KeyProblem refused = assertThrows(KeyProblem.class, () -> keys.create(PASSPHRASE, false));
        assertTrue(
                refused.getMessage()
                        .startsWith("You already have a signing key (fingerprint " + first.fingerprint() + ")"),
                refused.getMessage());
        assertArrayEquals(before, Files.readAllBytes(keys.privateKeyFile()));

        PublicSigningKey second = keys.create("another long passphrase".toCharArray(), true);
        assertNotEquals(first, second);
        assertEquals(second, keys.publicKey().orElseThrow());
        List<Path> retired = list(keys.folder().resolve(KeyFiles.RETIRED));
        assertEquals(2, retired.size(), retired.toString());
        Path oldPublic = retired.stream()
                .filter(p -> p.toString().endsWith(".pem"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                first, PublicSigningKey.fromPem(Files.readString(oldPublic)).key());
        assertTrue(oldPublic
                .getFileName()
                .toString()
                .startsWith(first.fingerprint().replace(" ", "")));
    }

    @Test
    void closeAndReopenANewInstanceSignsWithTheKeyMadeBefore() {
        PublicSigningKey key = keys().create(PASSPHRASE, false);
        // The default (costly) Argon2id instance reads a key sealed with any cost within bounds.
        KeyFiles reopened = new KeyFiles(data);
        assertTrue(reopened.exists());
        assertEquals(key, reopened.publicKey().orElseThrow());
        for (int size : new int[] {0, 1, 64, 100_000, 5_000_000}) {
            byte[] content = new byte[size];
            new SecureRandom().nextBytes(content);
            Signature signature = reopened.sign(content, PASSPHRASE);
            assertTrue(keys().verify(content, signature, key).valid(), "size " + size);
        }
    }

    @Test
    void theKeyFilesAreTheUsersAlone() throws Exception {
        Assumptions.assumeTrue(
                FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        KeyFiles keys = keys();
        keys.create(PASSPHRASE, false);
        assertEquals("rwx------", mode(keys.folder()));
        assertEquals("rw-------", mode(keys.privateKeyFile()));
        assertEquals("rw-------", mode(keys.publicKeyFile()));
        keys.create(PASSPHRASE, true);
        assertEquals("rwx------", mode(keys.folder().resolve(KeyFiles.RETIRED)));
        assertEquals("rw-------", mode(keys.privateKeyFile()));
        for (Path old : list(keys.folder().resolve(KeyFiles.RETIRED))) {
            assertEquals("rw-------", mode(old));
        }
    }

    @Test
    void privateAndPublicFilesOfTwoKeysAreRefusedBeforeSigning() throws Exception {
        KeyFiles keys = keys();
        keys.create(PASSPHRASE, false);
        KeyFiles other = new KeyFiles(data.resolve("other"), CHEAP, new SecureRandom());
        other.create(PASSPHRASE, false);
        Files.copy(other.publicKeyFile(), keys.publicKeyFile(), StandardCopyOption.REPLACE_EXISTING);
        KeyProblem refused = assertThrows(KeyProblem.class, () -> keys.sign(CONTENT, PASSPHRASE));
        assertTrue(refused.getMessage().contains("are not one pair"), refused.getMessage());
    }

    @Test
    void signingWithoutAKeySaysHowToMakeOne() {
        KeyProblem refused = assertThrows(KeyProblem.class, () -> keys().sign(CONTENT, PASSPHRASE));
        assertTrue(refused.getMessage().startsWith("You have no signing key yet; create one first"));
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private static List<Path> list(Path folder) throws Exception {
        try (var files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    private static List<String> names(Path folder) throws Exception {
        return list(folder).stream().map(p -> p.getFileName().toString()).toList();
    }
}
