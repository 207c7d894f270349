package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.Progress;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `diff OLD NEW`: the changes between two exported versions, grouped by section, from the command line. */
class DiffCommandTest {
    @TempDir
    Path dir;

    private CommandLineTest.Run run(String... args) {
        return CommandLineTest.run(args);
    }

    /**
     * The tutor assessment exported as version 1 (returned), then answered differently and noted in the library.
     */
    static Path tutorChangedSinceExport(Path dir, Path data) {
        String id = CommandLineTest.tutor(data);
        Path v1 = dir.resolve("tutor-v1.airisk.json");
        assertEquals(
                0,
                CommandLineTest.run("export", "--data-dir", data.toString(), "--out", v1.toString(), id)
                        .code());
        try (WorkbenchDatabase db = WorkbenchDatabase.open(data)) {
            JdbcAssessmentRepository repo = new JdbcAssessmentRepository(db, TestClock.FIXED);
            repo.saveAnswer(UUID.fromString(id), "profile_domain", new Answer.Choice("health"), new Progress(1, 20));
            repo.saveNote(UUID.fromString(id), "profile_domain", "Now also triages symptoms.");
        }
        return v1;
    }

    @Test
    void twoExportedVersionsAreComparedSectionBySection() throws Exception {
        Path data = dir.resolve("data");
        Path v1 = tutorChangedSinceExport(dir, data);
        String id =
                CommandLineTest.run("list", "--data-dir", data.toString()).out().substring(0, 36);
        Path v2 = dir.resolve("v2.airisk.json");
        assertEquals(
                0,
                run("export", "--data-dir", data.toString(), "--out", v2.toString(), id)
                        .code());

        CommandLineTest.Run diff = run("diff", "--data-dir", data.toString(), v1.toString(), v2.toString());

        assertEquals(0, diff.code(), diff.err());
        String out = diff.out();
        assertTrue(out.startsWith("\u201cTutor bot review\u201d: tutor-v1.airisk.json \u2192 v2.airisk.json"), out);
        assertTrue(
                out.contains("\nAnswers\n") && out.contains("\nNotes\n") && out.contains("\nRatings and levels\n"),
                out);
        assertTrue(out.indexOf("\nAnswers\n") < out.indexOf("\nNotes\n"), "sections in order");
        assertTrue(out.contains("\u2192 Now also triages symptoms."), out);

        CommandLineTest.Run same = run("diff", "--data-dir", data.toString(), v1.toString(), v1.toString());
        assertEquals(0, same.code());
        assertTrue(same.out().endsWith("No changes" + System.lineSeparator()), same.out());
    }

    @Test
    void aFileThatIsNoPackageOrHoldsSeveralIsNamedPlainly() throws Exception {
        Path data = dir.resolve("data");
        String id = CommandLineTest.tutor(data);
        Path v1 = dir.resolve("v1.airisk.json");
        assertEquals(
                0,
                run("export", "--data-dir", data.toString(), "--out", v1.toString(), id)
                        .code());
        Path broken = dir.resolve("broken.airisk.json");
        Files.writeString(broken, "{\"format\": \"ai-risk-workbench/assessment-package\", \"formatVersion\": 1}");

        CommandLineTest.Run notPackage = run("diff", "--data-dir", data.toString(), v1.toString(), broken.toString());
        assertEquals(1, notPackage.code());
        assertTrue(
                notPackage
                        .err()
                        .contains(
                                "broken.airisk.json is not a valid assessment package, so nothing was " + "compared."),
                notPackage.err());

        CommandLineTest.Run wrongId = run(
                "diff",
                "--data-dir",
                data.toString(),
                "--assessment",
                UUID.randomUUID().toString(),
                v1.toString(),
                v1.toString());
        assertEquals(1, wrongId.code());
        assertTrue(
                wrongId.err().contains("v1.airisk.json holds no assessment")
                        && wrongId.err().contains(id),
                wrongId.err());
        assertEquals(
                0,
                run("diff", "--data-dir", data.toString(), "--assessment", id, v1.toString(), v1.toString())
                        .code());
    }
}
