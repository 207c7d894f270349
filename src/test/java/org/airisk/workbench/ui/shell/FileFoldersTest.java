package org.airisk.workbench.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File dialogs open in the documents folder the first time, then where the last file was, across restarts. */
class FileFoldersTest {
    @TempDir
    Path home;

    /** The preferences as they survive a restart. */
    private final Map<String, String> stored = new HashMap<>();

    private FileFolders start(Path documents) {
        return new FileFolders(
                documents,
                Optional.ofNullable(stored.get(FileFolders.PREFERENCE)),
                folder -> stored.put(FileFolders.PREFERENCE, folder));
    }

    @Test
    void theDocumentsFolderIsTheHomesDocumentsFolderIfThereIsOne() throws Exception {
        assertEquals(home, FileFolders.documentsIn(home), "no Documents folder: the home folder");
        Path documents = Files.createDirectory(home.resolve("Documents"));
        assertEquals(documents, FileFolders.documentsIn(home));
    }

    @Test
    void theFirstDialogOpensInTheDocumentsFolder() throws Exception {
        Path documents = Files.createDirectory(home.resolve("Documents"));
        assertEquals(Optional.of(documents), start(documents).initialFolder());
    }

    @Test
    void laterDialogsOpenWhereTheLastFileWasEvenAfterARestart() throws Exception {
        Path documents = Files.createDirectory(home.resolve("Documents"));
        Path reports = Files.createDirectories(home.resolve("work").resolve("reports"));
        FileFolders folders = start(documents);
        folders.used(reports.resolve("Review.pdf"));
        assertEquals(Optional.of(reports), folders.initialFolder());

        FileFolders afterRestart = start(documents);
        assertEquals(Optional.of(reports), afterRestart.initialFolder());
        Path packages = Files.createDirectory(home.resolve("packages"));
        afterRestart.used(packages);
        assertEquals(Optional.of(packages), start(documents).initialFolder(), "a folder chosen is itself the folder");
    }

    @Test
    void aRememberedFolderThatIsGoneFallsBackToTheDocumentsFolder() throws Exception {
        Path documents = Files.createDirectory(home.resolve("Documents"));
        Path usb = Files.createDirectory(home.resolve("usb"));
        start(documents).used(usb.resolve("package.airisk.json"));
        Files.delete(usb);
        assertEquals(Optional.of(documents), start(documents).initialFolder());
        stored.put(FileFolders.PREFERENCE, "\u0000not a path");
        assertEquals(Optional.of(documents), start(documents).initialFolder(), "a broken preference is ignored");
        assertTrue(start(home.resolve("nowhere")).initialFolder().isEmpty(), "neither exists: the system's choice");
    }

    @Test
    void theSameFolderAgainIsNotStoredAgain() throws Exception {
        Path documents = Files.createDirectory(home.resolve("Documents"));
        int[] writes = {0};
        FileFolders folders = new FileFolders(documents, Optional.empty(), folder -> writes[0]++);
        folders.used(documents.resolve("a.pdf"));
        folders.used(documents.resolve("b.pdf"));
        assertEquals(1, writes[0]);
    }
}
