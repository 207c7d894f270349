package org.airisk.workbench.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.airisk.workbench.assessment.AssessmentSummary;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.Progress;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads made for one assessment, or at every start, visit the rows they need, not every assessment or answer: at
 * 100,000 assessments such a scan costs about a second and fills the page cache (issue 21). Counted by H2's
 * EXPLAIN ANALYZE, which runs the query and says how many rows each table read visited.
 */
class ReadsWithoutScansTest {
    private static final int ASSESSMENTS = 40;
    private static final Pattern SCANNED = Pattern.compile("scanCount: (\\d+)");

    @TempDir
    Path folder;

    @Test
    void oneAssessmentsAnswersAreReadThroughItsId() throws SQLException {
        try (WorkbenchDatabase database = library()) {
            UUID one = new JdbcAssessmentRepository(database, TestClock.FIXED)
                    .list()
                    .get(7)
                    .id();
            // its two answers and its own row, looked up for each (7 here), whatever the size of the library
            assertVisitsAtMost(database, 10, JdbcAnswers.READ, one);
        }
    }

    @Test
    void theAssessmentsLeftToScoreAreReadFromTheirIndex() throws SQLException {
        try (WorkbenchDatabase database = library();
                Statement s = database.connection().createStatement()) {
            s.executeUpdate("UPDATE assessment SET results_current = TRUE WHERE title <> 'Review 3'");
            database.connection().commit();
            assertVisitsAtMost(database, 2, JdbcRegisterRepository.TO_SCORE);
        }
    }

    private WorkbenchDatabase library() {
        WorkbenchDatabase database = WorkbenchDatabase.open(folder);
        JdbcAssessmentRepository repository = new JdbcAssessmentRepository(database, TestClock.FIXED);
        for (int i = 0; i < ASSESSMENTS; i++) {
            repository.create(new NewAssessment("Review " + i, "System", "Owner", "foundation-model-assessment", 1));
        }
        List<AssessmentSummary> all = repository.list();
        for (AssessmentSummary a : all) {
            repository.saveAnswer(a.id(), "purpose_summary", new Answer.Text("a"), new Progress(1, 2));
            repository.saveAnswer(a.id(), "deployment_context", new Answer.Text("b"), new Progress(2, 2));
        }
        return database;
    }

    private static void assertVisitsAtMost(WorkbenchDatabase database, int most, String sql, Object... parameters)
            throws SQLException {
        try (PreparedStatement s = database.connection().prepareStatement("EXPLAIN ANALYZE " + sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet plan = s.executeQuery()) {
                plan.next();
                String text = plan.getString(1);
                int visited = 0;
                for (Matcher m = SCANNED.matcher(text); m.find(); ) {
                    visited += Integer.parseInt(m.group(1));
                }
                assertTrue(visited <= most, visited + " rows visited: " + text);
            }
        }
    }
}
