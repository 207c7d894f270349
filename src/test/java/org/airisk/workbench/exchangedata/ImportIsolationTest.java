package org.airisk.workbench.exchangedata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.airisk.workbench.assessment.Assessment;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.catalog.Mitigation;
import org.airisk.workbench.exchange.PackageProblem;
import org.airisk.workbench.exchange.PackageStore;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.Progress;
import org.airisk.workbench.questionnairedata.TemplateLibrary;
import org.airisk.workbench.scoring.PlanItem;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.JdbcPackageStore;
import org.airisk.workbench.store.JdbcRegisterRepository;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing a package writes only the imported assessments, all of what they hold, exactly. */
class ImportIsolationTest {
    private static final TemplateLibrary TEMPLATES = TemplateLibrary.load(null);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static AssessmentPackages packages(WorkbenchDatabase db) {
        return new AssessmentPackages(new JdbcPackageStore(db, TestClock.FIXED), TEMPLATES, TestClock.FIXED);
    }

    private static PlanItem item(UUID id, String title) {
        return new PlanItem(
                id,
                "",
                title,
                List.of("atlas-jailbreaking"),
                2,
                1,
                Mitigation.Effort.M,
                PlanItem.Decision.ACCEPTED,
                "",
                "Dana",
                LocalDate.of(2026, 12, 1),
                PlanItem.Priority.HIGH,
                PlanItem.Status.PLANNED,
                "");
    }

    private static Assessment create(WorkbenchDatabase db, String title) {
        return new JdbcAssessmentRepository(db, TestClock.FIXED)
                .create(new NewAssessment(title, "S", "Ann", "foundation-model-assessment", 1));
    }

    @Test
    void aPlanItemIdThatAnotherAssessmentHoldsLeavesThatAssessmentAlone() {
        UUID shared = UUID.randomUUID();
        Path file = dir.resolve("incoming.airisk.json");
        try (WorkbenchDatabase db = WorkbenchDatabase.open(dir.resolve("theirs"))) {
            Assessment incoming = create(db, "Incoming");
            new JdbcRegisterRepository(db, TestClock.FIXED).savePlanItem(incoming.id(), item(shared, "Imported item"));
            packages(db).export(List.of(incoming.id()), file);
        }
        try (WorkbenchDatabase db = WorkbenchDatabase.open(dir.resolve("mine"))) {
            JdbcRegisterRepository register = new JdbcRegisterRepository(db, TestClock.FIXED);
            Assessment mine = create(db, "Mine");
            Assessment other = create(db, "Other");
            register.savePlanItem(mine.id(), item(shared, "My own item"));
            register.savePlanItem(other.id(), item(UUID.randomUUID(), "Other's item"));
            List<PlanItem> otherBefore = register.plan(other.id()).items();

            AssessmentPackages packages = packages(db);
            AssessmentPackages.Preview preview = packages.preview(file);
            assertTrue(preview.ok(), preview.problems().toString());
            UUID imported =
                    packages.apply(preview, PackageStore.Conflict.KEEP_BOTH).get(0);

            assertEquals(
                    List.of(item(shared, "My own item")),
                    register.plan(mine.id()).items(),
                    "the assessment that held the id keeps its plan");
            assertEquals(otherBefore, register.plan(other.id()).items());
            assertEquals(
                    List.of(item(shared, "Imported item")),
                    register.plan(imported).items(),
                    "the import has its item");

            // Replacing the imported assessment again still leaves the others alone.
            packages.apply(packages.preview(file), PackageStore.Conflict.REPLACE);
            assertEquals(
                    List.of(item(shared, "My own item")),
                    register.plan(mine.id()).items());
            assertEquals(
                    List.of(item(shared, "Imported item")),
                    register.plan(imported).items());
        }
    }

