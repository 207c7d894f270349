package org.airisk.workbench.review;

/**
 * What checking a sign-off's signature came to, for the banner, the Sign-off details and {@code verify-signoff}.
 *
 * @param status   the outcome
 * @param label    a short line for the banner, for example "Signed by Bo's key 6B2B EC53 3161 D9C0: signature valid"
 * @param sentence one plain sentence saying what it means and, when it failed, why
 */
public record SignatureCheck(Status status, String label, String sentence) {
    public enum Status {
        /** Made over exactly this decision with the key it names. */
        VALID,
        /** The decision carries no signature: only the self-declared name stands for who took it. */
        NOT_SIGNED,
        /** The decision or the signature changed after signing, or what is kept with it is damaged. */
        DOES_NOT_MATCH,
        /** Made with another key than the one the checker was given. */
        OTHER_KEY
    }

    public boolean valid() {
        return status == Status.VALID;
    }

    static SignatureCheck notSigned() {
        return new SignatureCheck(
                Status.NOT_SIGNED,
                "not signed",
                "This decision is not signed: the reviewer's " + "name is what they said, not proof of who they are.");
    }

    static SignatureCheck valid(String reviewer, String fingerprint) {
        return new SignatureCheck(
                Status.VALID,
                "Signed by " + reviewer + "'s key " + fingerprint + ": signature valid",
                "The signature is valid: this decision is exactly what the holder of the key " + fingerprint
                        + " signed.");
    }

    static SignatureCheck doesNotMatch(String why) {
        return new SignatureCheck(Status.DOES_NOT_MATCH, "signature does NOT match this decision", why);
    }

    static SignatureCheck otherKey(String signedWith, String given) {
        return new SignatureCheck(
                Status.OTHER_KEY,
                "signed with another key (" + signedWith + ")",
                "The signature was made with the key " + signedWith + ", not with the public key given (" + given
                        + "); ask the signer for their public key and compare fingerprints.");
    }
}
