package org.airisk.workbench.exchangedata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.airisk.workbench.assessment.Assessment;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.catalog.Mitigation;
import org.airisk.workbench.exchange.PackageStore;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.Progress;
import org.airisk.workbench.questionnairedata.TemplateLibrary;
import org.airisk.workbench.scoring.PlanItem;
import org.airisk.workbench.scoring.RatingOverride;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.JdbcPackageStore;
import org.airisk.workbench.store.JdbcRegisterRepository;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessmentPackagesTest {
    private static final TemplateLibrary TEMPLATES = TemplateLibrary.load(null);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** An assessment with an answer of every kind, a note without answer, a method, an override and a plan. */
    static UUID fill(WorkbenchDatabase db) {
        JdbcAssessmentRepository assessments = new JdbcAssessmentRepository(db, TestClock.FIXED);
        JdbcRegisterRepository registers = new JdbcRegisterRepository(db, TestClock.FIXED);
        Assessment a = assessments.create(new NewAssessment(
                "Chatbot \u201cHelga\u201d review", "Helga", "Ann", "foundation-model-assessment", 1));
        Progress p = new Progress(1, 10);
        assessments.saveAnswer(
                a.id(), "profile_purpose", new Answer.Text("Answers tenants' questions\nin two lines"), p);
        assessments.saveAnswer(a.id(), "profile_domain", new Answer.Choice("public_services"), p);
        assessments.saveAnswer(a.id(), "profile_affected", new Answer.Choices(List.of("customers", "minors")), p);
        assessments.saveAnswer(a.id(), "profile_people_reached", new Answer.Number(new BigDecimal("12500.75")), p);
        assessments.saveAnswer(a.id(), "profile_decision_impact", new Answer.Scale(4), p);
        assessments.saveAnswer(a.id(), "fm_sec_input_screen", new Answer.Choice("not_sure"), p);
        assessments.saveNote(a.id(), "fm_sec_input_screen", "Vendor says yes; no evidence yet.");
        assessments.saveNote(a.id(), "fm_out_grounding", "Ask the vendor.");
        registers.saveMethod(a.id(), ScoringMethod.standard(4));
        registers.saveOverride(a.id(), new RatingOverride("atlas-hallucination", 4, 0, "Seen in the pilot"));
        registers.saveOverride(a.id(), RatingOverride.notApplicable("atlas-toxic-output", "Replies are fixed texts"));
        registers.savePlanItem(
                a.id(),
                new PlanItem(
                        UUID.randomUUID(),
                        "",
                        "Red-team it",
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
                        "Book the team"));
        registers.savePlanItem(
                a.id(),
                new PlanItem(
                        UUID.randomUUID(),
                        "mit-human-review",
                        "Human review",
                        List.of("atlas-hallucination"),
                        1,
                        1,
                        Mitigation.Effort.L,
                        PlanItem.Decision.REJECTED,
                        "Too many",
                        "",
                        null,
                        null,
                        null,
                        ""));
        return a.id();
    }

    /** Export and import on this library, with the built-in questionnaires. */
    static AssessmentPackages packages(WorkbenchDatabase db) {
        return new AssessmentPackages(new JdbcPackageStore(db, TestClock.FIXED), TEMPLATES, TestClock.FIXED);
    }

    /**
     * A package exported after an import, less the import's own audit entry: the trail travels with its hashes and
     * goes on with that entry, so the rest is what was exported before.
     */
    static ObjectNode withoutTheImportEntry(ObjectNode root) {
        ArrayNode trail = (ArrayNode) root.get("assessments").get(0).get("auditTrail");
        assertEquals("IMPORTED", trail.remove(trail.size() - 1).get("kind").asText());
        return root;
    }

    private static ObjectNode withoutExportTime(Path file) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(file.toFile());
        root.remove("exportedAt");
        return root;
    }

    @Test
    void aRoundTripIsLossless() throws Exception {
        Path first = dir.resolve("first.airisk.json");
        Path second = dir.resolve("second.airisk.json");
        try (WorkbenchDatabase db = WorkbenchDatabase.open(dir.resolve("a"))) {
            packages(db).export(List.of(fill(db)), first);
        }
        try (WorkbenchDatabase db = WorkbenchDatabase.open(dir.resolve("b"))) {
            AssessmentPackages packages = packages(db);
            AssessmentPackages.Preview preview = packages.preview(first);
            assertTrue(preview.ok(), preview.problems().toString());
            assertEquals(List.of(), preview.existing());
            List<UUID> ids = packages.apply(preview, PackageStore.Conflict.KEEP_BOTH);
            packages.export(ids, second);
        }
        assertEquals(withoutExportTime(first), withoutTheImportEntry(withoutExportTime(second)));
        String text = Files.readString(first);
        assertTrue(
                text.contains("\"value\" : \"12500.75\"")
                        && text.contains("Seen in the pilot")
                        && text.contains("Too many")
                        && text.contains("Ask the vendor.")
                        && text.contains("\"notApplicable\" : true")
                        && text.contains("Replies are fixed texts"),
                "nothing is dropped");
    }

    @Test
    void packagesFromBeforeScoringModelsImportOnTheFirstModelAndUnknownModelsAreRefused() throws Exception {
        Path current = dir.resolve("current.airisk.json");
        try (WorkbenchDatabase db = WorkbenchDatabase.open(dir.resolve("a"))) {
            packages(db).export(List.of(fill(db)), current);
        }
        ObjectNode root = (ObjectNode) JSON.readTree(current.toFile());
        ObjectNode method = (ObjectNode) root.get("assessments").get(0).get("scoringMethod");
        assertEquals(ScoringMethod.CURRENT, method.get("model").asInt(), "packages name their model");
        method.remove("model");
        Path old = dir.resolve("old-model.airisk.json");
        JSON.writeValue(old.toFile(), root);
        method.put("model", 99);
        Path future = dir.resolve("future-model.airisk.json");
        JSON.writeValue(future.toFile(), root);
        try (WorkbenchDatabase db = WorkbenchDatabase.open(dir.resolve("b"))) {
            AssessmentPackages packages = packages(db);
            AssessmentPackages.Preview refused = packages.preview(future);
            assertFalse(refused.ok());
            assertTrue(
                    refused.problems().toString().contains("scoring model 99"),
                    refused.problems().toString());
            AssessmentPackages.Preview preview = packages.preview(old);
            assertTrue(preview.ok(), preview.problems().toString());
            UUID id = packages.apply(preview, PackageStore.Conflict.KEEP_BOTH).get(0);
            ScoringMethod kept =
                    new JdbcRegisterRepository(db, TestClock.FIXED).method(id).orElseThrow();
            assertEquals(ScoringMethod.ADDITIVE, kept.version(), "scored on the first model, as before");
            assertEquals(4, kept.size());
        }
    }

    @Test
    void bothOrReplaceWhenTheAssessmentIsAlreadyThere() throws Exception {
        Path file = dir.resolve("p.airisk.json");
        try (WorkbenchDatabase db = WorkbenchDatabase.open(dir.resolve("a"))) {
            AssessmentPackages packages = packages(db);
            UUID id = fill(db);
            packages.export(List.of(id), file);
            JdbcAssessmentRepository assessments = new JdbcAssessmentRepository(db, TestClock.FIXED);
            assessments.rename(id, "Renamed here");
            AssessmentPackages.Preview preview = packages.preview(file);
            assertEquals(List.of(id), preview.existing());
            List<UUID> copy = packages.apply(preview, PackageStore.Conflict.KEEP_BOTH);
            assertEquals(2, assessments.count());
            assertTrue(assessments.find(copy.get(0)).orElseThrow().title().endsWith("(imported)"));
            assertEquals(
                    2,
                    new JdbcRegisterRepository(db, TestClock.FIXED)
                            .plan(copy.get(0))
                            .items()
                            .size());
            packages.apply(preview, PackageStore.Conflict.REPLACE);
            assertEquals(2, assessments.count());
            assertEquals(
                    "Chatbot \u201cHelga\u201d review",
                    assessments.find(id).orElseThrow().title());
        }
    }

    @Test
    void badPackagesAreRefusedWithTheirPathAndNothingIsWritten() throws Exception {
        Path good = dir.resolve("good.airisk.json");
        try (WorkbenchDatabase db = WorkbenchDatabase.open(dir.resolve("a"))) {
            packages(db).export(List.of(fill(db)), good);
        }
        String json = Files.readString(good);
        try (WorkbenchDatabase db = WorkbenchDatabase.open(dir.resolve("b"))) {
            AssessmentPackages packages = packages(db);
            assertRefused(packages, "truncated", json.substring(0, json.length() / 2), "$", "ends in the middle");
            assertRefused(
                    packages,
                    "types",
                    json.replaceFirst("\"progressPercent\" : \\d+", "\"progressPercent\" : \"x\""),
                    "$.assessments[0].progressPercent",
                    "");
            assertRefused(
                    packages,
                    "template",
                    json.replace("\"foundation-model-assessment\"", "\"no-such-questionnaire\""),
                    "$.assessments[0].template",
                    "not installed");
            assertRefused(
                    packages,
                    "newer",
                    json.replace("\"formatVersion\" : 1", "\"formatVersion\" : 7"),
                    "$.formatVersion",
                    "newer version");
            assertRefused(packages, "not a package", "{\"hello\": 1}", "$.format", "not an assessment package");
            assertRefused(
                    packages,
                    "scale",
                    json.replace(
                            "\"kind\" : \"scale\",\n      \"value\" : 4", "\"kind\" : \"scale\",\n      \"value\" : 9"),
                    "$.assessments[0].answers[",
                    "");
            assertEquals(0, new JdbcAssessmentRepository(db, TestClock.FIXED).count(), "nothing was written");
        }
    }

    private void assertRefused(AssessmentPackages packages, String name, String content, String path, String words)
            throws Exception {
        Path file = dir.resolve(name + ".airisk.json");
        Files.writeString(file, content);
        AssessmentPackages.Preview preview = packages.preview(file);
        assertFalse(preview.ok(), name + " was accepted");
        assertTrue(
                preview.problems().stream()
                        .anyMatch(p -> p.path().startsWith(path) && p.message().contains(words)),
                name + ": " + preview.problems());
    }

    @Test
    void aPackageForAnotherVersionOfAQuestionnaireMovesToTheInstalledOne() throws Exception {
        Path file = dir.resolve("old.airisk.json");
        try (WorkbenchDatabase db = WorkbenchDatabase.open(dir.resolve("a"))) {
            packages(db).export(List.of(fill(db)), file);
        }
        Files.writeString(file, Files.readString(file).replace("\"version\" : 1", "\"version\" : 99"));
        try (WorkbenchDatabase db = WorkbenchDatabase.open(dir.resolve("b"))) {
            AssessmentPackages.Preview preview = packages(db).preview(file);
            assertTrue(preview.ok(), preview.problems().toString());
            assertEquals(1, preview.assessments().get(0).assessment().templateVersion());
            assertTrue(
                    preview.changes().get(0).contains("moved to v1"),
                    preview.changes().toString());
        }
    }
}
