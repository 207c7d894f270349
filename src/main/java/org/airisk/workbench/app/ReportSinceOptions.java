package org.airisk.workbench.app;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.airisk.workbench.reportdata.ReportFiles;
import org.airisk.workbench.review.ComparedVersion;
import org.airisk.workbench.review.ReviewRepository;
import picocli.CommandLine.Option;

/**
 * `export --since-approved` / `--since-version N`: the report's appendix "Changes since the approved version",
 * comparing the assessment with one of its frozen versions (docs/review.md).
 */
final class ReportSinceOptions {
    @Option(
            names = "--since-approved",
            description = "With a report: add the appendix of what changed since the " + "latest approved version.")
    boolean approved;

    @Option(
            names = "--since-version",
            paramLabel = "N",
            description =
                    "With a report: add the appendix of what " + "changed since version N (numbers from `versions`).")
    Integer version;

    /** Refuses the options, in one sentence, where they do not apply: before the library is opened. */
    void check(boolean report) {
        if (approved && version != null) {
            throw new IllegalArgumentException("Give --since-approved or --since-version, not both.");
        }
        if (!report && (approved || version != null)) {
            throw new IllegalArgumentException("The changes since a version are an appendix of a report; give "
                    + "--format pdf, html, docx or xlsx, or leave out --since-approved and --since-version.");
        }
    }

    /**
     * The version to compare with, named with its date in this zone; null when neither option was given.
     *
     * @throws IllegalArgumentException in one sentence when the assessment has no such version
     */
    ReportFiles.Since resolve(ReviewRepository reviews, UUID id, ZoneId zone) {
        if (!approved && version == null) {
            return null;
        }
        var versions = reviews.versions(id);
        var decisions = reviews.decisions(id);
        ComparedVersion compared = approved
                ? ComparedVersion.latestApproved(versions, decisions)
                        .orElseThrow(() -> new IllegalArgumentException(
                                "This assessment has no approved version yet, so there are no changes since one to add; "
                                        + "leave out --since-approved."))
                : ComparedVersion.number(version, versions, decisions)
                        .orElseThrow(() -> new IllegalArgumentException("This assessment has no version " + version
                                + (versions.isEmpty()
                                        ? "; it was never " + "submitted for review."
                                        : "; it has versions 1 to " + versions.size() + ".")));
        DateTimeFormatter day = DateTimeFormatter.ISO_LOCAL_DATE.withZone(zone);
        return ReportFiles.Since.of(compared, day::format);
    }
}
