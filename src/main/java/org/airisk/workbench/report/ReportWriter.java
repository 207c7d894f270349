package org.airisk.workbench.report;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.airisk.workbench.assessment.UserFacingProblem;
import org.airisk.workbench.changes.AssessmentChanges;
import org.airisk.workbench.exchange.PackagedAssessment;
import org.airisk.workbench.review.ComparedVersion;
import org.airisk.workbench.review.ReviewRepository;

/**
 * Port: an assessment's report written to a file (File › Export report), and the changes between versions scored as
 * the report scores them. Implemented by {@code reportfiles.ReportFiles}.
 */
public interface ReportWriter {
    /** The files a report is written as. */
    enum Format {
        HTML("html"),
        PDF("pdf"),
        /** The register, with the plan in a second file beside it ("…-plan.csv"). */
        CSV("csv"),
        DOCX("docx"),
        XLSX("xlsx");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }

        public static Format of(String name) {
            for (Format f : values()) {
                if (f.extension.equalsIgnoreCase(name)) {
                    return f;
                }
            }
            throw new UserFacingProblem("Unknown report format \"" + name + "\": use pdf, html, docx, xlsx or csv.");
        }

        /** "sample-assessment.pdf" from a title. */
        public String fileName(String title) {
            String base = title.toLowerCase(Locale.ROOT)
                    .replaceAll("[^\\p{L}\\p{N}]+", "-")
                    .replaceAll("(^-|-$)", "");
            return (base.isEmpty() ? "assessment" : base) + "." + extension;
        }
    }

    /**
     * An earlier version to compare the assessment with in the report's appendix "Changes since the approved
     * version", and how the report names it ("version 2, approved on 2026-03-01").
     */
    record Since(PackagedAssessment version, String label) {
        /** A frozen version of the assessment, named with the date of its decision (or submission). */
        public static Since of(ComparedVersion version, Function<Instant, String> date) {
            return new Since(version.version().snapshot(), version.label(date));
        }
    }

    /** The review kept with each assessment: its versions, one of which the appendix may compare with. */
    ReviewRepository reviews();

    /**
     * Writes the full report or the board pack of assessment {@code id}; the file written.
     *
     * @param since     the version to list the changes since, or null
     * @param cancelled asked between the steps; once true, the work stops with a {@link
     *                  java.util.concurrent.CancellationException} and no file is written or replaced
     */
    Path write(
            UUID id,
            Format format,
            Path file,
            LocalDate today,
            Since since,
            ReportKind kind,
            BooleanSupplier cancelled);

    /** What changed from an earlier version to a later one. */
    AssessmentChanges changes(PackagedAssessment older, PackagedAssessment newer);

    /** What changed from a version (from a package, say) to the assessment as saved now. */
    AssessmentChanges changesSince(PackagedAssessment older, UUID id);

    /** The logo on every report's cover. */
    ReportLogos logo();

    /** Where the CSV export puts the plan: "register.csv" gives "register-plan.csv". */
    static Path planFile(Path registerFile) {
        String name = registerFile.getFileName().toString();
        String stem = name.toLowerCase(Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        return registerFile.resolveSibling(stem + "-plan.csv");
    }
}
