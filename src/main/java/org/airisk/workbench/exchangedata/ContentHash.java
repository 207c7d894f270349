package org.airisk.workbench.exchangedata;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.airisk.workbench.exchange.PackagedAssessment;
import org.airisk.workbench.scoring.ScoringMethod;

/**
 * The content hash every report states (docs/hash.md): SHA-256, as 64 lower-case hex digits, of the UTF-8 bytes of
 * one assessment's canonical JSON ({@link PackageFormat#canonical}), with the scoring method the report was scored
 * by inside it. An assessment that was never opened keeps no method of its own; it is scored with the method set in
 * the app, so that method is what is hashed: two reports with different results never share a hash.
 */
public final class ContentHash {
    public static final String ALGORITHM = "SHA-256";
    /** A hash as reports print it; also how one is found again in a report's text. */
    public static final Pattern SHAPE = Pattern.compile("\\b[0-9a-f]{64}\\b");

    private ContentHash() {}

    /**
     * @param applied the method the assessment is scored with: its own, or the app's when it keeps none
     */
    public static String of(PackagedAssessment assessment, ScoringMethod applied) {
        PackagedAssessment hashed = assessment.method() != null
                ? assessment
                : new PackagedAssessment(
                        assessment.assessment(),
                        applied,
                        assessment.answers(),
                        assessment.overrides(),
                        assessment.plan());
        try {
            byte[] digest = MessageDigest.getInstance(ALGORITHM)
                    .digest(new PackageFormat().canonical(hashed).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java runtime lacks " + ALGORITHM, e);
        }
    }
}
