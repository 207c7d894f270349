package org.airisk.workbench.app;

import static org.airisk.workbench.app.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.settings.PreferenceKeys;
import org.airisk.workbench.store.JdbcPreferences;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `verify`: the hash a report states is recomputed from the package it was made from, and nothing else matches. */
class VerifyCommandTest {
    @TempDir
    Path dir;

    @Test
    void aReportMatchesThePackageItWasMadeFromInEveryFormat() throws Exception {
        Path data = dir.resolve("data");
        String id = CommandLineTest.tutor(data);
        Path pack = dir.resolve("tutor.airisk.json");
        assertEquals(
                0,
                run("export", "--data-dir", data.toString(), "--out", pack.toString(), id)
                        .code());
        assertTrue(Files.readString(pack).contains("\"scoringMethod\" : null"), "never opened: no method kept");

        CommandLineTest.Run hashes = run("verify", "--data-dir", data.toString(), pack.toString());
        assertEquals(0, hashes.code(), hashes.err());
        String hash = hashes.out().substring(0, 64);
        assertTrue(hashes.out().startsWith(hash + "  Tutor bot review (" + id + ")"), hashes.out());

        for (String format : new String[] {"pdf", "docx", "xlsx", "html"}) {
            Path report = dir.resolve("tutor." + format);
            CommandLineTest.Run written =
                    run("export", "--data-dir", data.toString(), "--format", format, "--out", report.toString(), id);
            assertEquals(0, written.code(), written.err());
            CommandLineTest.Run verified =
                    run("verify", "--data-dir", data.toString(), "--report", report.toString(), pack.toString());
            assertEquals(0, verified.code(), format + ": " + verified.err());
            assertTrue(
                    verified.out().contains("tutor." + format + " matches \u201cTutor bot review\u201d"),
                    verified.out());
        }

        Path notes = dir.resolve("notes.html");
        Files.writeString(notes, "<p>no hash here</p>");
        CommandLineTest.Run noHash =
                run("verify", "--data-dir", data.toString(), "--report", notes.toString(), pack.toString());
        assertEquals(1, noHash.code());
        assertTrue(noHash.err().contains("notes.html states no content hash"), noHash.err());

        // The app's method decides the scores of a never-opened assessment, so it is inside the hash.
        try (WorkbenchDatabase db = WorkbenchDatabase.open(data)) {
            new JdbcPreferences(db)
                    .put(
                            PreferenceKeys.SCORING_METHOD,
                            ScoringMethod.standard(4).encode());
        }
        CommandLineTest.Run other = run("verify", "--data-dir", data.toString(), pack.toString());
        assertNotEquals(hash, other.out().substring(0, 64), "another method, another hash");
        CommandLineTest.Run stale = run(
                "verify",
                "--data-dir",
                data.toString(),
                "--report",
                dir.resolve("tutor.pdf").toString(),
                pack.toString());
        assertEquals(1, stale.code());
        assertTrue(
                stale.err().contains("states the hash " + hash + ", which no assessment in tutor.airisk.json " + "has"),
                stale.err());
    }

    @Test
    void aPackageThatIsNotOneIsNamedPlainly() throws Exception {
        Path data = dir.resolve("data");
        Path broken = dir.resolve("broken.airisk.json");
        Files.writeString(broken, "{\"format\": \"ai-risk-workbench/assessment-package\", \"formatVersion\": 1}");
        CommandLineTest.Run notPackage = run("verify", "--data-dir", data.toString(), broken.toString());
        assertEquals(1, notPackage.code());
        assertTrue(notPackage.err().contains("broken.airisk.json is not a valid assessment package"), notPackage.err());
    }
}
