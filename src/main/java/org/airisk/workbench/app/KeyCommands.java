package org.airisk.workbench.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.airisk.workbench.assessment.StorageException;
import org.airisk.workbench.importfiles.AtomicFile;
import org.airisk.workbench.signing.KeyProblem;
import org.airisk.workbench.signing.Passphrases;
import org.airisk.workbench.signing.PublicSigningKey;
import org.airisk.workbench.signing.Signature;
import org.airisk.workbench.signing.Verification;
import org.airisk.workbench.signingdata.KeyFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code keys}: the personal signing key without a window (docs/signing.md). Create it, show its fingerprint, export
 * the public key, and sign or verify a file's bytes. The passphrase comes from a file or the console, never from an
 * argument. Exit 0 on success (a valid signature), 1 with one sentence otherwise, 2 for wrong usage.
 */
@Command(
        name = "keys",
        description = "Your personal signing key: create, show, export-public, sign, verify.",
        subcommands = {
            KeyCommands.Create.class,
            KeyCommands.Show.class,
            KeyCommands.ExportPublic.class,
            KeyCommands.Sign.class,
            KeyCommands.Verify.class
        })
final class KeyCommands implements Callable<Integer> {
    static final String PASSPHRASE_OPTION = "--passphrase-file";
    /** Far above any sign-off's text; Ed25519 reads the whole content into memory, so a film is refused. */
    static final long MAX_CONTENT_BYTES = 256L * 1024 * 1024;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** `keys` alone is wrong usage (exit 2), with the commands named. */
    @Override
    public Integer call() {
        throw new picocli.CommandLine.ParameterException(
                spec.commandLine(), "Name what to do with your key: create, " + "show, export-public, sign or verify.");
    }

    /** What every keys command shares: the data folder's keys, where to print, and KeyProblem as one sentence. */
    abstract static class Base extends LibraryCommand {
        KeyFiles keyFiles() {
            return new KeyFiles(root().folder());
        }

        @Override
        public final Integer call() {
            try {
                return run();
            } catch (KeyProblem e) {
                err().println("ai-risk-workbench: " + e.getMessage());
                return 1;
            }
        }

        abstract int run();

        PublicSigningKey publicKey(KeyFiles files) {
            return files.publicKey()
                    .orElseThrow(
                            () -> new KeyProblem("You have no signing key yet; create one " + "with `keys create`."));
        }
    }

    @Command(
            name = "create",
            description = "Make your signing key, protected by a passphrase (at least " + Passphrases.MIN_LENGTH
                    + " characters).")
    static final class Create extends Base {
        @Option(
                names = PASSPHRASE_OPTION,
                paramLabel = "FILE",
                description = "The file whose first line is the " + "passphrase (default: ask twice at the console).")
        Path passphraseFile;

        @Option(names = "--replace", description = "Replace the key you have; the old one is kept in keys/retired/.")
        boolean replace;

        @Override
        int run() {
            KeyFiles files = keyFiles();
            files.checkMayCreate(replace); // before asking for a passphrase that would not be used
            char[] passphrase = PasswordInput.read(passphraseFile, true, "keys create", PASSPHRASE_OPTION);
            try {
                String problem = Passphrases.problem(passphrase, passphrase);
                if (!problem.isEmpty()) {
                    throw new KeyProblem(problem + " No key was made.");
                }
                PublicSigningKey key = files.create(passphrase, replace);
                out().println("Created your signing key. Fingerprint: " + key.fingerprint());
                out().println("Public key: " + files.publicKeyFile() + " (give it to whoever checks your signatures; "
                        + "read them the fingerprint to be sure they have yours).");
                return 0;
            } finally {
                Arrays.fill(passphrase, '\0');
            }
        }
    }

    @Command(name = "show", description = "Show your public key's fingerprint and where it is.")
    static final class Show extends Base {
        @Override
        int run() {
            KeyFiles files = keyFiles();
            PublicSigningKey key = publicKey(files);
            out().println("Fingerprint: " + key.fingerprint());
            out().println("Public key: " + files.publicKeyFile());
            return 0;
        }
    }

