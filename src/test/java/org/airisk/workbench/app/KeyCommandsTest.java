package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.airisk.workbench.signing.PublicSigningKey;
import org.airisk.workbench.signingdata.KeyFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** keys create, show, export-public, sign and verify on the command line, with their exit codes. */
class KeyCommandsTest {
    @TempDir
    Path dir;

    private Path data() {
        return dir.resolve("data");
    }

    private Path passphrase() throws Exception {
        return Files.writeString(dir.resolve("passphrase.txt"), "ridge lantern orchard 42\n");
    }

    private CommandLineRun keys(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "--data-dir";
        all[1] = data().toString();
        all[2] = "keys";
        System.arraycopy(args, 0, all, 3, args.length);
        return CommandLineRun.of(all);
    }

    @Test
    void aKeyIsCreatedShownExportedAndAFileSignedAndVerified() throws Exception {
        assertTrue(CommandLine.wants(new String[] {"keys", "show"}));
        CommandLineRun none = keys("show");
        assertEquals(1, none.code());
        assertEquals("ai-risk-workbench: You have no signing key yet; create one with `keys create`.\n", none.err());

        CommandLineRun created =
                keys("create", "--passphrase-file", passphrase().toString());
        assertEquals(0, created.code(), created.err());
        String fingerprint = new KeyFiles(data()).publicKey().orElseThrow().fingerprint();
        assertTrue(
                created.out().startsWith("Created your signing key. Fingerprint: " + fingerprint + "\n"),
                created.out());

        CommandLineRun shown = keys("show");
        assertEquals(0, shown.code());
        assertTrue(shown.out().startsWith("Fingerprint: " + fingerprint + "\n"), shown.out());

        Path pem = dir.resolve("ann.pem");
        CommandLineRun exported = keys("export-public", pem.toString());
        assertEquals(0, exported.code(), exported.err());
        assertEquals(
                fingerprint,
                PublicSigningKey.fromPem(Files.readString(pem)).key().fingerprint());

        Path content = Files.writeString(dir.resolve("sign-off.txt"), "Approved. Version 2, hash 4f2a.\n");
        CommandLineRun signed = keys(
                "sign", content.toString(), "--passphrase-file", passphrase().toString());
        assertEquals(0, signed.code(), signed.err());
        Path sig = dir.resolve("sign-off.txt.sig");
        assertTrue(Files.readString(sig).startsWith("AI Risk Workbench signature\n"));

        CommandLineRun valid = keys("verify", content.toString(), sig.toString(), "--public-key", pem.toString());
        assertEquals(0, valid.code(), valid.err());
        assertEquals(
                "sign-off.txt: The signature is valid: the content is exactly what the holder of the key " + fingerprint
                        + " signed.\n",
                valid.out());

        Files.writeString(content, "Approved. Version 2, hash 4f2b.\n");
        CommandLineRun changed = keys("verify", content.toString(), sig.toString(), "--public-key", pem.toString());
        assertEquals(1, changed.code());
        assertEquals(
                "ai-risk-workbench: sign-off.txt: The signature does not match this content: the content or "
                        + "the signature was changed after signing, or this is not what was signed.\n",
                changed.err());
    }

    @Test
    void refusalsAreOneSentenceAndChangeNothing() throws Exception {
        Path wrong = Files.writeString(dir.resolve("wrong.txt"), "ridge lantern orchard 43\n");
        Path tooShort = Files.writeString(dir.resolve("short.txt"), "short\n");
        CommandLineRun weak = keys("create", "--passphrase-file", tooShort.toString());
        assertEquals(1, weak.code());
        assertTrue(weak.err().startsWith("ai-risk-workbench: The passphrase needs at least 12 characters"), weak.err());
        assertTrue(!Files.exists(data().resolve(KeyFiles.FOLDER).resolve("signing-key.json")));

        assertEquals(
                0, keys("create", "--passphrase-file", passphrase().toString()).code());
        byte[] key = Files.readAllBytes(data().resolve(KeyFiles.FOLDER).resolve("signing-key.json"));
        CommandLineRun again = keys("create", "--passphrase-file", passphrase().toString());
        assertEquals(1, again.code());
        assertTrue(again.err().contains("You already have a signing key (fingerprint "), again.err());
        assertArrayEquals(
                key, Files.readAllBytes(data().resolve(KeyFiles.FOLDER).resolve("signing-key.json")));

        Path content = Files.writeString(dir.resolve("a.txt"), "text");
        CommandLineRun refused = keys("sign", content.toString(), "--passphrase-file", wrong.toString());
        assertEquals(1, refused.code());
        assertEquals(
                "ai-risk-workbench: The passphrase is wrong, or the key file was changed; nothing was signed.\n",
                refused.err());
        assertTrue(!Files.exists(dir.resolve("a.txt.sig")));
        assertArrayEquals(
                key, Files.readAllBytes(data().resolve(KeyFiles.FOLDER).resolve("signing-key.json")));

        CommandLineRun replaced =
                keys("create", "--replace", "--passphrase-file", passphrase().toString());
        assertEquals(0, replaced.code(), replaced.err());

        CommandLineRun noPem =
                keys("verify", content.toString(), content.toString(), "--public-key", content.toString());
        assertEquals(1, noPem.code());
        assertTrue(noPem.err().startsWith("ai-risk-workbench: a.txt: This is not a public key file"), noPem.err());
        CommandLineRun missing = keys(
                "sign",
                dir.resolve("nothing.txt").toString(),
                "--passphrase-file",
                passphrase().toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().startsWith("ai-risk-workbench: There is no file to sign "), missing.err());
    }

    @Test
    void wrongUsageExitsWithTwo() {
        assertEquals(2, keys().code());
        assertEquals(2, keys("verify", "a.txt", "a.sig").code(), "--public-key is required");
        assertEquals(2, keys("sign").code());
    }
}
