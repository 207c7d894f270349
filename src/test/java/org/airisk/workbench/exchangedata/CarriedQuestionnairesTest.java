package org.airisk.workbench.exchangedata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.airisk.workbench.assessment.Assessment;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.assessment.StorageException;
import org.airisk.workbench.exchange.PackageExchange.Preview;
import org.airisk.workbench.exchange.PackageStore;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.Progress;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.questionnairedata.TemplateLibrary;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.JdbcPackageStore;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An own questionnaire travels inside the package of an assessment that follows it (issue 20). */
class CarriedQuestionnairesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A firm's own questionnaire: one section, a choice and a text. */
    static String firmCheck(String title) {
        return """
                {
                  "id": "firm-check",
                  "version": 3,
                  "title": "%s",
                  "sections": [
                    {
                      "id": "basics",
                      "title": "Basics",
                      "questions": [
                        {"id": "firm_purpose", "type": "short_text", "required": true, "text": "What is it for?"},
                        {"id": "firm_reach", "type": "single_choice", "required": true, "text": "Who sees it?",
                         "options": [{"id": "staff", "label": "Staff"}, {"id": "public", "label": "The public"}]}
                      ]
                    }
                  ]
                }
                """.formatted(title);
    }

    @TempDir
    Path dir;

    private static Path templates(Path data) {
        return data.resolve("templates");
    }

    private static AssessmentPackages packages(WorkbenchDatabase db, Path data) {
        return new AssessmentPackages(
                new JdbcPackageStore(db, TestClock.FIXED),
                TemplateLibrary.load(templates(data)),
                TestClock.FIXED,
                templates(data));
    }

    /** A data folder with the firm's questionnaire installed and one assessment following it, exported. */
    private Path exported() throws Exception {
        Path data = dir.resolve("firm");
        Files.createDirectories(templates(data));
        Files.writeString(templates(data).resolve("firm-check.json"), firmCheck("Firm check"));
        Path file = dir.resolve("firm.airisk.json");
        try (WorkbenchDatabase db = WorkbenchDatabase.open(data)) {
            JdbcAssessmentRepository repo = new JdbcAssessmentRepository(db, TestClock.FIXED);
            Assessment a = repo.create(new NewAssessment("Hiring bot", "Hirebot", "Ann", "firm-check", 3));
            repo.saveAnswer(a.id(), "firm_reach", new Answer.Choice("public"), new Progress(1, 2));
            assertEquals(1, packages(db, data).export(List.of(a.id()), file));
        }
        return file;
    }

    private static List<Path> files(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.sorted().toList();
        }
    }

    @Test
    void anOwnQuestionnaireTravelsIntoAFreshDataFolderAndTheAssessmentOpensThereWithItsQuestions() throws Exception {
        Path file = exported();
        ObjectNode root = (ObjectNode) JSON.readTree(file.toFile());
        assertEquals(PackageFormat.WITH_TEMPLATES, root.get("formatVersion").asInt());
        assertEquals("firm-check", root.get("templates").get(0).get("id").asText());
        Path board = dir.resolve("board");
        try (WorkbenchDatabase db = WorkbenchDatabase.open(board)) {
            AssessmentPackages packages = packages(db, board);
            Preview preview = packages.preview(file);
            assertTrue(preview.ok(), preview.problems().toString());
            assertEquals(
                    List.of("Adds the questionnaire \u201cFirm check\u201d (firm-check v3) to this library's own "
                            + "questionnaires (the package carries it)."),
                    preview.changes());
            assertEquals(List.of(), files(templates(board)), "a preview writes nothing");
            UUID id = packages.apply(preview, PackageStore.Conflict.KEEP_BOTH).get(0);
            Assessment imported =
                    new JdbcAssessmentRepository(db, TestClock.FIXED).find(id).orElseThrow();
            assertEquals("firm-check", imported.templateId());
            assertEquals(
                    new Answer.Choice("public"),
                    new JdbcAssessmentRepository(db, TestClock.FIXED)
                            .answers(id)
                            .get("firm_reach")
                            .answer());
        }
        assertEquals(List.of(templates(board).resolve("firm-check-v3.json")), files(templates(board)));
        QuestionnaireTemplate there = TemplateLibrary.load(templates(board))
                .find("firm-check", 3)
                .orElseThrow(() -> new AssertionError("the questionnaire is installed after a restart"));
        assertEquals(
                List.of("firm_purpose", "firm_reach"),
                there.questions().map(q -> q.id()).toList());
    }

    @Test
    void anIdenticalQuestionnaireAlreadyInstalledIsReused() throws Exception {
        Path file = exported();
        Path board = dir.resolve("board");
        Files.createDirectories(templates(board));
        Files.writeString(templates(board).resolve("mine.json"), firmCheck("Firm check"));
        try (WorkbenchDatabase db = WorkbenchDatabase.open(board)) {
            AssessmentPackages packages = packages(db, board);
            Preview preview = packages.preview(file);
            assertTrue(preview.ok(), preview.problems().toString());
            assertEquals(List.of(), preview.changes());
            assertEquals(List.of(), preview.addedQuestionnaires());
            assertEquals(
                    1, packages.apply(preview, PackageStore.Conflict.KEEP_BOTH).size());
        }
        assertEquals(List.of(templates(board).resolve("mine.json")), files(templates(board)));
    }

    @Test
    void aDifferentQuestionnaireWithTheSameIdAndVersionIsNeverOverwritten() throws Exception {
        Path file = exported();
        Path board = dir.resolve("board");
        Files.createDirectories(templates(board));
        Path mine = templates(board).resolve("mine.json");
        Files.writeString(mine, firmCheck("Our own firm check"));
        try (WorkbenchDatabase db = WorkbenchDatabase.open(board)) {
            Preview preview = packages(db, board).preview(file);
            assertFalse(preview.ok());
            assertEquals("$.templates[0]", preview.problems().get(0).path());
            String message = preview.problems().get(0).message();
            assertTrue(
                    message.contains("firm-check v3")
                            && message.contains("\u201cOur own firm check\u201d")
                            && message.contains("nothing is overwritten"),
                    message);
            assertEquals(0, new JdbcAssessmentRepository(db, TestClock.FIXED).count());
        }
        assertEquals(firmCheck("Our own firm check"), Files.readString(mine));
        assertEquals(List.of(mine), files(templates(board)));
    }

    /** The package with its questionnaire's file replaced by this text (hashed anew unless told otherwise). */
    private Path withCarried(Path file, String template, boolean rehash) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(file.toFile());
        ObjectNode carried = (ObjectNode) root.get("templates").get(0);
        byte[] bytes = template.getBytes(StandardCharsets.UTF_8);
        carried.putArray("content").add(Base64.getEncoder().encodeToString(bytes));
        if (rehash) {
            carried.put("sha256", PackageBoard.sha256(bytes));
        }
        Path changed = dir.resolve("changed-" + rehash + ".airisk.json");
        JSON.writeValue(changed.toFile(), root);
        return changed;
    }

    @Test
    void aMalformedOrChangedQuestionnaireInThePackageIsRefusedAndNothingIsWritten() throws Exception {
        Path file = exported();
        String broken = firmCheck("Firm check").replace("\"short_text\"", "\"telepathy\"");
        Path board = dir.resolve("board");
        try (WorkbenchDatabase db = WorkbenchDatabase.open(board)) {
            AssessmentPackages packages = packages(db, board);
            Preview malformed = packages.preview(withCarried(file, broken, true));
            assertFalse(malformed.ok());
            assertTrue(
                    malformed.problems().get(0).message().contains("firm-check v3")
                            && malformed.problems().get(0).message().contains("not a valid questionnaire template"),
                    malformed.problems().toString());
            Preview changed = packages.preview(withCarried(file, firmCheck("Firm check, edited"), false));
            assertFalse(changed.ok());
            assertTrue(
                    changed.problems().get(0).message().contains("SHA-256"),
                    changed.problems().toString());
            assertThrows(RuntimeException.class, () -> packages.apply(malformed, PackageStore.Conflict.KEEP_BOTH));
            assertEquals(0, new JdbcAssessmentRepository(db, TestClock.FIXED).count());
        }
        assertEquals(List.of(), files(templates(board)));
    }

    @Test
    void aCarriedQuestionnaireWhoseIdIsAPathIsRefusedAndNothingIsWrittenOutsideTheTemplatesFolder() throws Exception {
        Path file = exported();
        Path board = dir.resolve("board");
        for (String id : List.of("../../escaped", "/tmp/escaped", "..")) {
            String text = firmCheck("Firm check").replace("\"firm-check\"", JSON.writeValueAsString(id));
            Path sent = withCarried(file, text, true);
            String packaged = Files.readString(sent).replace("\"firm-check\"", JSON.writeValueAsString(id));
            Files.writeString(sent, packaged);
            try (WorkbenchDatabase db = WorkbenchDatabase.open(board)) {
                AssessmentPackages packages = packages(db, board);
                Preview preview = packages.preview(sent);
                assertFalse(preview.ok(), id + " refused");
                assertThrows(RuntimeException.class, () -> packages.apply(preview, PackageStore.Conflict.KEEP_BOTH));
                assertEquals(0, new JdbcAssessmentRepository(db, TestClock.FIXED).count());
            }
            assertEquals(List.of(), files(templates(board)));
            assertFalse(Files.exists(dir.resolve("escaped-v3.json")), "nothing written above the data folder");
            assertFalse(Files.exists(Path.of("/tmp/escaped-v3.json")));
        }
    }

    @Test
    void aQuestionnaireSavedForAnImportThatFailsIsTakenAwayAgain() throws Exception {
        Path file = exported();
        Path board = dir.resolve("board");
        try (WorkbenchDatabase db = WorkbenchDatabase.open(board)) {
            Preview preview = packages(db, board).preview(file);
            assertTrue(preview.ok(), preview.problems().toString());
            QuestionnaireFolder folder = new QuestionnaireFolder(templates(board));
            StorageException failed = assertThrows(
                    StorageException.class,
                    () -> folder.addWhile(preview.addedQuestionnaires(), () -> {
                        assertTrue(Files.exists(templates(board).resolve("firm-check-v3.json")), "saved first");
                        throw new StorageException("The library could not be written.");
                    }));
            assertEquals("The library could not be written.", failed.getMessage());
        }
        assertEquals(List.of(), files(templates(board)));
    }

    @Test
    void packagesOfBuiltInQuestionnairesStayFormatOneAndFormatsMustMatchWhatIsCarried() throws Exception {
        Path data = dir.resolve("plain");
        Path file = dir.resolve("plain.airisk.json");
        try (WorkbenchDatabase db = WorkbenchDatabase.open(data)) {
            UUID id = AssessmentPackagesTest.fill(db);
            packages(db, data).export(List.of(id), file);
        }
        ObjectNode root = (ObjectNode) JSON.readTree(file.toFile());
        assertEquals(PackageFormat.VERSION, root.get("formatVersion").asInt());
        assertFalse(root.has("templates"), "built-in questionnaires are never carried");
        Path board = dir.resolve("board");
        try (WorkbenchDatabase db = WorkbenchDatabase.open(board)) {
            AssessmentPackages packages = packages(db, board);
            Preview older = packages.preview(file);
            assertTrue(older.ok(), older.problems().toString());
            assertEquals(
                    1, packages.apply(older, PackageStore.Conflict.KEEP_BOTH).size());
            root.put("formatVersion", PackageFormat.WITH_TEMPLATES);
            Path claimed = dir.resolve("claimed.airisk.json");
            JSON.writeValue(claimed.toFile(), root);
            Preview refused = packages.preview(claimed);
            assertEquals("$.formatVersion", refused.problems().get(0).path());
            assertTrue(
                    refused.problems().get(0).message().contains("this one carries none"),
                    refused.problems().toString());
        }
        assertEquals(List.of(), files(templates(board)));
    }
}
