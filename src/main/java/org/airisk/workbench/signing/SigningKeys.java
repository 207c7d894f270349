package org.airisk.workbench.signing;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The user's personal signing key (docs/signing.md, ADR 0016): one key pair per data folder, the private half
 * protected by a passphrase, the public half free to give to anyone who should check a signature. Signing and
 * checking work on bytes; what those bytes are (a sign-off's text) is the caller's business.
 * Failures throw {@link KeyProblem} with one sentence, and leave the key files as they were.
 */
public interface SigningKeys {
    /** True once a key has been created in this data folder. */
    boolean exists();

    /** The public key, empty before one is created. */
    Optional<PublicSigningKey> publicKey();

    /**
     * Makes a new key pair protected by the passphrase. An existing key is replaced only when {@code replace} is
     * true (the old one is kept aside, not deleted); otherwise this is refused and nothing changes.
     */
    PublicSigningKey create(char[] passphrase, boolean replace);

    /** Writes the public key as a PEM file (whole or not at all) for others to check signatures with. */
    void exportPublicKey(Path file);

    /** Signs the bytes with the private key; a wrong passphrase is refused and nothing is signed. */
    Signature sign(byte[] content, char[] passphrase);

    /** Checks bytes against a signature and someone's public key; needs no key of one's own. */
    Verification verify(byte[] content, Signature signature, PublicSigningKey key);
}
