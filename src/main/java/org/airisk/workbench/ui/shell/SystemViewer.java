package org.airisk.workbench.ui.shell;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Opens a file with the program the desktop associates with it (xdg-open, open, or the Windows shell). Used instead
 * of AWT's Desktop, which would load a second GUI toolkit into the JavaFX process.
 */
final class SystemViewer {
    private SystemViewer() {}

    /** Starts the viewer and returns; fails when the desktop has no opener or it reports an error at once. */
    static Void open(Path file) throws IOException, InterruptedException {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.contains("win")
                ? List.of("rundll32", "url.dll,FileProtocolHandler", file.toString())
                : os.contains("mac") ? List.of("open", file.toString()) : List.of("xdg-open", file.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        if (process.waitFor(3, TimeUnit.SECONDS) && process.exitValue() != 0) {
            throw new IOException(command.get(0) + " exited with " + process.exitValue());
        }
        return null;
    }
}
