package org.airisk.workbench.signingdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.airisk.workbench.signing.PublicSigningKey;
import org.airisk.workbench.signing.Signature;
import org.airisk.workbench.testing.Processes;
import org.airisk.workbench.testing.Processes.Result;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A receiver without the workbench checks a signature with OpenSSL, as docs/signing.md tells them, and a key made by
 * OpenSSL is read by the workbench: the files are the standard ones, not a format of our own.
 */
class OpenSslInteropTest {
    @TempDir
    Path dir;

    @BeforeEach
    void onlyWhereOpenSslIsInstalled() {
        Assumptions.assumeTrue(Processes.hasOpenSsl(), "openssl is not installed");
    }

    @Test
    void openSslReadsThePublicKeyAndVerifiesTheSignature() throws Exception {
        KeyFiles keys = new KeyFiles(dir.resolve("data"), KeyFilesTest.CHEAP, new SecureRandom());
        keys.create(KeyFilesTest.PASSPHRASE, false);
        Path content = Files.write(dir.resolve("signed.txt"), KeyFilesTest.CONTENT);
        Signature signature = keys.sign(KeyFilesTest.CONTENT, KeyFilesTest.PASSPHRASE);
        Path pem = keys.publicKeyFile();

        Result strict = run(List.of("openssl", "pkey", "-pubin", "-in", pem.toString(), "-noout"));
        assertEquals(0, strict.code(), strict.output());
        Result text = run(List.of("openssl", "pkey", "-pubin", "-in", pem.toString(), "-text", "-noout"));
        assertTrue(text.output().startsWith("ED25519 Public-Key:"), text.output());

        // The docs' recipe: the signature file's last line, base64-decoded, is the raw signature.
        Path sigFile = Files.writeString(dir.resolve("signed.txt.sig"), signature.text());
        String last = Files.readAllLines(sigFile).get(3);
        Path raw =
                Files.write(dir.resolve("sig.bin"), Base64.getDecoder().decode(last.substring("Signature: ".length())));
        Result verified = run(List.of(
                "openssl",
                "pkeyutl",
                "-verify",
                "-pubin",
                "-inkey",
                pem.toString(),
                "-rawin",
                "-in",
                content.toString(),
                "-sigfile",
                raw.toString()));
        assertEquals(0, verified.code(), verified.output());
        assertTrue(verified.output().contains("Signature Verified Successfully"), verified.output());

        Files.write(content, "changed".getBytes(StandardCharsets.UTF_8));
        Result refused = run(List.of(
                "openssl",
                "pkeyutl",
                "-verify",
                "-pubin",
                "-inkey",
                pem.toString(),
                "-rawin",
                "-in",
                content.toString(),
                "-sigfile",
                raw.toString()));
        assertTrue(refused.code() != 0, refused.output());
    }

    @Test
    void aSignatureMadeByOpenSslVerifiesInTheWorkbench() throws Exception {
        Path privatePem = dir.resolve("theirs.pem");
        Path publicPem = dir.resolve("theirs.pub.pem");
        Path content = Files.write(dir.resolve("content.bin"), KeyFilesTest.CONTENT);
        Path raw = dir.resolve("sig.bin");
        assertEquals(
                0,
                run(List.of("openssl", "genpkey", "-algorithm", "ed25519", "-out", privatePem.toString()))
                        .code());
        assertEquals(
                0,
                run(List.of("openssl", "pkey", "-in", privatePem.toString(), "-pubout", "-out", publicPem.toString()))
                        .code());
        assertEquals(
                0,
                run(List.of(
                                "openssl",
                                "pkeyutl",
                                "-sign",
                                "-inkey",
                                privatePem.toString(),
                                "-rawin",
                                "-in",
                                content.toString(),
                                "-out",
                                raw.toString()))
                        .code());
        PublicSigningKey key =
                PublicSigningKey.fromPem(Files.readString(publicPem)).key();
        Signature signature = new Signature(key.fingerprint(), Files.readAllBytes(raw));
        assertTrue(Ed25519.verify(KeyFilesTest.CONTENT, signature, key).valid());
    }

    private static Result run(List<String> command) {
        return Processes.run(command);
    }
}
