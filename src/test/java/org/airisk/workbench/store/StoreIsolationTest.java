package org.airisk.workbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.airisk.workbench.assessment.Assessment;
import org.airisk.workbench.assessment.AssessmentStatus;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.assessment.RecordedAnswer;
import org.airisk.workbench.catalog.Mitigation;
import org.airisk.workbench.exchange.PackageStore;
import org.airisk.workbench.exchange.PackagedAssessment;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.Progress;
import org.airisk.workbench.scoring.MitigationPlan;
import org.airisk.workbench.scoring.PlanItem;
import org.airisk.workbench.testing.TestClock;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write for one assessment never touches another assessment's rows, and multiple-choice answers come back
 * exactly as they were saved, whatever characters their options hold; databases written before both fixes
 * (schema version 4) are read as they were meant.
 */
class StoreIsolationTest {
    /** Options with every character the old '|'-joined column could not keep apart, and some more. */
    static final List<String> AWKWARD_OPTIONS = List.of(
            "a|b",
            "|",
            "c,d;e",
            "\"double\" 'single'",
            "back\\slash",
            "\\|",
            "tail\\",
            "\u00fcn\u00efc\u00f8d\u00e9 \u2713 \u4e2d\u6587 \ud83d\ude00",
            "",
            "  spaced  ",
            "line\nbreak");

    @TempDir
    Path folder;

    private static PlanItem item(UUID id, String title) {
        return new PlanItem(
                id,
                "",
                title,
                List.of("atlas-jailbreaking"),
                1,
                1,
                Mitigation.Effort.S,
                PlanItem.Decision.ACCEPTED,
                "",
                "Dana",
                LocalDate.of(2026, 12, 1),
                PlanItem.Priority.HIGH,
                PlanItem.Status.PLANNED,
                "");
    }

    private static Assessment create(JdbcAssessmentRepository assessments, String title) {
        return assessments.create(new NewAssessment(title, "S", "Ann", "foundation-model-assessment", 1));
    }

