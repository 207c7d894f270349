package org.airisk.workbench.ui.shell;

import java.io.File;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** File choosers that open where {@link FileFolders} says, and tell it which folder was used. */
final class FileDialogs {
    private FileDialogs() {}

    static FileChooser chooser(FileFolders folders, String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        folders.initialFolder().ifPresent(folder -> chooser.setInitialDirectory(folder.toFile()));
        return chooser;
    }

    /** The file chosen to open, or null when the dialog was cancelled. */
    static File open(FileChooser chooser, Window owner, FileFolders folders) {
        return used(chooser.showOpenDialog(owner), folders);
    }

    /** The file chosen to save to, or null when the dialog was cancelled. */
    static File save(FileChooser chooser, Window owner, FileFolders folders) {
        return used(chooser.showSaveDialog(owner), folders);
    }

    private static File used(File chosen, FileFolders folders) {
        if (chosen != null) {
            folders.used(chosen.toPath());
        }
        return chosen;
    }
}
