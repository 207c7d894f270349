package org.airisk.workbench.ui.shell;

import java.nio.file.Path;
import java.time.Clock;
import org.airisk.workbench.format.UserFormats;
import org.airisk.workbench.ui.BackgroundWork;

/**
 * Where the main window runs: the background queues for its I/O, the data folder, the clock and formats of the
 * assessor's place, the folders file choosers start in, and how many changes a previous run could not save were
 * saved at this start (told once the window shows).
 */
public record WindowSurroundings(
        BackgroundWork background,
        Path dataFolder,
        Clock clock,
        UserFormats formats,
        FileFolders folders,
        int restoredChanges) {}
