package org.airisk.workbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.assessment.StorageException;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The data folder's path is a file name to the database, never part of its connection settings. */
class DataFolderPathTest {
    @TempDir
    Path dir;

    /** A script that, if it ever runs, leaves a marker file beside it. */
    static Path evilScript(Path dir) throws Exception {
        Path marker = dir.resolve("marker.txt");
        Path script = dir.resolve("evil.sql");
        Files.writeString(
                script,
                "CREATE TABLE injected (x INT);\nCALL FILE_WRITE(CAST(X'72616e' AS BLOB), '"
                        + marker.toAbsolutePath().toString().replace("'", "''") + "');\n");
        return script;
    }

    static String injection(Path script) {
        return "a;INIT=RUNSCRIPT FROM '" + script.toAbsolutePath() + "'--";
    }

    @Test
    void aFolderNameThatWouldAddSettingsIsRefusedAndItsScriptNeverRuns() throws Exception {
        Path script = evilScript(dir);
        Path folder = dir.resolve(injection(script));
        StorageException e = assertThrows(
                StorageException.class, () -> WorkbenchDatabase.open(folder).close());
        assertFalse(Files.exists(dir.resolve("marker.txt")), "the script ran");
        assertTrue(e.getMessage().contains("';'") && e.getMessage().contains(folder.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("another folder"), e.getMessage());
        assertFalse(e.getMessage().contains("damaged"), "not a damaged database: " + e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line");
        try (Stream<Path> files = Files.walk(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".mv.db")), "no database anywhere");
        }
        assertFalse(Files.exists(folder), "nothing was created for the refused folder");
    }

    @Test
    void aSemicolonAnywhereInThePathIsRefusedToo() {
        for (Path folder :
                List.of(dir.resolve("plain;folder"), dir.resolve("x;y").resolve("data"), dir.resolve("ends-with;"))) {
            StorageException e = assertThrows(
                    StorageException.class, () -> WorkbenchDatabase.open(folder).close());
            assertTrue(e.getMessage().contains("';'"), e.getMessage());
        }
    }

    /** H2 reads a backslash as a folder separator on every platform: the database would land in another folder. */
    @Test
    void aBackslashIsRefusedWhereItIsNotTheSeparator() {
        Assumptions.assumeTrue(File.separatorChar == '/');
        Path folder = dir.resolve("back\\slash").resolve("data");
        StorageException e = assertThrows(
                StorageException.class, () -> WorkbenchDatabase.open(folder).close());
        assertTrue(e.getMessage().contains("'\\'"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("back")), "nothing was created beside it");
    }

    static Stream<String> unusualButHarmlessNames() {
        List<String> names = new ArrayList<>(List.of(
                "with spaces",
                "it's \"quoted\"",
                "a=b",
                "INIT=RUNSCRIPT",
                "\u00fcber \u2713 \u4e2d\u6587",
                "--dashes--",
                "per%cent & (paren) [bracket] $dollar #hash",
                "~tilde"));
        if (File.separatorChar == '/') {
            names.add("colon:file:x");
            names.add("mem:");
        }
        return names.stream();
    }

    @ParameterizedTest
    @MethodSource("unusualButHarmlessNames")
    void unusualFolderNamesWorkAndKeepTheDatabaseInside(String name) {
        Path folder = dir.resolve(name).resolve("data");
        UUID id;
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder)) {
            assertTrue(db.createdNow());
            id = new JdbcAssessmentRepository(db, TestClock.FIXED)
                    .create(new NewAssessment("Kept", "S", "", "quick-check", 1))
                    .id();
        }
        assertTrue(Files.isRegularFile(folder.resolve(WorkbenchDatabase.FILE_NAME)), "the database is in " + folder);
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder)) {
            assertFalse(db.createdNow());
            assertEquals(
                    "Kept",
                    new JdbcAssessmentRepository(db, TestClock.FIXED)
                            .find(id)
                            .orElseThrow()
                            .title());
        }
    }
}
