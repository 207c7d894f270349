package org.airisk.workbench.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.airisk.workbench.review.ReviewRepository;
import org.airisk.workbench.review.SignOff;
import org.airisk.workbench.review.SignOffSignatures;
import org.airisk.workbench.review.SignOffState;
import org.airisk.workbench.review.SignatureCheck;
import org.airisk.workbench.signing.KeyProblem;
import org.airisk.workbench.signing.PublicSigningKey;
import org.airisk.workbench.signing.Signature;
import org.airisk.workbench.signingdata.KeyFiles;
import org.airisk.workbench.store.WorkbenchDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Signed sign-offs on the command line (docs/review.md): the signing half of {@code decide --sign}, and
 * {@code verify-signoff}, which checks a stored sign-off and writes its exact signed text for OpenSSL.
 */
final class SignOffCommands {
    static final String VERIFY = "verify-signoff";

    private SignOffCommands() {}

    /** How a decision is recorded: with the user's key and passphrase when signing, else unsigned. */
    record Signing(SignOffSignatures signatures, char[] passphrase) {
        void forget() {
            if (passphrase != null) {
                Arrays.fill(passphrase, '\0');
            }
        }
    }

    /** Asks for the passphrase only when signing, and only once the key is known to exist. */
    static Signing signing(CommandLine root, boolean sign, Path passphraseFile) {
        KeyFiles keys = new KeyFiles(root.folder());
        if (!sign) {
            return new Signing(new SignOffSignatures(keys), null);
        }
        if (!keys.exists()) {
            throw new KeyProblem(
                    "You have no signing key yet; create one with `keys create`, then decide with " + "--sign.");
        }
        return new Signing(
                new SignOffSignatures(keys),
                PasswordInput.read(passphraseFile, false, "decide --sign", KeyCommands.PASSPHRASE_OPTION));
    }

    @Command(
            name = VERIFY,
            description = "Check an assessment's sign-off: its decision, version and content hash, "
                    + "whether the assessment changed since, and whether its signature is valid. Exit 0 when the signature "
                    + "is valid, 1 when not (or when it is not signed).")
    static final class Verify extends ReviewCommands.OnOneAssessment {
        @Option(
                names = "--version",
                paramLabel = "N",
                description = "The version whose sign-off to check " + "(default: the latest decision).")
        Integer version;

        @Option(
                names = "--public-key",
                paramLabel = "PEM",
                description = "The signer's public key as they gave it "
                        + "to you: the signature must have been made with THAT key (default: the key kept with it).")
        Path publicKeyFile;

        @Option(
                names = "--signed-text",
                paramLabel = "FILE",
                description = "Also write the exact signed text to "
                        + "FILE, its signature to FILE.sig and the signer's public key kept with it to FILE.pem, for "
                        + "OpenSSL (docs/signing.md).")
        Path signedText;

        @Override
        int run(WorkbenchDatabase db, ReviewRepository reviews, PrintWriter out) {
            PublicSigningKey expected = null;
            if (publicKeyFile != null) {
                PublicSigningKey.Read read =
                        PublicSigningKey.fromPem(KeyCommands.text(publicKeyFile, "public key file"));
                if (!read.ok()) {
                    throw new KeyProblem(publicKeyFile.getFileName() + ": " + read.problem());
                }
                expected = read.key();
            }
            SignOff signOff = chosen(reviews.decisions(id));
            SignOffState state = SignOffState.of(signOff, reviews.currentHash(id));
            out.println("Decision: " + signOff.decision().label() + " by " + signOff.reviewerName()
                    + (signOff.reviewerRole().isEmpty() ? "" : ", " + signOff.reviewerRole()) + " on "
                    + signOff.decidedAt());
            out.println("Version: " + signOff.versionNumber());
            out.println("Content hash: " + signOff.contentHash());
            out.println("Assessment now: "
                    + (state == SignOffState.VALID
                            ? "unchanged since the sign-off"
                            : "changed since the sign-off (superseded by changes)"));
            SignatureCheck check = new SignOffSignatures(new KeyFiles(root().folder())).check(signOff, expected);
            out.println("Signature: " + check.label());
            if (signedText != null) {
                export(signOff, out);
            }
            if (!check.valid()) {
                spec.commandLine().getErr().println("ai-risk-workbench: " + check.sentence());
                return 1;
            }
            out.println(check.sentence());
            return 0;
        }

        private SignOff chosen(List<SignOff> decisions) {
            if (decisions.isEmpty()) {
                throw new IllegalArgumentException(
                        "This assessment has no decision yet; there is no sign-off to " + "check.");
            }
            if (version == null) {
                return decisions.get(decisions.size() - 1);
            }
            return decisions.stream()
                    .filter(d -> d.versionNumber() == version)
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(
                            "Version " + version + " of this assessment has no decision; " + "`versions` lists them."));
        }

        private void export(SignOff signOff, PrintWriter out) {
            KeyCommands.write(signedText, "the signed text", signOff.signedText());
            out.println("Signed text: " + signedText);
            if (!signOff.isSigned()) {
                return;
            }
            try {
                Signature signature = new Signature(
                        signOff.signerFingerprint(), Base64.getDecoder().decode(signOff.signature()));
                Path sig = signedText.resolveSibling(signedText.getFileName() + ".sig");
                KeyCommands.write(sig, "the signature", signature.text());
                out.println("Signature file: " + sig);
            } catch (IllegalArgumentException e) {
                out.println("Signature file: not written, the stored signature is not base64.");
            }
            if (signOff.signerPublicKey() != null) {
                Path pem = signedText.resolveSibling(signedText.getFileName() + ".pem");
                KeyCommands.write(pem, "the signer's public key", signOff.signerPublicKey());
                out.println("Signer's public key (as kept with the sign-off): " + pem);
            }
        }
    }
}
