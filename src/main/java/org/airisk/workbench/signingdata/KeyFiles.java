package org.airisk.workbench.signingdata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import org.airisk.workbench.assessment.StorageException;
import org.airisk.workbench.exchangedata.EncryptedPackage;
import org.airisk.workbench.importfiles.AtomicFile;
import org.airisk.workbench.signing.KeyProblem;
import org.airisk.workbench.signing.PublicSigningKey;
import org.airisk.workbench.signing.Signature;
import org.airisk.workbench.signing.SigningKeys;
import org.airisk.workbench.signing.Verification;
import org.airisk.workbench.store.PrivateFiles;

/**
 * The signing key in the data folder's {@code keys/}: the private key (PKCS#8) sealed with the passphrase in the
 * envelope of password-protected packages (Argon2id, AES-256-GCM, ADR 0013) under its own format name, and the
 * public key as a PEM file beside it. The folder is 700 and the files 600 where the system has such bits; each file
 * is written whole or not at all.
 */
public final class KeyFiles implements SigningKeys {
    public static final String FOLDER = "keys";
    static final String FORMAT = "airisk-signing-key";
    static final String PRIVATE_FILE = "signing-key.json";
    static final String PUBLIC_FILE = "signing-key.pem";
    static final String RETIRED = "retired";
    static final String WRONG_PASSPHRASE =
            "The passphrase is wrong, or the key file was changed; nothing was " + "signed.";

    private final Path folder;
    private final EncryptedPackage envelope;
    private final SecureRandom random;

    /** @param dataFolder the workbench's data folder; the keys go in its {@code keys/} */
    public KeyFiles(Path dataFolder) {
        this(dataFolder, EncryptedPackage.Kdf.DEFAULT, new SecureRandom());
    }

    /** With a cheaper Argon2id for tests; a key file records its own cost, so any instance reads any file. */
    public KeyFiles(Path dataFolder, EncryptedPackage.Kdf kdf, SecureRandom random) {
        this.folder = dataFolder.resolve(FOLDER);
        this.envelope = new EncryptedPackage(FORMAT, kdf, random);
        this.random = random;
    }

    public Path folder() {
        return folder;
    }

    public Path publicKeyFile() {
        return folder.resolve(PUBLIC_FILE);
    }

    Path privateKeyFile() {
        return folder.resolve(PRIVATE_FILE);
    }

    @Override
    public boolean exists() {
        return Files.exists(privateKeyFile()) || Files.exists(publicKeyFile());
    }

    @Override
    public Optional<PublicSigningKey> publicKey() {
        String text;
        try {
            text = Files.readString(publicKeyFile(), StandardCharsets.US_ASCII);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new KeyProblem(
                    "Your public key in " + publicKeyFile() + " cannot be read (" + e.getMessage()
                            + "); check that the file is yours to read.",
                    e);
        }
        PublicSigningKey.Read read = PublicSigningKey.fromPem(text);
        if (!read.ok()) {
            throw new KeyProblem("Your public key file " + publicKeyFile() + " is damaged; create a new key.");
        }
        return Optional.of(read.key());
    }

    /** Refuses, with the sentence {@link #create} would give, when a key exists and replacing was not asked. */
    public void checkMayCreate(boolean replace) {
        if (exists() && !replace) {
            String which =
                    publicKeyFingerprint().map(f -> " (fingerprint " + f + ")").orElse("");
            throw new KeyProblem("You already have a signing key" + which + "; a new one would not match the "
                    + "public key you gave out, so it is made only when you ask to replace the old one.");
        }
    }

    @Override
    public PublicSigningKey create(char[] passphrase, boolean replace) {
        checkMayCreate(replace);
        KeyPair pair = Ed25519.generate(random);
        byte[] secret = pair.getPrivate().getEncoded();
        String sealed;
        try {
            sealed = envelope.seal(secret, passphrase);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
        PublicSigningKey key = new PublicSigningKey(pair.getPublic().getEncoded());
        try {
            PrivateFiles.folder(folder);
            if (exists()) {
                retire();
            }
            write(privateKeyFile(), "your private signing key", sealed);
            write(publicKeyFile(), "your public key", key.pem());
        } catch (IOException | StorageException e) {
            throw new KeyProblem(
                    "Could not write the signing key in " + folder + " (" + e.getMessage() + "); check "
                            + "that the data folder is yours to write and the disk is not full.",
                    e);
        }
        return key;
    }

    @Override
    public void exportPublicKey(Path file) {
        PublicSigningKey key = publicKey().orElseThrow(KeyFiles::noKey);
        try {
            AtomicFile.write(
                    file, "your public key", temp -> Files.writeString(temp, key.pem(), StandardCharsets.US_ASCII));
        } catch (StorageException e) {
            throw new KeyProblem(e.getMessage(), e);
        }
    }

    @Override
    public Signature sign(byte[] content, char[] passphrase) {
        PublicSigningKey key = publicKey().orElseThrow(KeyFiles::noKey);
        String text;
        try {
            text = Files.readString(privateKeyFile(), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw noKey();
        } catch (IOException e) {
            throw new KeyProblem(
                    "Your private key in " + privateKeyFile() + " cannot be read (" + e.getMessage()
                            + "); check that the file is yours to read.",
                    e);
        }
        EncryptedPackage.Opened opened = EncryptedPackage.open(FORMAT, text, passphrase);
        if (!opened.ok()) {
            throw new KeyProblem(WRONG_PASSPHRASE);
        }
        byte[] secret = opened.content();
        try {
            PrivateKey privateKey = Ed25519.privateKey(secret);
            if (privateKey == null) {
                throw new KeyProblem("Your private key file " + privateKeyFile() + " does not hold an Ed25519 key; "
                        + "create a new key.");
            }
            Signature signature = new Signature(key.fingerprint(), Ed25519.sign(content, privateKey));
            // Files of two different keys (a copy from elsewhere, a replacement cut short) would sign with one key
            // and give out the other: refused here, before such a signature leaves the machine.
            if (!Ed25519.verify(content, signature, key).valid()) {
                throw new KeyProblem("The private and public key files in " + folder + " are not one pair; create a "
                        + "new key, replacing these.");
            }
            return signature;
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    @Override
    public Verification verify(byte[] content, Signature signature, PublicSigningKey key) {
        return Ed25519.verify(content, signature, key);
    }

    private Optional<String> publicKeyFingerprint() {
        try {
            return publicKey().map(PublicSigningKey::fingerprint);
        } catch (KeyProblem e) {
            return Optional.empty();
        }
    }

    /** Moves the key being replaced to keys/retired/, so signatures it made can still be checked by its owner. */
    private void retire() throws IOException {
        String name = publicKeyFingerprint().map(f -> f.replace(" ", "")).orElse("unreadable");
        Path retired = PrivateFiles.folder(folder.resolve(RETIRED));
        String stamp = name + "-" + Long.toHexString(random.nextLong() & 0xffffffL);
        for (String file : new String[] {PRIVATE_FILE, PUBLIC_FILE}) {
            Path from = folder.resolve(file);
            if (Files.exists(from)) {
                Files.move(from, retired.resolve(stamp + "-" + file), StandardCopyOption.ATOMIC_MOVE);
            }
        }
    }

    private static void write(Path file, String what, String text) throws IOException {
        AtomicFile.write(file, what, temp -> Files.writeString(temp, text, StandardCharsets.UTF_8));
        PrivateFiles.restrict(file);
    }

    private static KeyProblem noKey() {
        return new KeyProblem("You have no signing key yet; create one first (Edit \u203a Your details, or "
                + "`keys create` on the command line).");
    }
}
