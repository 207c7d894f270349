package org.airisk.workbench.signing;

/** What checking a signature came to: valid or not, and one plain sentence saying which and why. */
public record Verification(boolean valid, String sentence) {
    public static Verification valid(PublicSigningKey key) {
        return new Verification(
                true,
                "The signature is valid: the content is exactly what the holder of the key " + key.fingerprint()
                        + " signed.");
    }

    public static Verification contentDiffers() {
        return new Verification(
                false,
                "The signature does not match this content: the content or the signature "
                        + "was changed after signing, or this is not what was signed.");
    }

    public static Verification otherKey(String signedWith, PublicSigningKey given) {
        return new Verification(
                false,
                "The signature was made with a different key (" + signedWith + ") than the " + "public key given ("
                        + given.fingerprint() + "); ask the signer for their public key.");
    }

    public static Verification malformed(String why) {
        return new Verification(false, why);
    }
}