    @Test
    void savingAPlanItemNeverMovesAnotherAssessmentsItem() {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder)) {
            JdbcAssessmentRepository assessments = new JdbcAssessmentRepository(db, TestClock.FIXED);
            JdbcRegisterRepository register = new JdbcRegisterRepository(db, TestClock.FIXED);
            Assessment a = create(assessments, "A");
            Assessment b = create(assessments, "B");
            UUID shared = UUID.randomUUID();
            register.savePlanItem(a.id(), item(shared, "A's own item"));
            register.savePlanItem(b.id(), item(shared, "B's item with the same id"));

            assertEquals(
                    List.of(item(shared, "A's own item")), register.plan(a.id()).items());
            assertEquals(
                    List.of(item(shared, "B's item with the same id")),
                    register.plan(b.id()).items());
            register.removePlanItem(b.id(), shared);
            assertEquals(
                    List.of(item(shared, "A's own item")), register.plan(a.id()).items(), "A keeps it");
            assertEquals(List.of(), register.plan(b.id()).items());
        }
    }

    @Test
    void aPackagedAssessmentWithOneItemIdTwiceIsRefusedAndNothingIsWritten() {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder)) {
            JdbcAssessmentRepository assessments = new JdbcAssessmentRepository(db, TestClock.FIXED);
            UUID twice = UUID.randomUUID();
            Assessment a = new Assessment(
                    UUID.randomUUID(),
                    "Packaged",
                    "S",
                    "Ann",
                    "foundation-model-assessment",
                    1,
                    AssessmentStatus.NOT_STARTED,
                    0,
                    TestClock.NOW,
                    TestClock.NOW);
            PackagedAssessment p = new PackagedAssessment(
                    a,
                    null,
                    Map.of(),
                    Map.of(),
                    new MitigationPlan(List.of(item(twice, "first"), item(twice, "second"))));
            IllegalArgumentException e = assertThrows(
                    IllegalArgumentException.class,
                    () -> new JdbcPackageStore(db, TestClock.FIXED).write(List.of(p), PackageStore.Conflict.KEEP_BOTH));
            assertTrue(
                    e.getMessage().contains(twice.toString()) && e.getMessage().contains("Packaged"), e.getMessage());
            assertEquals(0, assessments.count(), "nothing was written");
        }
    }

    @Test
    void multipleChoiceOptionsRoundTripExactlyThroughCloseAndReopen() {
        UUID id;
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder)) {
            JdbcAssessmentRepository assessments = new JdbcAssessmentRepository(db, TestClock.FIXED);
            id = create(assessments, "Awkward").id();
            Progress p = new Progress(1, 10);
            assessments.saveAnswer(id, "all", new Answer.Choices(AWKWARD_OPTIONS), p);
            assessments.saveAnswer(id, "none", new Answer.Choices(List.of()), p);
            assessments.saveAnswer(id, "one-empty", new Answer.Choices(List.of("")), p);
            assessments.saveAnswer(id, "two-empty", new Answer.Choices(List.of("", "")), p);
            for (String option : AWKWARD_OPTIONS) {
                assessments.saveAnswer(id, "single " + option, new Answer.Choices(List.of(option)), p);
            }
        }
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder)) {
            JdbcAssessmentRepository assessments = new JdbcAssessmentRepository(db, TestClock.FIXED);
            Map<String, RecordedAnswer> answers = assessments.answers(id);
            assertEquals(new Answer.Choices(AWKWARD_OPTIONS), answers.get("all").answer());
            assertEquals(new Answer.Choices(List.of()), answers.get("none").answer());
            assertEquals(
                    new Answer.Choices(List.of("")), answers.get("one-empty").answer());
            assertEquals(
                    new Answer.Choices(List.of("", "")),
                    answers.get("two-empty").answer());
            for (String option : AWKWARD_OPTIONS) {
                assertEquals(
                        new Answer.Choices(List.of(option)),
                        answers.get("single " + option).answer(),
                        option);
            }
            Assessment copy = assessments.duplicate(id, "Copy");
            assertEquals(
                    new Answer.Choices(AWKWARD_OPTIONS),
                    assessments.answers(copy.id()).get("all").answer());
        }
    }

    /** A data folder as version 4 of the schema left it: choices joined with '|', plan items keyed by id alone. */
    @Test
    void aDatabaseWrittenInTheOldFormatIsReadAsItWasMeant() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve(WorkbenchDatabase.NAME).toAbsolutePath() + ";WRITE_DELAY=0";
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations(Migrations.locations(Migrations.H2))
                .target("4")
                .load()
                .migrate();
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID item = UUID.randomUUID();
        OffsetDateTime at = TestClock.NOW.atOffset(ZoneOffset.UTC);
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            for (UUID id : List.of(a, b)) {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO assessment (id, title, system_name, "
                        + "template_id, template_version, status, created_at, updated_at) VALUES (?, 'Old', 'S', "
                        + "'foundation-model-assessment', 1, 'IN_PROGRESS', ?, ?)")) {
                    s.setObject(1, id);
                    s.setObject(2, at);
                    s.setObject(3, at);
                    s.executeUpdate();
                }
            }
            String[][] old = {
                {"two", "customers|minors"},
                {"one", "customers"},
                {"none", ""},
                {"backslash", "C:\\temp|x"},
                {"unicode", "\u00fcber|\u2713"}
            };
            for (String[] row : old) {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO answer (assessment_id, question_id, kind, "
                        + "text_value, updated_at) VALUES (?, ?, 'CHOICES', ?, ?)")) {
                    s.setObject(1, a);
                    s.setString(2, row[0]);
                    s.setString(3, row[1]);
                    s.setObject(4, at);
                    s.executeUpdate();
                }
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO answer (assessment_id, question_id, kind, "
                    + "text_value, updated_at) VALUES (?, 'text', 'TEXT', 'a|b\\c', ?)")) {
                s.setObject(1, a);
                s.setObject(2, at);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO plan_item (id, assessment_id, position, "
                    + "title, risks, reduces_likelihood, reduces_impact, effort, decision, owner, due_date, priority, "
                    + "status, updated_at) VALUES (?, ?, 0, 'A''s own item', 'atlas-jailbreaking', 1, 1, 'S', "
                    + "'ACCEPTED', 'Dana', DATE '2026-12-01', 'HIGH', 'PLANNED', ?)")) {
                s.setObject(1, item);
                s.setObject(2, a);
                s.setObject(3, at);
                s.executeUpdate();
            }
        }

        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder)) {
            assertTrue(SchemaVersion.isCurrent(db.connection()));
            Map<String, RecordedAnswer> answers = new JdbcAssessmentRepository(db, TestClock.FIXED).answers(a);
            assertEquals(
                    new Answer.Choices(List.of("customers", "minors")),
                    answers.get("two").answer());
            assertEquals(
                    new Answer.Choices(List.of("customers")), answers.get("one").answer());
            assertEquals(new Answer.Choices(List.of()), answers.get("none").answer());
            assertEquals(
                    new Answer.Choices(List.of("C:\\temp", "x")),
                    answers.get("backslash").answer());
            assertEquals(
                    new Answer.Choices(List.of("\u00fcber", "\u2713")),
                    answers.get("unicode").answer());
            assertEquals(new Answer.Text("a|b\\c"), answers.get("text").answer(), "other kinds are untouched");

            JdbcRegisterRepository register = new JdbcRegisterRepository(db, TestClock.FIXED);
            assertEquals(List.of(item(item, "A's own item")), register.plan(a).items());
            register.savePlanItem(b, item(item, "B's item with the same id"));
            assertEquals(List.of(item(item, "A's own item")), register.plan(a).items());
            assertEquals(
                    List.of(item(item, "B's item with the same id")),
                    register.plan(b).items());
        }
    }
}
