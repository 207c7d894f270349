package org.airisk.workbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.airisk.workbench.assessment.Assessment;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.assessment.NotAllowed;
import org.airisk.workbench.assessment.StorageException;
import org.airisk.workbench.assessment.UserFacingProblem;
import org.airisk.workbench.audit.AuditEntry;
import org.airisk.workbench.audit.AuditKind;
import org.airisk.workbench.catalog.Mitigation;
import org.airisk.workbench.comments.Comment;
import org.airisk.workbench.comments.CommentAnchor;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.Progress;
import org.airisk.workbench.review.Decision;
import org.airisk.workbench.review.ReviewStage;
import org.airisk.workbench.scoring.PlanItem;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The roles script (team/roles.sql) on a real PostgreSQL server: the server itself refuses a reviewer's change to
 * an answer or the plan and an assessor's change to a table, and the workbench says so in the user's words.
 */
@ExtendWith(PostgresqlServer.class)
class TeamRolesOnPostgresqlTest {
    private static final AtomicInteger PEOPLE = new AtomicInteger();
    private final TestClock.Settable clock = new TestClock.Settable();
    private PostgresqlServer.Database database;
    private UUID draft;
    private UUID submitted;
    private WorkbenchDatabase opened;

    @BeforeEach
    void workspaceWithRoles() throws SQLException {
        database = PostgresqlServer.newDatabase();
        try (WorkbenchDatabase owner = database.open()) {
            JdbcAssessmentRepository assessments = new JdbcAssessmentRepository(owner, clock);
            draft = assessments
                    .create(new NewAssessment("Chatbot", "Helpdesk bot", "Ann", "quick-check", 1))
                    .id();
            assessments.saveAnswer(draft, "q1", new Answer.Choice("yes"), new Progress(1, 3));
            Assessment other = assessments.create(new NewAssessment("Scoring", "Loans", "Ann", "quick-check", 1));
            submitted = other.id();
            assessments.saveAnswer(submitted, "q1", new Answer.Choice("no"), new Progress(1, 3));
            new JdbcReviewRepository(owner, clock, ScoringMethod::standard).submit(submitted, "Ann");
        }
        try (Connection c = database.connect();
                Statement s = c.createStatement()) {
            s.execute(TeamRolesScript.text());
            s.execute(TeamRolesScript.text()); // run again, as after an upgrade: nothing fails, nothing changes
        }
    }

    @AfterEach
    void close() {
        if (opened != null) {
            opened.close();
        }
    }

