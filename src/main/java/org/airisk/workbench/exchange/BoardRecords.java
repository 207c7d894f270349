package org.airisk.workbench.exchange;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.airisk.workbench.audit.AuditEntry;
import org.airisk.workbench.evidence.Evidence;

/**
 * What travels with an assessment so that a review board can work on it offline and send it back
 * (docs/board-round-trip.md): its review (stage, frozen versions, decisions), its audit trail and its evidence files.
 * None of it is the assessment's content: all of it is outside the content hash, as comments are. The review is kept
 * here in plain values (the review package itself builds on this one, so this one cannot name its types).
 *
 * @param stage the review stage's name; "DRAFT" when the assessment was never submitted
 */
public record BoardRecords(
        String stage, List<Version> versions, List<Decision> decisions, List<AuditEntry> trail, List<File> evidence) {
    public static final BoardRecords NONE = new BoardRecords("DRAFT", List.of(), List.of(), List.of(), List.of());

    public BoardRecords {
        stage = stage == null ? "DRAFT" : stage;
        versions = List.copyOf(versions);
        decisions = List.copyOf(decisions);
        trail = List.copyOf(trail);
        evidence = List.copyOf(evidence);
    }

    /** True when there is no review to carry: a draft never submitted. */
    public boolean noReview() {
        return "DRAFT".equals(stage) && versions.isEmpty() && decisions.isEmpty();
    }

    /** A frozen version: its snapshot hashes to its content hash (checked when a package is read). */
    public record Version(
            int number,
            String stageAtSubmission,
            Instant submittedAt,
            String submittedBy,
            String contentHash,
            PackagedAssessment snapshot) {
        public Version {
            Objects.requireNonNull(contentHash, "contentHash");
            Objects.requireNonNull(snapshot, "snapshot");
        }
    }

    /** A decision on a version with every field of the sign-off, the three signature ones null when unsigned. */
    public record Decision(
            int version,
            String contentHash,
            String decision,
            List<String> conditions,
            String comment,
            String reviewerName,
            String reviewerRole,
            Instant decidedAt,
            String signatureAlgorithm,
            String signerFingerprint,
            String signature) {
        public Decision {
            conditions = List.copyOf(conditions);
        }
    }

    /** An evidence file with its bytes, which hash to its SHA-256 (checked when a package is read). */
    public record File(Evidence evidence, byte[] content) {
        public File {
            Objects.requireNonNull(evidence, "evidence");
            Objects.requireNonNull(content, "content");
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof File f && f.evidence.equals(evidence) && Arrays.equals(f.content, content);
        }

        @Override
        public int hashCode() {
            return evidence.hashCode() * 31 + Arrays.hashCode(content);
        }

        @Override
        public String toString() {
            return "File[" + evidence + ", " + content.length + " bytes]";
        }
    }
}
