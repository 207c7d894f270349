package org.airisk.workbench.ui.shell;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where the file dialogs open: the folder last used for a file (remembered between runs), or, the first time and
 * when that folder is gone, the user's documents folder, which the composition root chooses.
 */
public final class FileFolders {
    /** The preference that keeps the last folder used. */
    public static final String PREFERENCE = "files.lastFolder";

    private final Path documents;
    private final Consumer<String> remember;
    private Path last;

    /**
     * @param documents  the folder to start in the first time (may be null: then the system's choice)
     * @param remembered the last folder used, as stored in the preferences, if any
     * @param remember   stores a folder just used, for the next run (called on the FX thread; should not block)
     */
    public FileFolders(Path documents, Optional<String> remembered, Consumer<String> remember) {
        this.documents = documents;
        this.remember = remember;
        this.last =
                remembered.filter(s -> !s.isBlank()).flatMap(FileFolders::path).orElse(null);
    }

    /** The documents folder in this home folder: its Documents folder if there is one, else the home folder. */
    public static Path documentsIn(Path home) {
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }

    /** Where the next file dialog opens; empty when neither the last folder nor the documents folder exists. */
    public Optional<Path> initialFolder() {
        if (last != null && Files.isDirectory(last)) {
            return Optional.of(last);
        }
        return Optional.ofNullable(documents).filter(Files::isDirectory);
    }

    /** A file (or folder) was chosen in a dialog: its folder is where the next dialog opens, now and next run. */
    public void used(Path chosen) {
        Path folder =
                Files.isDirectory(chosen) ? chosen : chosen.toAbsolutePath().getParent();
        if (folder == null || folder.equals(last)) {
            return;
        }
        last = folder;
        remember.accept(folder.toString());
    }

    private static Optional<Path> path(String text) {
        try {
            return Optional.of(Path.of(text));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
