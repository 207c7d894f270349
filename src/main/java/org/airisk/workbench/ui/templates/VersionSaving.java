package org.airisk.workbench.ui.templates;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.airisk.workbench.questionnaire.QuestionnaireImport;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.questionnaire.Questionnaires;
import org.airisk.workbench.ui.BackgroundWork;
import org.airisk.workbench.ui.UserMessages;

/**
 * Saving an edited questionnaire as its next version into the data folder's templates, off the FX thread, and
 * offering it at once; one save at a time, never over a version already on disk.
 */
final class VersionSaving {
    private final Questionnaires library;
    private final QuestionnaireImport files;
    private final Path dataFolder;
    private final BackgroundWork background;
    private int savedVersion;
    private boolean saving;

    /** @param savedVersion the newest version on disk (0 for a copy never saved, whose first save is version 1) */
    VersionSaving(
            Questionnaires library,
            QuestionnaireImport files,
            Path dataFolder,
            BackgroundWork background,
            int savedVersion) {
        this.library = library;
        this.files = files;
        this.dataFolder = dataFolder;
        this.background = background;
        this.savedVersion = savedVersion;
    }

    boolean isSaving() {
        return saving;
    }

    /**
     * Starts writing {@code t} as the next version; {@code saved} gets the version written and its file, {@code
     * failed} what went wrong. Empty when started, else why it was not (a version of that number exists already).
     */
    Optional<String> save(
            QuestionnaireTemplate t, BiConsumer<QuestionnaireTemplate, Path> saved, Consumer<String> failed) {
        int version = savedVersion + 1;
        if (!library.isFree(t.id(), version)) {
            return Optional.of("Not saved: " + t.id() + " v" + version
                    + " exists already; close the editor and open the newest version.");
        }
        QuestionnaireTemplate next = TemplateShape.withVersion(t, version);
        saving = true;
        background.submit(
                () -> files.save(next, dataFolder),
                written -> {
                    saving = false;
                    library.install(next);
                    savedVersion = version;
                    saved.accept(next, written);
                },
                failure -> {
                    saving = false;
                    failed.accept("Not saved: " + UserMessages.describe(failure));
                });
        return Optional.empty();
    }
}
