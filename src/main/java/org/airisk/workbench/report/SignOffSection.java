package org.airisk.workbench.report;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.airisk.workbench.review.SignOff;

/**
 * The review as recorded: the stage, and the latest decision when there is one, with whether it still covers the
 * content this report shows (the hashes agree) and whether it is signed.
 */
public record SignOffSection(String stage, SignOff decision, boolean coversThisContent) {
    public SignOffSection {
        Objects.requireNonNull(stage, "stage");
    }

    /** The rows of the sign-off table, label then value, as every format prints them. */
    public List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Review stage", stage));
        if (decision == null) {
            return rows;
        }
        rows.add(List.of("Decision", decision.decision().label()));
        decision.conditions().forEach(c -> rows.add(List.of("Condition", c)));
        if (!decision.comment().isBlank()) {
            rows.add(List.of("Reviewer's comment", decision.comment()));
        }
        rows.add(List.of(
                "Reviewer",
                decision.reviewerName() + (decision.reviewerRole().isBlank() ? "" : ", " + decision.reviewerRole())));
        rows.add(List.of(
                "Decided",
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
                        .withZone(ZoneOffset.UTC)
                        .format(decision.decidedAt())));
        // "the version's SHA-256", never "content SHA-256": verify reads only the report's own content hash
        rows.add(List.of(
                "On version", decision.versionNumber() + " (the version's SHA-256 " + decision.contentHash() + ")"));
        rows.add(List.of(
                "Still current",
                coversThisContent
                        ? "Yes: this report shows the content decided on"
                        : "No: superseded by changes made after the decision; the content here differs from the version "
                                + "decided on"));
        rows.add(List.of(
                "Signature",
                decision.signature() == null || decision.signature().isBlank()
                        ? "Not signed"
                        : "Signed (" + decision.signatureAlgorithm() + ", key fingerprint "
                                + decision.signerFingerprint()
                                + "); check it with ai-risk-workbench verify-signoff"));
        return rows;
    }
}
