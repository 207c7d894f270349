package org.airisk.workbench.evidence;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * A file kept as evidence for an assessment (a policy, test results, a model card): its name, size and SHA-256 as
 * attached, so anyone holding a copy can check it is the same file.
 */
public record Evidence(
        UUID id,
        UUID assessmentId,
        EvidenceAnchor anchor,
        String fileName,
        long size,
        String sha256,
        Instant addedAt,
        String addedBy) {
    /** Largest file kept: evidence travels inside packages, which must stay small enough to send. */
    public static final long MAX_BYTES = 20_000_000;
    /** Longest file name kept (most file systems allow 255). */
    public static final int MAX_NAME = 255;

    public Evidence {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(assessmentId, "assessmentId");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(addedAt, "addedAt");
        addedBy = addedBy == null ? "" : addedBy;
    }

    /** "1.2 MB", "830 KB", "12 bytes": sizes as people read them (decimal units, as file managers show). */
    public static String readableSize(long bytes) {
        if (bytes < 1000) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        if (bytes < 1_000_000) {
            return String.format(Locale.ROOT, "%d KB", Math.round(bytes / 1000.0));
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }

    /** Empty when a file of this name and size can be kept, else one sentence naming the problem and what to do. */
    public static String problem(String fileName, long size) {
        if (fileName == null || fileName.isBlank()) {
            return "The file has no name; choose a file to attach.";
        }
        if (fileName.length() > MAX_NAME) {
            return "The file's name is " + fileName.length() + " characters long; rename it to at most " + MAX_NAME
                    + " and attach it again.";
        }
        if (size > MAX_BYTES) {
            return "\u201c" + fileName + "\u201d is " + readableSize(size) + ", over the 20 MB one evidence file may "
                    + "be. Attach a smaller file (a PDF export or an extract), or "
                    + "name where the full file is kept in a note.";
        }
        return "";
    }
}
