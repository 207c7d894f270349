package org.airisk.workbench.exchangedata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.airisk.workbench.assessment.StorageException;
import org.airisk.workbench.assessment.UserFacingProblem;
import org.airisk.workbench.exchange.CarriedQuestionnaire;
import org.airisk.workbench.importfiles.AtomicFile;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;

/**
 * The data folder's own questionnaires, as an import adds those a package carries: each saved whole under a name of
 * its own (never over a file there), and all of them taken away again when the import they came with fails, so an
 * import leaves both its assessments and their questionnaires, or neither.
 */
final class QuestionnaireFolder {
    private final Path folder;

    /** @param folder the data folder's templates folder; null where the workbench has none (nothing is added) */
    QuestionnaireFolder(Path folder) {
        this.folder = folder;
    }

    boolean canAdd() {
        return folder != null;
    }

    /** Saves the questionnaires, then runs the import; when that (or a save) fails, the files saved are removed. */
    <T> T addWhile(List<CarriedQuestionnaire> added, Supplier<T> importing) {
        List<Path> written = new ArrayList<>();
        try {
            if (!added.isEmpty()) {
                Files.createDirectories(folder);
            }
            for (CarriedQuestionnaire c : added) {
                written.add(AtomicFile.write(
                        freeName(c.template()),
                        "the questionnaire " + c.name(),
                        temp -> Files.writeString(temp, c.text(), StandardCharsets.UTF_8)));
            }
            return importing.get();
        } catch (IOException e) {
            removeAll(written);
            throw new StorageException("Could not make the folder " + folder + " (" + e.getMessage() + ").", e);
        } catch (RuntimeException e) {
            removeAll(written);
            throw e;
        }
    }

    /** Whether a questionnaire id can name a file in the templates folder and nowhere else. */
    static boolean safeId(String id) {
        return id != null && SAFE_ID.matcher(id).matches() && !id.contains("..");
    }

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,199}");

    private Path freeName(QuestionnaireTemplate t) {
        if (!safeId(t.id())) {
            throw new UserFacingProblem(
                    "The questionnaire id \u201c" + t.id() + "\u201d is not a plain name; " + "nothing was imported.");
        }
        String base = t.id() + "-v" + t.version();
        Path file = folder.resolve(base + ".json");
        for (int n = 2; Files.exists(file); n++) {
            file = folder.resolve(base + "-" + n + ".json");
        }
        return file;
    }

    private static void removeAll(List<Path> written) {
        for (Path file : written) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // the import's own failure is what the assessor needs to hear; a file left is loaded as a template
            }
        }
    }
}
