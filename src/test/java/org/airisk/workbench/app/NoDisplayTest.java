package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window started where JavaFX cannot open one (no display, or no desktop libraries): the app says so and ends,
 * instead of waiting for a toolkit that never starts. Before, it hung with nothing printed.
 */
class NoDisplayTest {

    @Test
    void withoutADisplayTheAppSaysWhyAndEnds(@TempDir Path folder) throws Exception {
        // JavaFX's desktop platform (GTK on Linux) with no display to open: its start throws.
        AppChild child = AppChild.runWithin(
                30,
                List.of("-Dglass.platform=gtk", "-Djava.awt.headless=true"),
                List.of("DISPLAY", "WAYLAND_DISPLAY"),
                Launcher.class,
                "--data-dir",
                folder.toString());

        assertTrue(child.ended(), "the app ended by itself: " + child.output());
        assertEquals(1, child.code(), child.output());
        assertTrue(child.output().contains("AI Risk Workbench: no window can be opened"), child.output());
        assertTrue(child.output().contains("--help"), "points to the command line: " + child.output());
        assertFalse(child.output().contains("\tat "), "no stack trace: " + child.output());
    }
}
