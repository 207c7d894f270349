package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data folder whose path would smuggle settings into the database connection is refused in one line. */
class CommandLineDataFolderTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {}

    private static Run run(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLine.run(args, new PrintWriter(out), new PrintWriter(err), environment, TestClock.FIXED);
        return new Run(code, out.toString(), err.toString());
    }

    private Path evilFolder() throws Exception {
        Path marker = dir.resolve("marker.txt");
        Path script = dir.resolve("evil.sql");
        Files.writeString(script, "CALL FILE_WRITE(CAST(X'72616e' AS BLOB), '" + marker.toAbsolutePath() + "');\n");
        return dir.resolve("a;INIT=RUNSCRIPT FROM '" + script.toAbsolutePath() + "'--");
    }

    private void assertRefusedInOneLine(Run run, Path folder) {
        assertEquals(1, run.code(), run.out() + run.err());
        assertFalse(Files.exists(dir.resolve("marker.txt")), "the script ran");
        assertEquals("", run.out());
        String[] lines = run.err().strip().split("\\R");
        assertEquals(1, lines.length, run.err());
        assertTrue(
                lines[0].startsWith("ai-risk-workbench: ")
                        && lines[0].contains("';'")
                        && lines[0].contains(folder.toString()),
                lines[0]);
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), "no stack trace: " + run.err());
        assertFalse(run.err().contains("damaged"), run.err());
    }

    @Test
    void aDataDirWithASemicolonGivesAReasonAndExitCodeOne() throws Exception {
        Path folder = evilFolder();
        assertRefusedInOneLine(run(Map.of(), "list", "--data-dir", folder.toString()), folder);
        assertRefusedInOneLine(
                run(
                        Map.of(),
                        "--data-dir=" + folder,
                        "export",
                        "--out",
                        dir.resolve("x.airisk.json").toString(),
                        "00000000-0000-0000-0000-000000000001"),
                folder);
    }

    @Test
    void anAiriskHomeWithASemicolonIsRefusedTheSameWay() throws Exception {
        Path folder = evilFolder();
        assertRefusedInOneLine(run(Map.of(DataFolders.ENVIRONMENT_VARIABLE, folder.toString()), "list"), folder);
    }

    @Test
    void aDataDirWithSpacesQuotesAndEqualsWorks() {
        Path folder = dir.resolve("My \"risk\" data, it's a=b \u00fcber");
        Run list = run(Map.of(), "list", "--data-dir", folder.toString());
        assertEquals(0, list.code(), list.err());
        assertTrue(Files.exists(folder.resolve("workbench.mv.db")));
    }
}
