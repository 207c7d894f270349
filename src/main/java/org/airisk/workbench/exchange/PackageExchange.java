package org.airisk.workbench.exchange;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * Port: assessment packages (.airisk.json) written and read, as File › Export / Import assessment package and
 * Compare use them. An import is previewed first (every problem named, nothing written), then applied at once.
 * Implemented by {@code exchangedata.AssessmentPackages}.
 */
public interface PackageExchange {
    /** The ending of a package file's name. */
    String EXTENSION = ".airisk.json";
    /** The problem of a protected package whose password did not open it (or that was changed). */
    String REFUSED_PASSWORD = "The password is wrong, or the file was changed after it was encrypted.";

    /**
     * A package read and checked, ready to import: its assessments, problems, notes on changes, conflicts, and the
     * questionnaires it carries that the import adds to this library's own ones.
     */
    record Preview(
            Path file,
            List<PackagedAssessment> assessments,
            List<PackageProblem> problems,
            List<String> changes,
            List<UUID> existing,
            List<CarriedQuestionnaire> addedQuestionnaires) {
        public Preview {
            assessments = List.copyOf(assessments);
            problems = List.copyOf(problems);
            changes = List.copyOf(changes);
            existing = List.copyOf(existing);
            addedQuestionnaires = List.copyOf(addedQuestionnaires);
        }

        /** A preview that adds no questionnaire. */
        public Preview(
                Path file,
                List<PackagedAssessment> assessments,
                List<PackageProblem> problems,
                List<String> changes,
                List<UUID> existing) {
            this(file, assessments, problems, changes, existing, List.of());
        }

        public boolean ok() {
            return problems.isEmpty();
        }

        /** True when the package is encrypted and the password did not open it (or the file was changed). */
        public boolean refusedPassword() {
            return problems.size() == 1 && problems.get(0).message().equals(REFUSED_PASSWORD);
        }
    }

    /** Writes these assessments to {@code file}, protected with the password when one is given; how many. */
    int export(List<UUID> ids, Path file, char[] password);

    /** True when the file is a package protected with a password. */
    boolean isProtected(Path file);

    Preview preview(Path file);

    Preview preview(Path file, char[] password);

    /** Imports a previewed package in one transaction. */
    PackageStore.Imported importing(Preview preview, PackageStore.Conflict conflict);

    /**
     * The version of assessment {@code id} held in a package file, to compare with.
     *
     * @param id          the assessment wanted when the package holds it; else the only one the package holds
     * @param howToChoose what the reader does to name one, for a package that holds several
     * @throws org.airisk.workbench.assessment.UserFacingProblem when the file is no valid package or does not settle
     *                                                           which assessment is meant
     */
    PackagedAssessment versionIn(Path file, UUID id, String howToChoose);
}
