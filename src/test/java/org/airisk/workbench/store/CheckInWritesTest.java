package org.airisk.workbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.assessment.RecordedAnswer;
import org.airisk.workbench.assessment.UserFacingProblem;
import org.airisk.workbench.exchange.Checkout;
import org.airisk.workbench.exchange.PackagedAssessment;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.Progress;
import org.airisk.workbench.settings.UserIdentity;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check-in's write (ADR 0041): all of the merged assessment in one transaction, refused with nothing written when
 * a colleague saved anything of it after the versions were read. Here on one local library; the PostgreSQL subclass
 * gives the colleague a connection of their own.
 */
class CheckInWritesTest {
    private static final Progress HALF = new Progress(1, 2);

    @TempDir
    Path folder;

    private WorkbenchDatabase[] two;
    private JdbcAssessmentRepository colleague;
    private JdbcCheckouts checkouts;
    private JdbcPackageStore store;
    private UUID id;

    WorkbenchDatabase[] openTwo() {
        WorkbenchDatabase one = WorkbenchDatabase.open(folder);
        return new WorkbenchDatabase[] {one, one};
    }

    @BeforeEach
    void open() {
        two = openTwo();
        JdbcAssessmentRepository mine =
                new JdbcAssessmentRepository(two[0], TestClock.FIXED, () -> new UserIdentity("Ana", "", ""));
        colleague = new JdbcAssessmentRepository(two[1], TestClock.FIXED, () -> new UserIdentity("Ben", "", ""));
        checkouts = new JdbcCheckouts(two[0], TestClock.FIXED, () -> new UserIdentity("Ana", "", ""));
        store = new JdbcPackageStore(two[0], TestClock.FIXED);
        id = mine.create(new NewAssessment("Chatbot", "Support bot", "Ana", "quick-check", 1))
                .id();
        mine.saveAnswer(id, "purpose", new Answer.Text("first"), HALF);
        checkouts.mark(new Checkout(id, "", "Ana", Instant.parse("2026-12-01T10:00:00Z")));
    }

    @AfterEach
    void close() {
        two[0].close();
        two[1].close();
    }

    private PackagedAssessment withPurpose(String text) {
        PackagedAssessment now = store.read(List.of(id)).get(0);
        Map<String, RecordedAnswer> answers = new HashMap<>(now.answers());
        answers.put(
                "purpose",
                new RecordedAnswer("purpose", new Answer.Text(text), "", Instant.parse("2026-12-02T10:00:00Z")));
        return new PackagedAssessment(now.assessment(), now.method(), answers, now.overrides(), now.plan());
    }

    private Answer purpose() {
        return store.read(List.of(id)).get(0).answers().get("purpose").answer();
    }

    @Test
    void theMergedAssessmentIsWrittenAndTheCheckOutReleased() {
        Map<String, Long> versions = checkouts.versions(id);
        checkouts.checkIn(withPurpose("merged"), versions, "checked in");

        assertEquals(new Answer.Text("merged"), purpose());
        assertTrue(checkouts.find(id).isEmpty());
        assertTrue(checkouts.all().isEmpty());
    }

    @Test
    void aColleaguesSaveAfterTheVersionsWereReadRefusesTheWholeCheckIn() {
        Map<String, Long> versions = checkouts.versions(id);
        PackagedAssessment merged = withPurpose("merged");
        colleague.answersToEdit(id);
        colleague.saveAnswer(id, "risk", new Answer.Text("Ben's"), HALF);

        UserFacingProblem refused =
                assertThrows(UserFacingProblem.class, () -> checkouts.checkIn(merged, versions, "checked in"));

        assertTrue(refused.getMessage().contains("Check it in again"), refused.getMessage());
        assertEquals(new Answer.Text("first"), purpose(), "nothing written");
        assertEquals(
                new Answer.Text("Ben's"),
                store.read(List.of(id)).get(0).answers().get("risk").answer());
        assertFalse(checkouts.find(id).isEmpty(), "still checked out");
    }
}
