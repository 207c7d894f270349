package org.airisk.workbench.exchangedata;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.airisk.workbench.assessment.UserFacingProblem;
import org.airisk.workbench.exchange.PackagedAssessment;
import org.airisk.workbench.importfiles.ImportFile;

/**
 * An assessment package read from a file as it is, to look at without importing it (verify, diff, compare): read
 * as every import reads a package (ordinary files only, within the stated size, UTF-8 or UTF-16) and checked
 * against the format, but not fitted to the questionnaires installed here.
 */
public final class PackageFile {
    static final String PROTECTED = "The package is protected with a password; import it with its password, "
            + "then use the assessment in the library.";

    private PackageFile() {}

    /** The package's assessments, or the problems that make it no valid package. */
    public static PackageFormat.Read read(Path file) {
        ImportFile.Text text = ImportFile.read(file, "an assessment package", AssessmentPackages.MAX_BYTES);
        if (!text.ok()) {
            return PackageFormat.Read.problem("$", text.problem());
        }
        if (EncryptedPackage.isEnvelope(text.text())) {
            return PackageFormat.Read.problem("$", PROTECTED);
        }
        return new PackageFormat().read(text.text());
    }

    /**
     * The one assessment of a valid package to use: the one with this id when given, else the only one.
     *
     * @param howToChoose what the reader does to name one, for a package that holds several
     *
     * @throws IllegalArgumentException naming the ids to choose from when that does not settle it
     */
    public static PackagedAssessment one(Path file, PackageFormat.Read read, UUID id, String howToChoose) {
        List<PackagedAssessment> all = read.assessments();
        if (id != null) {
            return all.stream()
                    .filter(p -> p.assessment().id().equals(id))
                    .findFirst()
                    .orElseThrow(() -> new UserFacingProblem(
                            file.getFileName() + " holds no assessment " + id + "; it holds " + ids(all) + "."));
        }
        if (all.size() != 1) {
            throw new UserFacingProblem(file.getFileName() + " holds " + all.size() + " assessments; " + howToChoose
                    + ": " + ids(all) + ".");
        }
        return all.get(0);
    }

    private static String ids(List<PackagedAssessment> all) {
        return String.join(
                ", ",
                all.stream()
                        .map(p -> p.assessment().id() + " (\u201c"
                                + p.assessment().title() + "\u201d)")
                        .toList());
    }
}
