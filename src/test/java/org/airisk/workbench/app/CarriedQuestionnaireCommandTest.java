package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.Progress;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `export` puts a firm's own questionnaire into the package, `import` adds it to another data folder. */
class CarriedQuestionnaireCommandTest {
    @TempDir
    Path dir;

    private static String template(String title) {
        return """
                {"id": "firm-check", "version": 3, "title": "%s", "sections": [{"id": "basics", "title": "Basics",
                  "questions": [{"id": "firm_purpose", "type": "short_text", "required": true,
                                 "text": "What is it for?"}]}]}
                """.formatted(title);
    }

    private String assessmentOnOwnQuestionnaire(Path data) throws Exception {
        Files.createDirectories(data.resolve(Workbench.TEMPLATE_FOLDER));
        Files.writeString(data.resolve(Workbench.TEMPLATE_FOLDER).resolve("firm.json"), template("Firm check"));
        try (WorkbenchDatabase db = WorkbenchDatabase.open(data)) {
            JdbcAssessmentRepository repo = new JdbcAssessmentRepository(db, TestClock.FIXED);
            var a = repo.create(new NewAssessment("Hiring bot", "Hirebot", "Ann", "firm-check", 3));
            repo.saveAnswer(a.id(), "firm_purpose", new Answer.Text("Sorts CVs"), new Progress(1, 1));
            return a.id().toString();
        }
    }

    @Test
    void exportCarriesTheQuestionnaireAndImportAddsItOrRefusesADifferentOne() throws Exception {
        Path firm = dir.resolve("firm");
        Path file = dir.resolve("hiring.airisk.json");
        String id = assessmentOnOwnQuestionnaire(firm);
        CommandLineTest.Run export =
                CommandLineTest.run("export", "--data-dir", firm.toString(), "--out", file.toString(), id);
        assertEquals(0, export.code(), export.err());

        Path board = dir.resolve("board");
        CommandLineTest.Run imported = CommandLineTest.run("import", "--data-dir", board.toString(), file.toString());
        assertEquals(0, imported.code(), imported.err());
        assertTrue(
                imported.out().contains("Adds the questionnaire \u201cFirm check\u201d (firm-check v3)"),
                imported.out());
        assertTrue(Files.exists(board.resolve(Workbench.TEMPLATE_FOLDER).resolve("firm-check-v3.json")));
        assertTrue(CommandLineTest.run("list", "--data-dir", board.toString())
                .out()
                .contains("Hiring bot"));

        Path other = dir.resolve("other");
        Files.createDirectories(other.resolve(Workbench.TEMPLATE_FOLDER));
        Files.writeString(other.resolve(Workbench.TEMPLATE_FOLDER).resolve("ours.json"), template("Our check"));
        CommandLineTest.Run refused = CommandLineTest.run("import", "--data-dir", other.toString(), file.toString());
        assertEquals(1, refused.code());
        assertTrue(
                refused.err().contains("firm-check v3") && refused.err().contains("nothing is overwritten"),
                refused.err());
        assertEquals(
                template("Our check"),
                Files.readString(other.resolve(Workbench.TEMPLATE_FOLDER).resolve("ours.json")));
    }
}