    @Test
    void aPackageWithOnePlanItemIdTwiceIsRefusedByPathAndNothingIsWritten() throws Exception {
        Path good = dir.resolve("good.airisk.json");
        try (WorkbenchDatabase db = WorkbenchDatabase.open(dir.resolve("theirs"))) {
            Assessment a = create(db, "Twice");
            JdbcRegisterRepository register = new JdbcRegisterRepository(db, TestClock.FIXED);
            register.savePlanItem(a.id(), item(UUID.randomUUID(), "First"));
            register.savePlanItem(a.id(), item(UUID.randomUUID(), "Second"));
            register.savePlanItem(a.id(), item(UUID.randomUUID(), "Third"));
            packages(db).export(List.of(a.id()), good);
        }
        ObjectNode root = (ObjectNode) JSON.readTree(good.toFile());
        ArrayNode plan = (ArrayNode) root.get("assessments").get(0).get("plan");
        String firstId = plan.get(0).get("id").asText();
        ((ObjectNode) plan.get(2)).put("id", firstId);
        Path bad = dir.resolve("bad.airisk.json");
        Files.writeString(bad, JSON.writeValueAsString(root));

        try (WorkbenchDatabase db = WorkbenchDatabase.open(dir.resolve("mine"))) {
            AssessmentPackages packages = packages(db);
            AssessmentPackages.Preview preview = packages.preview(bad);
            assertFalse(preview.ok(), "a package with one item id twice was accepted");
            assertEquals(1, preview.problems().size(), preview.problems().toString());
            PackageProblem problem = preview.problems().get(0);
            assertEquals("$.assessments[0].plan[2].id", problem.path());
            assertTrue(problem.message().contains(firstId) && problem.message().contains("plan[0]"), problem.message());
            assertThrows(
                    IllegalArgumentException.class, () -> packages.apply(preview, PackageStore.Conflict.KEEP_BOTH));
            assertEquals(0, new JdbcAssessmentRepository(db, TestClock.FIXED).count(), "nothing was written");
        }
    }

    @Test
    void multipleChoiceOptionsSurviveExportAndImportExactly() throws Exception {
        List<String> options = List.of(
                "a|b",
                "|",
                "c,d;e",
                "\"double\" 'single'",
                "back\\slash",
                "\\|",
                "\u00fcn\u00efc\u00f8d\u00e9 \u2713 \ud83d\ude00",
                "");
        Path file = dir.resolve("awkward.airisk.json");
        try (WorkbenchDatabase db = WorkbenchDatabase.open(dir.resolve("theirs"))) {
            Assessment a = create(db, "Awkward");
            new JdbcAssessmentRepository(db, TestClock.FIXED)
                    .saveAnswer(a.id(), "profile_affected", new Answer.Choices(options), new Progress(1, 10));
            packages(db).export(List.of(a.id()), file);
        }
        ArrayNode written = (ArrayNode) JSON.readTree(file.toFile())
                .get("assessments")
                .get(0)
                .get("answers")
                .get(0)
                .get("value");
        assertEquals(options.size(), written.size(), written.toString());
        for (int i = 0; i < options.size(); i++) {
            assertEquals(options.get(i), written.get(i).asText());
        }
        try (WorkbenchDatabase db = WorkbenchDatabase.open(dir.resolve("mine"))) {
            // None of these is an option of the question, so an import refuses them, by path; the store below it
            // still keeps whatever it is given exactly.
            AssessmentPackages.Preview preview = packages(db).preview(file);
            assertFalse(preview.ok());
            assertEquals(
                    "$.assessments[0].answers[0].value[0]",
                    preview.problems().get(0).path());
            PackageFormat.Read read = new PackageFormat().read(Files.readString(file));
            assertTrue(read.ok(), read.problems().toString());
            UUID id = new JdbcPackageStore(db, TestClock.FIXED)
                    .write(read.assessments(), PackageStore.Conflict.KEEP_BOTH)
                    .get(0);
            assertEquals(
                    new Answer.Choices(options),
                    new JdbcAssessmentRepository(db, TestClock.FIXED)
                            .answers(id)
                            .get("profile_affected")
                            .answer());
        }
        try (WorkbenchDatabase db = WorkbenchDatabase.open(dir.resolve("mine"))) {
            JdbcAssessmentRepository assessments = new JdbcAssessmentRepository(db, TestClock.FIXED);
            UUID id = assessments.list().get(0).id();
            assertEquals(
                    new Answer.Choices(options),
                    assessments.answers(id).get("profile_affected").answer(),
                    "still exact after closing and reopening");
        }
    }
}