    /** A new login account on the server, member of {@code role}, trusted on loopback like every test user. */
    private String person(String role) throws SQLException {
        String name = role.replace("airisk_", "") + "_" + PEOPLE.incrementAndGet() + "_"
                + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = database.connect();
                Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + name + " LOGIN IN ROLE " + role);
        }
        return name;
    }

    private WorkbenchDatabase openAs(String user) {
        opened = WorkbenchDatabase.openServer(database.url(), user, new char[0]);
        return opened;
    }

    private Connection connectAs(String user) throws SQLException {
        return DriverManager.getConnection(database.url(), user, "");
    }

    private static void assertRefusedByTheServer(Connection c, String sql) {
        SQLException e = assertThrows(SQLException.class, () -> {
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            }
        });
        assertEquals(ServerPermissions.REFUSED, e.getSQLState(), e.getMessage());
    }

    private String answerOf(UUID assessment) throws SQLException {
        try (Connection c = database.connect();
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT kind || ':' || text_value FROM answer WHERE assessment_id = '"
                        + assessment + "' AND question_id = 'q1'")) {
            assertTrue(rows.next());
            return rows.getString(1);
        }
    }

    private static PlanItem item() {
        return new PlanItem(
                UUID.randomUUID(),
                "",
                "Red-team the bot",
                List.of("risk-a"),
                1,
                0,
                Mitigation.Effort.M,
                PlanItem.Decision.ACCEPTED,
                "",
                "Bo",
                LocalDate.of(2027, 3, 1),
                PlanItem.Priority.HIGH,
                PlanItem.Status.PLANNED,
                "");
    }

    @Test
    void aReviewerCannotChangeAnAnswerOrThePlanButDecidesAndComments() throws SQLException {
        String reviewer = person(ServerPermissions.REVIEWER);
        String before = answerOf(draft);
        WorkbenchDatabase workspace = openAs(reviewer);
        JdbcAssessmentRepository assessments = new JdbcAssessmentRepository(workspace, clock);
        JdbcRegisterRepository registers = new JdbcRegisterRepository(workspace, clock);

        UserFacingProblem answer = assertThrows(
                NotAllowed.class,
                () -> assessments.saveAnswer(draft, "q1", new Answer.Choice("no"), new Progress(1, 3)));
        assertTrue(
                answer.getMessage()
                        .startsWith("Could not save the answer: your server account is a reviewer's: "
                                + "it cannot change answers"),
                answer.getMessage());
        UserFacingProblem plan = assertThrows(UserFacingProblem.class, () -> registers.savePlanItem(draft, item()));
        assertTrue(plan.getMessage().contains("reviewer's"), plan.getMessage());
        assertEquals(before, answerOf(draft), "the answer is as it was");
        assertTrue(registers.plan(draft).items().isEmpty(), "no plan item was kept");
        try (Connection c = connectAs(reviewer)) {
            // Not the workbench's checks: the server refuses the same changes typed in by hand.
            assertRefusedByTheServer(c, "UPDATE answer SET text_value = 'x'");
            assertRefusedByTheServer(c, "DELETE FROM plan_item");
            assertRefusedByTheServer(c, "UPDATE assessment SET title = 'renamed'");
        }

        JdbcReviewRepository reviews = new JdbcReviewRepository(workspace, clock, ScoringMethod::standard);
        reviews.startReview(submitted);
        reviews.decide(
                submitted,
                Decision.APPROVED_WITH_CONDITIONS,
                List.of("Review again in a year"),
                "Fine.",
                "Bo",
                "Chair");
        JdbcCommentRepository comments = new JdbcCommentRepository(workspace, clock);
        Comment comment = new Comment(
                UUID.randomUUID(),
                submitted,
                CommentAnchor.WHOLE_ASSESSMENT,
                1,
                null,
                "Bo",
                "Chair",
                TestClock.NOW,
                "Who watches the overrides?",
                null);
        comments.save(List.of(comment));

        workspace.close();
        opened = null;
        try (WorkbenchDatabase owner = database.open()) {
            JdbcReviewRepository read = new JdbcReviewRepository(owner, clock, ScoringMethod::standard);
            assertEquals(ReviewStage.APPROVED_WITH_CONDITIONS, read.stage(submitted));
            assertEquals(
                    List.of("Review again in a year"),
                    read.latestDecision(submitted).orElseThrow().conditions());
            assertEquals(List.of(comment), new JdbcCommentRepository(owner, clock).comments(submitted));
        }
    }

    @Test
    void anAssessorChangesAnswersAndThePlanButNotTheTablesNorDecisions() throws SQLException {
        String assessor = person(ServerPermissions.ASSESSOR);
        WorkbenchDatabase workspace = openAs(assessor);
        new JdbcAssessmentRepository(workspace, clock)
                .saveAnswer(draft, "q1", new Answer.Text("changed"), new Progress(1, 3));
        JdbcRegisterRepository registers = new JdbcRegisterRepository(workspace, clock);
        PlanItem item = item();
        registers.savePlanItem(draft, item);
        assertEquals(
                List.of(item.id()),
                registers.plan(draft).items().stream().map(PlanItem::id).toList());
        assertTrue(answerOf(draft).contains("changed"), answerOf(draft));

        JdbcReviewRepository reviews = new JdbcReviewRepository(workspace, clock, ScoringMethod::standard);
        reviews.startReview(submitted);
        UserFacingProblem decision = assertThrows(
                UserFacingProblem.class,
                () -> reviews.decide(submitted, Decision.APPROVED, List.of(), "", "Ann", "Author"));
        assertTrue(
                decision.getMessage()
                        .startsWith("Could not record the decision: your server account is an " + "assessor's"),
                decision.getMessage());
        assertEquals(ReviewStage.IN_REVIEW, reviews.stage(submitted), "the stage did not move");
        try (Connection c = connectAs(assessor)) {
            assertRefusedByTheServer(c, "ALTER TABLE answer ADD COLUMN smuggled INT");
            assertRefusedByTheServer(c, "DROP TABLE plan_item");
            assertRefusedByTheServer(c, "CREATE TABLE extra (id INT)");
            assertRefusedByTheServer(c, "INSERT INTO review_decision (assessment_id) VALUES ('" + submitted + "')");
        }
    }

    @Test
    void theTrailNamesTheServerAccountOfEachRoleBesideThePerson() throws SQLException {
        String assessor = person(ServerPermissions.ASSESSOR);
        try (WorkbenchDatabase workspace = openAs(assessor)) {
            new JdbcAssessmentRepository(workspace, clock)
                    .saveAnswer(draft, "q1", new Answer.Text("changed"), new Progress(1, 3));
        }
        String reviewer = person(ServerPermissions.REVIEWER);
        try (WorkbenchDatabase workspace = openAs(reviewer)) {
            JdbcReviewRepository reviews = new JdbcReviewRepository(workspace, clock, ScoringMethod::standard);
            reviews.startReview(submitted);
            reviews.decide(submitted, Decision.APPROVED, List.of(), "Fine.", "Bo", "Chair");
        }
        opened = null;
        try (WorkbenchDatabase owner = database.open()) {
            JdbcAuditTrail trail = new JdbcAuditTrail(owner, clock, JdbcAuditTrail.savedUser(owner));
            AuditEntry answer = trail.read(draft).entries().stream()
                    .filter(e -> e.kind() == AuditKind.ANSWER && e.after().contains("changed"))
                    .findFirst()
                    .orElseThrow();
            assertEquals(assessor, answer.databaseUser());
            assertTrue(answer.who().endsWith("(server account " + assessor + ")"), answer.who());
            AuditEntry decision = trail.read(submitted).entries().stream()
                    .filter(e -> e.kind() == AuditKind.DECISION)
                    .findFirst()
                    .orElseThrow();
            assertEquals(reviewer, decision.databaseUser());
        }
    }

    @Test
    void theServerTellsAReviewersAccountItMayNotChangeAnswersAndAnAssessorsThatItMay() throws SQLException {
        try (WorkbenchDatabase workspace = openAs(person(ServerPermissions.REVIEWER))) {
            assertFalse(new AnswerRights(workspace).mayChangeAnswers());
            assertFalse(new JdbcReviewRepository(workspace, clock, ScoringMethod::standard).accountMayChangeAnswers());
        }
        try (WorkbenchDatabase workspace = openAs(person(ServerPermissions.ASSESSOR))) {
            assertTrue(new AnswerRights(workspace).mayChangeAnswers());
            assertTrue(new JdbcReviewRepository(workspace, clock, ScoringMethod::standard).accountMayChangeAnswers());
        }
        opened = null;
        try (WorkbenchDatabase owner = database.open()) {
            assertTrue(new AnswerRights(owner).mayChangeAnswers(), "the owner of the tables");
        }
    }

    @Test
    void aTableALaterVersionAddsIsReadByBothAndWrittenByAssessorsOnly() throws SQLException {
        String admin = person(ServerPermissions.ADMIN);
        try (Connection c = database.connect();
                Statement s = c.createStatement()) {
            // As docs/team-mode.md tells the administrator: the account's sessions act as the admin role.
            s.execute("ALTER ROLE " + admin + " SET role = '" + ServerPermissions.ADMIN + "'");
        }
        try (Connection c = connectAs(admin);
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE later_feature (id INT PRIMARY KEY)");
            s.execute("INSERT INTO later_feature VALUES (1)");
        }
        try (Connection c = connectAs(person(ServerPermissions.REVIEWER));
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM later_feature")) {
            assertTrue(rows.next());
            assertEquals(1, rows.getInt(1));
            assertRefusedByTheServer(c, "INSERT INTO later_feature VALUES (2)");
        }
        try (Connection c = connectAs(person(ServerPermissions.ASSESSOR));
                Statement s = c.createStatement()) {
            assertEquals(1, s.executeUpdate("INSERT INTO later_feature VALUES (3)"));
        }
    }

    @Test
    void aReviewerOpeningAnOutdatedWorkspaceIsToldAnAdministratorMustConnectFirst() throws SQLException {
        String reviewer = person(ServerPermissions.REVIEWER);
        try (Connection c = database.connect();
                Statement s = c.createStatement()) {
            // As if this program were one version newer than the workspace: its newest migration has not run.
            s.execute("DELETE FROM flyway_schema_history WHERE version = '" + SchemaVersion.LATEST + "'");
        }
        StorageException e = assertThrows(StorageException.class, () -> openAs(reviewer));
        assertTrue(
                e.getMessage()
                        .endsWith("needs updating for this version of the program, and your account may "
                                + "not change its tables. Ask your administrator to connect once with an administrator's account; "
                                + "then connect again."),
                e.getMessage());
    }

    @Test
    void anAccountInNoRoleCannotConnect() throws SQLException {
        String stranger = "stranger_" + PEOPLE.incrementAndGet() + "_"
                + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = database.connect();
                Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + stranger + " LOGIN");
        }
        SQLException e =
                assertThrows(SQLException.class, () -> connectAs(stranger).close());
        assertEquals(ServerPermissions.REFUSED, e.getSQLState(), e.getMessage());
    }
}
