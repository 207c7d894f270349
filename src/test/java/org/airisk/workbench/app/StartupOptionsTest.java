package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StartupOptionsTest {

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Linux default            | Linux      |             |                  | /home/ann/.local/share/ai-risk-workbench
            Linux with XDG_DATA_HOME | Linux      |             | /data/xdg        | /data/xdg/ai-risk-workbench
            macOS default            | Mac OS X   |             |                  | /home/ann/Library/Application Support/AI Risk Workbench
            Windows with APPDATA     | Windows 11 | /w/Roaming  |                  | /w/Roaming/AI Risk Workbench
            Windows without APPDATA  | Windows 11 |             |                  | /home/ann/AppData/Roaming/AI Risk Workbench
            """)
    void platformDefaults(String name, String os, String appData, String xdg, String expected) {
        Map<String, String> env = new HashMap<>();
        if (appData != null) {
            env.put("APPDATA", appData);
        }
        if (xdg != null) {
            env.put("XDG_DATA_HOME", xdg);
        }
        assertEquals(Path.of(expected), DataFolders.resolve(null, env, os, "/home/ann"));
    }

    @Test
    void dataDirWinsOverEnvironmentWhichWinsOverDefault() {
        Map<String, String> env = Map.of(DataFolders.ENVIRONMENT_VARIABLE, "/from/env");
        assertEquals(Path.of("/from/option"), DataFolders.resolve("/from/option", env, "Linux", "/home/ann"));
        assertEquals(Path.of("/from/env"), DataFolders.resolve(null, env, "Linux", "/home/ann"));
        assertEquals(Path.of("/from/env"), DataFolders.resolve(" ", env, "Linux", "/home/ann"));
    }

    @Test
    void parsesArguments() {
        StartupOptions options = StartupOptions.parse(List.of("--data-dir", "/tmp/x", "--exit-after-start"), Map.of());
        assertEquals(Path.of("/tmp/x"), options.dataFolder());
        assertTrue(options.exitAfterStart());
        assertEquals(List.of(), options.problems());
        assertEquals(
                Path.of("/tmp/y"),
                StartupOptions.parse(List.of("--data-dir=/tmp/y"), Map.of()).dataFolder());
    }

    @Test
    void takesFilesTheDesktopPassesIn() {
        StartupOptions options = StartupOptions.parse(List.of("/tmp/from-colleague.airisk.json"), Map.of());
        assertEquals(List.of(Path.of("/tmp/from-colleague.airisk.json")), options.filesToOpen());
        assertEquals(List.of(), options.problems());
    }

    @Test
    void reportsWrongArguments() {
        assertEquals(
                1,
                StartupOptions.parse(List.of("--data-dir"), Map.of()).problems().size());
        List<String> problems =
                StartupOptions.parse(List.of("--colour", "--red"), Map.of()).problems();
        assertEquals(2, problems.size());
        assertTrue(problems.get(0).contains("Unknown argument '--colour'"));
    }
}
