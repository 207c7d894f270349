package org.airisk.workbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.airisk.workbench.assessment.ChangesElsewhere;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.Progress;
import org.airisk.workbench.settings.UserIdentity;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two assessors on their own connections to one team workspace (ADR 0042): a save by one is told to the other's
 * window within a few seconds, named and by assessment, and never to the window that saved it; the listening
 * connection comes back after the server ended it.
 */
@ExtendWith(PostgresqlServer.class)
class ChangeNoticesOnPostgresqlTest {
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final List<Map<UUID, String>> toAna = new CopyOnWriteArrayList<>();
    private final List<Map<UUID, String>> toBen = new CopyOnWriteArrayList<>();
    private PostgresqlServer.Database workspace;
    private WorkbenchDatabase anaDatabase;
    private WorkbenchDatabase benDatabase;
    private ChangesElsewhere anaSees;
    private ChangesElsewhere benSees;
    private JdbcAssessmentRepository ana;
    private JdbcAssessmentRepository ben;

    @BeforeEach
    void open() {
        workspace = PostgresqlServer.newDatabase();
        anaDatabase = workspace.open();
        benDatabase = workspace.open();
        ana = new JdbcAssessmentRepository(anaDatabase, TestClock.FIXED, () -> new UserIdentity("Ana", "Assessor", ""));
        ben = new JdbcAssessmentRepository(benDatabase, TestClock.FIXED, () -> new UserIdentity("Ben", "Assessor", ""));
        anaSees = ChangeNotices.of(anaDatabase);
        benSees = ChangeNotices.of(benDatabase);
        anaSees.subscribe(toAna::add);
        benSees.subscribe(toBen::add);
        waitFor(() -> listening(anaSees) && listening(benSees), "both listen");
    }

    @AfterEach
    void close() {
        anaSees.close();
        benSees.close();
        anaDatabase.close();
        benDatabase.close();
    }

    @Test
    void aSaveIsToldToTheColleagueWithWhoSavedItButNotToTheOneWhoSaved() {
        UUID id = ana.create(new NewAssessment("Chatbot", "Support bot", "Ana", "quick-check", 1))
                .id();
        waitFor(() -> told(toBen, id), "Ben is told of the new assessment");
        toBen.clear();

        ana.saveAnswer(id, "q1", new Answer.Text("yes"), new Progress(1, 2));

        waitFor(() -> told(toBen, id), "Ben is told of Ana's answer");
        assertTrue(nameFor(toBen, id).contains("Ana"), "named: " + toBen);
        // Ben's own save comes back to Ana, not to Ben; by then Ana's own saves would have been told too
        ben.saveNote(id, "q1", "checked");
        waitFor(() -> told(toAna, id), "Ana is told of Ben's note");
        assertEquals(1, toAna.size(), "Ana's own saves were not told to Ana: " + toAna);
        assertTrue(nameFor(toAna, id).contains("Ben"), "named: " + toAna);
    }

    @Test
    void aChangeByAnotherProgramIsToldToo() throws Exception {
        UUID id = ana.create(new NewAssessment("Chatbot", "Support bot", "Ana", "quick-check", 1))
                .id();
        waitFor(() -> told(toBen, id), "Ben is told of the new assessment");
        toAna.clear();

        try (Connection other = workspace.connect();
                PreparedStatement update = other.prepareStatement("UPDATE assessment SET owner = 'Cai' WHERE id = ?")) {
            update.setObject(1, id);
            update.executeUpdate();
        }

        waitFor(() -> told(toAna, id), "Ana is told of a change she did not make in this window");
    }

    @Test
    void aBurstOfChangesIsToldOnceWithTheLastName() throws Exception {
        UUID id = ana.create(new NewAssessment("Chatbot", "Support bot", "Ana", "quick-check", 1))
                .id();
        waitFor(() -> told(toBen, id), "Ben is told of the new assessment");
        toBen.clear();

        try (Connection other = workspace.connect();
                PreparedStatement update =
                        other.prepareStatement("UPDATE assessment SET changed_by = ? WHERE id = ?")) {
            for (String who : new String[] {"Cai", "Dee", ""}) { // three commits, well inside one burst
                update.setString(1, who);
                update.setObject(2, id);
                update.executeUpdate();
            }
        }

        waitFor(() -> told(toBen, id), "Ben is told");
        waitFor(() -> toAna.stream().filter(m -> m.containsKey(id)).count() == 1, "and so is Ana");
        assertEquals(List.of(Map.of(id, "Dee")), toBen, "one burst, named by the last who gave a name");
    }

    @Test
    void listeningResumesAfterTheServerEndedTheConnection() throws Exception {
        ChangeNotices listener = (ChangeNotices) benSees;
        int before = listener.listeningSession();
        try (Connection admin = workspace.connect();
                PreparedStatement end = admin.prepareStatement("SELECT pg_terminate_backend(?)")) {
            end.setInt(1, before);
            end.executeQuery();
        }
        waitFor(() -> listener.listeningSession() > 0 && listener.listeningSession() != before, "listens again");
        waitFor(() -> toBen.contains(Map.of()), "told that changes may have been missed");

        UUID id = ana.create(new NewAssessment("Chatbot", "Support bot", "Ana", "quick-check", 1))
                .id();

        waitFor(() -> told(toBen, id), "Ben is told of Ana's change after the reconnect");
    }

    @Test
    void closingStopsAtOnceAndTellsNoMore() throws Exception {
        long start = System.nanoTime();
        benSees.close();
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofMillis(500)) < 0, "closed at once");
        assertEquals(0, ((ChangeNotices) benSees).listeningSession());

        UUID id = UUID.randomUUID();
        try (Connection other = workspace.connect();
                PreparedStatement insert = other.prepareStatement(
                        "INSERT INTO assessment (id, title, system_name, owner, template_id, template_version, status,"
                                + " progress_percent, created_at, updated_at) VALUES (?, 'T', 'S', '', 'quick-check', 1,"
                                + " 'NOT_STARTED', 0, now(), now())")) {
            insert.setObject(1, id);
            insert.executeUpdate();
        }

        waitFor(() -> told(toAna, id), "Ana, still listening, is told");
        assertEquals(List.of(), toBen, "Ben's closed listener told nothing");
    }

    private static boolean listening(ChangesElsewhere changes) {
        return ((ChangeNotices) changes).listeningSession() > 0;
    }

    private static boolean told(List<Map<UUID, String>> told, UUID id) {
        return told.stream().anyMatch(m -> m.containsKey(id));
    }

    private static String nameFor(List<Map<UUID, String>> told, UUID id) {
        return told.stream().filter(m -> m.containsKey(id)).map(m -> m.get(id)).reduce("", (a, b) -> b);
    }

    /** Polls until {@code done}, failing after {@link #PATIENCE}. */
    private static void waitFor(BooleanSupplier done, String what) {
        long until = System.nanoTime() + PATIENCE.toNanos();
        while (!done.getAsBoolean()) {
            assertTrue(System.nanoTime() < until, "not in time: " + what);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