    @Command(
            name = "export-public",
            description = "Write your public key to FILE as PEM, for others to check " + "your signatures.")
    static final class ExportPublic extends Base {
        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        int run() {
            KeyFiles files = keyFiles();
            PublicSigningKey key = publicKey(files);
            files.exportPublicKey(file);
            out().println("Wrote your public key (fingerprint " + key.fingerprint() + ") to " + file + ".");
            return 0;
        }
    }

    @Command(
            name = "sign",
            description = "Sign FILE's bytes with your key; the signature goes to SIG " + "(default: FILE.sig).")
    static final class Sign extends Base {
        @Parameters(paramLabel = "FILE")
        Path file;

        @Option(names = "--out", paramLabel = "SIG")
        Path out;

        @Option(
                names = PASSPHRASE_OPTION,
                paramLabel = "FILE",
                description = "The file whose first line is the " + "passphrase (default: ask at the console).")
        Path passphraseFile;

        @Override
        int run() {
            KeyFiles files = keyFiles();
            publicKey(files);
            byte[] content = read(file, "file to sign");
            Path target = out != null ? out : file.resolveSibling(file.getFileName() + ".sig");
            char[] passphrase = PasswordInput.read(passphraseFile, false, "keys sign", PASSPHRASE_OPTION);
            Signature signature;
            try {
                signature = files.sign(content, passphrase);
            } finally {
                Arrays.fill(passphrase, '\0');
            }
            write(target, "the signature", signature.text());
            out().println("Signed " + file.getFileName() + " with the key " + signature.keyFingerprint()
                    + "; the signature is in " + target + ".");
            return 0;
        }
    }

    @Command(
            name = "verify",
            description = "Check that SIG is a signature of FILE's bytes by the holder of the "
                    + "public key PEM. Exit 0 when valid, 1 when not.")
    static final class Verify extends Base {
        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @Parameters(index = "1", paramLabel = "SIG")
        Path signatureFile;

        @Option(
                names = "--public-key",
                paramLabel = "PEM",
                required = true,
                description = "The signer's public key, as they exported it.")
        Path publicKeyFile;

        @Override
        int run() {
            PublicSigningKey.Read key = PublicSigningKey.fromPem(text(publicKeyFile, "public key file"));
            if (!key.ok()) {
                throw new KeyProblem(publicKeyFile.getFileName() + ": " + key.problem());
            }
            Signature.Read signature = Signature.parse(text(signatureFile, "signature file"));
            if (!signature.ok()) {
                throw new KeyProblem(signatureFile.getFileName() + ": " + signature.problem());
            }
            Verification result = keyFiles().verify(read(file, "signed file"), signature.signature(), key.key());
            if (!result.valid()) {
                throw new KeyProblem(file.getFileName() + ": " + result.sentence());
            }
            out().println(file.getFileName() + ": " + result.sentence());
            return 0;
        }
    }

    static String text(Path file, String what) {
        return new String(read(file, what), StandardCharsets.UTF_8);
    }

    private static byte[] read(Path file, String what) {
        try {
            if (Files.size(file) > MAX_CONTENT_BYTES) {
                throw new KeyProblem("The " + what + " " + file + " is larger than " + (MAX_CONTENT_BYTES >> 20)
                        + " MB; sign a smaller file, such as a sign-off's text or a package.");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new KeyProblem("There is no " + what + " " + file + "; check its name and folder.");
        } catch (IOException e) {
            throw new KeyProblem(
                    "The " + what + " " + file + " cannot be read; check that it is a file you may " + "read.");
        }
    }

    static void write(Path file, String what, String text) {
        try {
            AtomicFile.write(file, what, temp -> Files.writeString(temp, text, StandardCharsets.UTF_8));
        } catch (StorageException e) {
            throw new KeyProblem(e.getMessage(), e);
        }
    }
}
