package org.airisk.workbench.review;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A reviewer's decision on one version, bound to that version's content hash. The signature fields stay empty
 * until the sign-off is digitally signed (package {@code signing}); a signature covers exactly {@link #signedText()}.
 *
 * @param reviewerName     as the reviewer gave it in Your details: self-declared, not checked (docs/review.md)
 * @param signatureAlgorithm null when not signed, else the algorithm's name (for example "Ed25519")
 * @param signerFingerprint  null when not signed, else the fingerprint of the signer's public key
 * @param signature          null when not signed, else the signature bytes in base64
 * @param signerPublicKey    null when not signed, else the signer's public key as PEM text, kept with the signature
 *                           so that anyone can check it later (a check against a key given by the signer compares
 *                           fingerprints too: {@link SignOffSignatures})
 */
public record SignOff(
        UUID assessmentId,
        int versionNumber,
        String contentHash,
        Decision decision,
        List<String> conditions,
        String comment,
        String reviewerName,
        String reviewerRole,
        Instant decidedAt,
        String signatureAlgorithm,
        String signerFingerprint,
        String signature,
        String signerPublicKey) {
    /** First line of the signed text; a new layout of that text gets a new one. */
    public static final String SIGNED_TEXT_HEADER = "AI Risk Workbench sign-off 1";

    public static final int MAX_TEXT = 20_000;
    /** What the store keeps of each signature field, in characters (V7, V11). */
    public static final int MAX_ALGORITHM = 50;

    public static final int MAX_FINGERPRINT = 200;
    public static final int MAX_SIGNATURE = 2000;
    public static final int MAX_PUBLIC_KEY = 4096;

    public SignOff {
        Objects.requireNonNull(assessmentId, "assessmentId");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(decision, "decision");
        conditions = conditions == null
                ? List.of()
                : conditions.stream()
                        .map(String::strip)
                        .filter(c -> !c.isEmpty())
                        .toList();
        comment = comment == null ? "" : comment.strip();
        reviewerName = reviewerName == null ? "" : reviewerName.strip();
        reviewerRole = reviewerRole == null ? "" : reviewerRole.strip();
        // The store keeps microseconds; the signed text must read back exactly as it was signed.
        decidedAt = decidedAt.truncatedTo(ChronoUnit.MICROS);
    }

    /** An unsigned sign-off, or one whose signer's public key is not at hand. */
    public SignOff(
            UUID assessmentId,
            int versionNumber,
            String contentHash,
            Decision decision,
            List<String> conditions,
            String comment,
            String reviewerName,
            String reviewerRole,
            Instant decidedAt,
            String signatureAlgorithm,
            String signerFingerprint,
            String signature) {
        this(
                assessmentId,
                versionNumber,
                contentHash,
                decision,
                conditions,
                comment,
                reviewerName,
                reviewerRole,
                decidedAt,
                signatureAlgorithm,
                signerFingerprint,
                signature,
                null);
    }

    /** Empty when it can be stored, else one sentence naming what to change. */
    public String problem() {
        if (reviewerName.isEmpty()) {
            return "Give the reviewer's name: a decision records who took it (Edit \u203a Your details, or "
                    + "--reviewer on the command line).";
        }
        if (decision == Decision.APPROVED_WITH_CONDITIONS && conditions.isEmpty()) {
            return "An approval with conditions needs at least one condition; add it, or approve without.";
        }
        if (decision != Decision.APPROVED_WITH_CONDITIONS && !conditions.isEmpty()) {
            return "Conditions belong to an approval with conditions; choose that decision, or leave them out.";
        }
        if ((decision == Decision.CHANGES_REQUESTED || decision == Decision.REJECTED) && comment.isEmpty()) {
            return "Say why in the comment, so the author knows what to change.";
        }
        if (comment.length() > MAX_TEXT || conditions.stream().anyMatch(c -> c.length() > MAX_TEXT)) {
            return "Keep the comment and each condition under " + MAX_TEXT + " characters.";
        }
        if (reviewerName.length() > 200 || reviewerRole.length() > 200) {
            return "Keep the reviewer's name and role under 200 characters each.";
        }
        if (tooLong(signatureAlgorithm, MAX_ALGORITHM)
                || tooLong(signerFingerprint, MAX_FINGERPRINT)
                || tooLong(signature, MAX_SIGNATURE)
                || tooLong(signerPublicKey, MAX_PUBLIC_KEY)) {
            return "This signature is larger than a sign-off keeps (an Ed25519 signature and key are small); sign "
                    + "it again with your own key.";
        }
        return "";
    }

    private static boolean tooLong(String value, int max) {
        return value != null && value.length() > max;
    }

    public boolean isSigned() {
        return signature != null;
    }

    /** This sign-off with a signature over {@link #signedText()}, as the signing package makes it. */
    public SignOff signed(String algorithm, String fingerprint, String signatureBase64) {
        return signed(algorithm, fingerprint, signatureBase64, null);
    }

    /** As {@link #signed(String, String, String)}, with the signer's public key (PEM) kept beside the signature. */
    public SignOff signed(String algorithm, String fingerprint, String signatureBase64, String publicKeyPem) {
        return new SignOff(
                assessmentId,
                versionNumber,
                contentHash,
                decision,
                conditions,
                comment,
                reviewerName,
                reviewerRole,
                decidedAt,
                algorithm,
                fingerprint,
                signatureBase64,
                publicKeyPem);
    }

    /**
     * The exact text a signature covers (docs/review.md): one field a line, in this fixed order, each line ended by
     * a line feed; text fields escaped so that no value can add a line (backslash as \\, line feed as \n, carriage
     * return as \r). The signature fields are not part of it.
     */
    public String signedText() {
        StringBuilder text = new StringBuilder();
        line(text, SIGNED_TEXT_HEADER);
        line(text, "assessment: " + assessmentId);
        line(text, "version: " + versionNumber);
        line(text, "content-hash: " + contentHash);
        line(text, "decision: " + decision.name());
        line(text, "decided-at: " + decidedAt);
        line(text, "reviewer: " + escape(reviewerName));
        line(text, "role: " + escape(reviewerRole));
        line(text, "conditions: " + conditions.size());
        for (int i = 0; i < conditions.size(); i++) {
            line(text, "condition " + (i + 1) + ": " + escape(conditions.get(i)));
        }
        line(text, "comment: " + escape(comment));
        return text.toString();
    }

    /** {@link #signedText()} as the UTF-8 bytes a signature is made over. */
    public byte[] signedBytes() {
        return signedText().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder text, String line) {
        text.append(line).append('\n');
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }
}
