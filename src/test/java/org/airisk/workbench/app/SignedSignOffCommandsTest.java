package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.SignOffTampering;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.Processes;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** decide --sign and verify-signoff as a script runs them, and the exported signed text checked by OpenSSL. */
class SignedSignOffCommandsTest {
    @TempDir
    Path dir;

    private static CommandLineRun run(Path data, String... args) {
        return CommandLineRun.in(data, args);
    }

    private Path file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    private String fingerprint(Path data) {
        return run(data, "keys", "show").out().lines().findFirst().orElseThrow().substring("Fingerprint: ".length());
    }

    @Test
    void aSignedDecisionVerifiesAndAnythingChangedOrAnotherKeyIsRefused() throws Exception {
        Path data = dir.resolve("data");
        String id = ReviewFixture.started(data);
        ReviewFixture.completed(data, id);
        assertEquals(0, run(data, "submit", id).code());
        String pass = file("pass.txt", "ridge lantern orchard 42\n").toString();
        String wrong = file("wrong.txt", "ridge lantern orchard 43\n").toString();

        CommandLineRun noKey = run(data, "decide", id, "--decision", "approved", "--sign", "--passphrase-file", pass);
        assertEquals(1, noKey.code());
        assertEquals(
                "ai-risk-workbench: You have no signing key yet; create one with `keys create`, then decide "
                        + "with --sign.\n",
                noKey.err());
        assertEquals(0, run(data, "keys", "create", "--passphrase-file", pass).code());
        String mine = fingerprint(data);

        CommandLineRun wrongPass = run(
                data,
                "decide",
                id,
                "--decision",
                "approved",
                "--reviewer",
                "Bo Reviewer",
                "--sign",
                "--passphrase-file",
                wrong);
        assertEquals(1, wrongPass.code());
        assertTrue(wrongPass.err().startsWith("ai-risk-workbench: The passphrase is wrong"), wrongPass.err());
        assertTrue(run(data, "versions", id).out().contains("\tno decision yet"), "a wrong passphrase keeps nothing");
        CommandLineRun passWithoutSign = run(data, "decide", id, "--decision", "approved", "--passphrase-file", pass);
        assertEquals(1, passWithoutSign.code());
        assertEquals(
                "ai-risk-workbench: --passphrase-file is for --sign; add --sign to sign the decision.\n",
                passWithoutSign.err());

        CommandLineRun decided = run(
                data,
                "decide",
                id,
                "--decision",
                "approved",
                "--reviewer",
                "Bo Reviewer",
                "--role",
                "Chair",
                "--comment",
                "Thorough.",
                "--sign",
                "--passphrase-file",
                pass);
        assertEquals(0, decided.code(), decided.err());
        assertTrue(decided.out().endsWith(" Signed with the key " + mine + ".\n"), decided.out());

        CommandLineRun verified = run(data, "verify-signoff", id);
        assertEquals(0, verified.code(), verified.err());
        List<String> lines = verified.out().lines().toList();
        assertEquals("Decision: Approved by Bo Reviewer, Chair on 2026-11-25T10:00:00Z", lines.get(0));
        assertEquals("Version: 1", lines.get(1));
        assertTrue(lines.get(2).matches("Content hash: [0-9a-f]{64}"), lines.get(2));
        assertEquals("Assessment now: unchanged since the sign-off", lines.get(3));
        assertEquals("Signature: Signed by Bo Reviewer's key " + mine + ": signature valid", lines.get(4));

        run(data, "keys", "export-public", dir.resolve("bo.pem").toString());
        assertEquals(
                0,
                run(
                                data,
                                "verify-signoff",
                                id,
                                "--public-key",
                                dir.resolve("bo.pem").toString())
                        .code());
        Path other = dir.resolve("other");
        assertEquals(0, run(other, "keys", "create", "--passphrase-file", pass).code());
        run(other, "keys", "export-public", dir.resolve("eve.pem").toString());
        CommandLineRun otherKey = run(
                data,
                "verify-signoff",
                id,
                "--public-key",
                dir.resolve("eve.pem").toString());
        assertEquals(1, otherKey.code());
        assertEquals(
                "ai-risk-workbench: The signature was made with the key " + mine + ", not with the public key "
                        + "given (" + fingerprint(other) + "); ask the signer for their public key and compare "
                        + "fingerprints.\n",
                otherKey.err());

        Path text = dir.resolve("sign-off.txt");
        CommandLineRun exported = run(data, "verify-signoff", id, "--signed-text", text.toString());
        assertEquals(0, exported.code(), exported.err());
        assertTrue(Files.readString(text, StandardCharsets.UTF_8)
                .startsWith("AI Risk Workbench sign-off 1\n" + "assessment: " + id + "\nversion: 1\n"));
        assertEquals(
                0,
                run(
                                data,
                                "keys",
                                "verify",
                                text.toString(),
                                text + ".sig",
                                "--public-key",
                                dir.resolve("bo.pem").toString())
                        .code(),
                "the exported text and signature check with `keys verify`");
        assertEquals(Files.readString(dir.resolve("bo.pem")), Files.readString(dir.resolve("sign-off.txt.pem")));
        if (Processes.hasOpenSsl()) {
            // docs/signing.md's recipe, on the exported files.
            String last = Files.readAllLines(Path.of(text + ".sig")).get(3);
            Path raw = Files.write(
                    dir.resolve("sig.bin"), Base64.getDecoder().decode(last.substring("Signature: ".length())));
            Processes.Result openssl = Processes.run(List.of(
                    "openssl",
                    "pkeyutl",
                    "-verify",
                    "-pubin",
                    "-inkey",
                    dir.resolve("bo.pem").toString(),
                    "-rawin",
                    "-in",
                    text.toString(),
                    "-sigfile",
                    raw.toString()));
            assertEquals(0, openssl.code(), openssl.output());
            assertTrue(openssl.output().contains("Signature Verified Successfully"), openssl.output());
        }

        String signature = SignOffTampering.read(data, "signature");
        SignOffTampering.write(data, "signature", SignOffTampering.flippedSignature(signature, 5));
        CommandLineRun flipped = run(data, "verify-signoff", id);
        assertEquals(1, flipped.code());
        assertTrue(flipped.out().contains("Signature: signature does NOT match this decision\n"), flipped.out());
        assertEquals(
                "ai-risk-workbench: The signature does NOT match this decision: the decision or the signature "
                        + "was changed after signing.\n",
                flipped.err());
        SignOffTampering.write(data, "signature", signature);

        try (WorkbenchDatabase db = WorkbenchDatabase.open(data, TestClock.FIXED)) {
            new JdbcAssessmentRepository(db, TestClock.FIXED)
                    .saveNote(UUID.fromString(id), "personal_data", "Changed after the approval");
        }
        CommandLineRun superseded = run(data, "verify-signoff", id);
        assertEquals(0, superseded.code(), "the signature still covers version 1 as it was: " + superseded.err());
        assertTrue(
                superseded.out().contains("Assessment now: changed since the sign-off (superseded by changes)\n"),
                superseded.out());
    }

    @Test
    void anUnsignedDecisionIsNotAValidSignOffAndNoDecisionIsSaid() {
        Path data = dir.resolve("data");
        String id = ReviewFixture.started(data);
        ReviewFixture.completed(data, id);
        assertEquals(0, run(data, "submit", id).code());
        CommandLineRun none = run(data, "verify-signoff", id);
        assertEquals(1, none.code());
        assertEquals(
                "ai-risk-workbench: This assessment has no decision yet; there is no sign-off to check.\n", none.err());
        assertEquals(
                0,
                run(data, "decide", id, "--decision", "approved", "--reviewer", "Bo")
                        .code());
        CommandLineRun unsigned = run(data, "verify-signoff", id);
        assertEquals(1, unsigned.code());
        assertTrue(unsigned.out().contains("Signature: not signed\n"), unsigned.out());
        assertFalse(unsigned.err().isEmpty());
    }
}
