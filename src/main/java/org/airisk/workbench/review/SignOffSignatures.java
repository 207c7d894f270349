package org.airisk.workbench.review;

import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.airisk.workbench.signing.KeyProblem;
import org.airisk.workbench.signing.PublicSigningKey;
import org.airisk.workbench.signing.Signature;
import org.airisk.workbench.signing.SigningKeys;
import org.airisk.workbench.signing.Verification;

/**
 * Signs a reviewer's decision with their personal key and checks a stored one (docs/review.md, docs/signing.md).
 * The signature covers {@link SignOff#signedBytes()}; the signer's public key is kept with it so anyone can check it
 * later, and a check against a key the signer handed over compares fingerprints as well.
 */
public final class SignOffSignatures {
    private final SigningKeys keys;

    public SignOffSignatures(SigningKeys keys) {
        this.keys = keys;
    }

    /** True once the user has a signing key to sign with. */
    public boolean hasKey() {
        return keys.exists();
    }

    /**
     * Records the decision, signed when a passphrase is given: the signature is made first and kept in the same
     * transaction as the decision, so a wrong passphrase (a {@link KeyProblem}) keeps nothing.
     *
     * @param passphrase null for an unsigned decision
     */
    public SignOff decide(
            ReviewRepository reviews,
            UUID assessment,
            Decision decision,
            List<String> conditions,
            String comment,
            String reviewerName,
            String reviewerRole,
            char[] passphrase) {
        SignOff draft = reviews.draftDecision(assessment, decision, conditions, comment, reviewerName, reviewerRole);
        return reviews.record(passphrase == null ? draft : sign(draft, passphrase));
    }

    /** The sign-off with the user's signature over its signed text and their public key beside it. */
    public SignOff sign(SignOff unsigned, char[] passphrase) {
        PublicSigningKey key = keys.publicKey()
                .orElseThrow(() -> new KeyProblem("You have no signing key yet; "
                        + "create one in Edit \u203a Your details (or with `keys create`), then sign."));
        Signature signature = keys.sign(unsigned.signedBytes(), passphrase);
        return unsigned.signed(
                Signature.ALGORITHM,
                signature.keyFingerprint(),
                Base64.getEncoder().encodeToString(signature.value()),
                key.pem());
    }

    /** Checks the signature against the public key kept with it. */
    public SignatureCheck check(SignOff signOff) {
        return check(signOff, null);
    }

    /**
     * Checks the signature; with {@code expected} (the key the signer handed over), also that it was made by that
     * key, naming both fingerprints when not.
     */
    public SignatureCheck check(SignOff signOff, PublicSigningKey expected) {
        if (!signOff.isSigned()) {
            return SignatureCheck.notSigned();
        }
        if (!Signature.ALGORITHM.equals(signOff.signatureAlgorithm())) {
            return SignatureCheck.doesNotMatch("The signature names another algorithm than " + Signature.ALGORITHM
                    + ", the only one AI Risk Workbench signs with.");
        }
        PublicSigningKey.Read kept = PublicSigningKey.fromPem(signOff.signerPublicKey());
        if (!kept.ok() && expected == null) {
            return SignatureCheck.doesNotMatch("The signer's public key kept with this decision is missing or "
                    + "damaged; check it with the public key the signer gave you (--public-key).");
        }
        String named = signOff.signerFingerprint() == null ? "" : signOff.signerFingerprint();
        if (expected != null && !named.equals(expected.fingerprint())) {
            return SignatureCheck.otherKey(named, expected.fingerprint());
        }
        PublicSigningKey key = expected != null ? expected : kept.key();
        if (!named.equals(key.fingerprint())) {
            return SignatureCheck.doesNotMatch("The key named with the signature (" + named + ") is not the public "
                    + "key kept with it (" + key.fingerprint() + "); the stored sign-off was changed.");
        }
        byte[] value;
        try {
            value = Base64.getDecoder().decode(signOff.signature());
        } catch (IllegalArgumentException e) {
            return SignatureCheck.doesNotMatch("The stored signature is damaged: it is not base64.");
        }
        Verification verification = keys.verify(signOff.signedBytes(), new Signature(named, value), key);
        if (verification.valid()) {
            return SignatureCheck.valid(signOff.reviewerName(), key.fingerprint());
        }
        // A damaged key or signature has its own sentence; otherwise the bytes differ from what was signed.
        return SignatureCheck.doesNotMatch(
                verification.equals(Verification.contentDiffers())
                        ? "The signature does NOT match this decision: the decision or the signature was changed after "
                                + "signing."
                        : verification.sentence());
    }
}
