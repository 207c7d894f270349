package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.airisk.workbench.comments.Comment;
import org.airisk.workbench.comments.CommentAnchor;
import org.airisk.workbench.evidence.EvidenceAnchor;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.Progress;
import org.airisk.workbench.settings.TeamServer;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.JdbcCheckouts;
import org.airisk.workbench.store.JdbcCommentRepository;
import org.airisk.workbench.store.JdbcEvidence;
import org.airisk.workbench.store.PostgresqlServer;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * `team check-out` and `team check-in` against a real PostgreSQL server: work offline in this computer's library
 * while a colleague works in the team workspace, then merge (ADR 0041). Every step opens and closes the libraries
 * anew, as separate runs of the program do.
 */
@ExtendWith(PostgresqlServer.class)
class OfflineCheckOutOnPostgresqlTest {
    private static final String INVENTORY = "fm_data_inventory";
    private static final String RIGHTS = "fm_data_rights";

    @TempDir
    Path dir;

    private PostgresqlServer.Database server;
    private String address;
    private Path laptop;
    private UUID id;

    @BeforeEach
    void anAssessmentInTheTeamWorkspace() {
        server = PostgresqlServer.newDatabase();
        address = TeamServer.parse(server.url(), server.user())
                .withEncryption(TeamServer.Encryption.OFF)
                .address();
        Path origin = dir.resolve("origin");
        id = UUID.fromString(CommandLineTest.tutor(origin));
        Path file = dir.resolve("tutor.airisk.json");
        assertEquals(
                0,
                CommandLineRun.in(origin, "export", "--out", file.toString(), id.toString())
                        .code());
        laptop = dir.resolve("laptop");
        CommandLineRun imported = run("import", "--workspace", address, file.toString());
        assertEquals(0, imported.code(), imported.err());
    }

    private CommandLineRun run(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", laptop.toString()));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLine.run(
                all.toArray(String[]::new),
                new PrintWriter(out),
                new PrintWriter(err),
                Map.of(WorkspaceOption.PASSWORD_VARIABLE, ""),
                TestClock.FIXED);
        return new CommandLineRun(code, out.toString(), err.toString());
    }

    private CommandLineRun checkOut() {
        return run("team", "check-out", "--workspace", address, id.toString());
    }

    private CommandLineRun checkIn(String... more) {
        List<String> args = new ArrayList<>(List.of("team", "check-in", "--workspace", address, id.toString()));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    private WorkbenchDatabase openServer() {
        return WorkbenchDatabase.openServer(server.url(), server.user(), new char[0]);
    }

    private void answerOffline(String question, String option) {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(laptop, TestClock.FIXED)) {
            answer(db, question, option);
        }
    }

    private void answerOnServer(String question, String option) {
        try (WorkbenchDatabase db = openServer()) {
            answer(db, question, option);
        }
    }

    private void answer(WorkbenchDatabase db, String question, String option) {
        JdbcAssessmentRepository repo = new JdbcAssessmentRepository(db, TestClock.FIXED);
        repo.answersToEdit(id);
        repo.saveAnswer(id, question, new Answer.Choice(option), new Progress(2, 20));
    }

    private Answer onServer(String question) {
        try (WorkbenchDatabase db = openServer()) {
            var recorded = new JdbcAssessmentRepository(db, TestClock.FIXED)
                    .answers(id)
                    .get(question);
            return recorded == null ? null : recorded.answer();
        }
    }

    /**
     * profile_domain, fm_data_inventory and fm_data_rights answered, of the questionnaire's many required questions:
     * recomputed at check-in, not the 10% (2 of 20) the colleague's last save claimed.
     */
    private static final int PROGRESS_OF_THREE_ANSWERS = 1;

    private int progressOnServer() {
        try (WorkbenchDatabase db = openServer()) {
            return new JdbcAssessmentRepository(db, TestClock.FIXED)
                    .find(id)
                    .orElseThrow()
                    .progressPercent();
        }
    }

    private boolean checkedOutOnServer() {
        try (WorkbenchDatabase db = openServer()) {
            return new JdbcCheckouts(db, TestClock.FIXED, () -> null).find(id).isPresent();
        }
    }

    @Test
    void answersChangedOfflineAndOnTheServerAreMergedAtCheckIn() {
        CommandLineRun out = checkOut();
        assertEquals(0, out.code(), out.err());
        assertTrue(out.out().contains("Checked out \u201cTutor bot review\u201d"), out.out());
        assertTrue(checkedOutOnServer(), "colleagues see it checked out");
        assertEquals(
                id + "\tTutor bot review\tUnnamed user\t2026-11-25 10:00\n",
                run("team", "checked-out", "--workspace", address).out().replace("\r", ""));
        assertTrue(run("list").out().startsWith(id + "\tTutor bot review"), "the copy is in the laptop's library");

        answerOffline(INVENTORY, "yes");
        answerOnServer(RIGHTS, "no");

        CommandLineRun in = checkIn();
        assertEquals(0, in.code(), in.err() + in.out());
        assertEquals(new Answer.Choice("yes"), onServer(INVENTORY), "mine");
        assertEquals(new Answer.Choice("no"), onServer(RIGHTS), "the colleague's");
        assertEquals(new Answer.Choice("education"), onServer("profile_domain"), "unchanged");
        assertFalse(checkedOutOnServer());
        assertEquals(PROGRESS_OF_THREE_ANSWERS, progressOnServer(), "progress counts the merged answers");
        assertTrue(run("list").out().isEmpty(), "the offline copy is released");
        assertFalse(Files.exists(laptop.resolve(OfflineCopies.FOLDER).resolve(id + ".airisk.json")));
        assertEquals(0, checkOut().code(), "and it can be checked out again");
    }

    @Test
    void bothChangingOneAnswerIsAConflictListedWithNothingWrittenUntilSettled() {
        assertEquals(0, checkOut().code());
        answerOffline(INVENTORY, "yes");
        answerOnServer(INVENTORY, "no");

        CommandLineRun in = checkIn();
        assertEquals(1, in.code());
        assertTrue(in.out().contains("Is there a register of every training"), in.out());
        assertTrue(in.out().contains("[ANSWER:" + INVENTORY + "]"), in.out());
        assertTrue(in.out().contains("  mine:   Yes"), in.out());
        assertTrue(in.out().contains("  theirs: No"), in.out());
        assertTrue(in.err().contains("1 conflict with colleagues' changes; nothing was written"), in.err());
        assertEquals(new Answer.Choice("no"), onServer(INVENTORY));
        assertTrue(checkedOutOnServer(), "still checked out");

        CommandLineRun mine = checkIn("--keep", "mine");
        assertEquals(0, mine.code(), mine.err());
        assertEquals(new Answer.Choice("yes"), onServer(INVENTORY));
        assertFalse(checkedOutOnServer());
    }

    @Test
    void eachConflictCanBeSettledOnItsOwn() {
        assertEquals(0, checkOut().code());
        answerOffline(INVENTORY, "yes");
        answerOffline(RIGHTS, "yes");
        answerOnServer(INVENTORY, "no");
        answerOnServer(RIGHTS, "no");

        CommandLineRun one = checkIn("--choose", "ANSWER:" + INVENTORY + "=mine");
        assertEquals(1, one.code(), "the other is still open");
        assertTrue(one.out().contains("[ANSWER:" + RIGHTS + "]") && !one.out().contains(INVENTORY), one.out());
        assertEquals(new Answer.Choice("no"), onServer(INVENTORY), "nothing written");

        CommandLineRun both =
                checkIn("--choose", "ANSWER:" + INVENTORY + "=mine", "--choose", "ANSWER:" + RIGHTS + "=theirs");
        assertEquals(0, both.code(), both.err());
        assertEquals(new Answer.Choice("yes"), onServer(INVENTORY));
        assertEquals(new Answer.Choice("no"), onServer(RIGHTS));
    }

    @Test
    void checkingOutTwiceOrOverAChangedLocalCopyIsRefusedWithAReason() {
        assertEquals(0, checkOut().code());
        CommandLineRun twice = checkOut();
        assertEquals(1, twice.code());
        assertTrue(twice.err().contains("is already checked out to this computer"), twice.err());

        answerOffline(INVENTORY, "yes");
        assertEquals(0, checkIn().code());
        // A copy of the same assessment in the library, changed there: checking out would replace it.
        try (WorkbenchDatabase db = WorkbenchDatabase.open(laptop, TestClock.FIXED)) {
            new JdbcAssessmentRepository(db, TestClock.FIXED).restore(id);
        }
        answerOffline(RIGHTS, "yes");
        CommandLineRun over = checkOut();
        assertEquals(1, over.code());
        assertTrue(over.err().contains("already has its own copy of \u201cTutor bot review\u201d"), over.err());
        assertFalse(checkedOutOnServer());

        CommandLineRun notOut = run(
                "team", "check-in", "--workspace", address, UUID.randomUUID().toString());
        assertEquals(1, notOut.code());
        assertTrue(notOut.err().contains("is not checked out to this computer"), notOut.err());
    }

    private void onLaptop(java.util.function.Consumer<WorkbenchDatabase> change) {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(laptop, TestClock.FIXED)) {
            change.accept(db);
        }
    }

    private void renameIn(WorkbenchDatabase db, String title) {
        JdbcAssessmentRepository repo = new JdbcAssessmentRepository(db, TestClock.FIXED);
        repo.titleToEdit(id);
        repo.rename(id, title);
    }

    @Test
    void commentsAndEvidenceWrittenOfflineTravelBackAtCheckIn() throws Exception {
        assertEquals(0, checkOut().code());
        Path file = Files.writeString(dir.resolve("vendor-answers.txt"), "The vendor's answers");
        onLaptop(db -> {
            new JdbcCommentRepository(db, TestClock.FIXED)
                    .save(List.of(new Comment(
                            UUID.randomUUID(),
                            id,
                            CommentAnchor.question(INVENTORY),
                            null,
                            null,
                            "Ana",
                            "",
                            TestClock.FIXED.instant(),
                            "Asked the vendor offline.",
                            null)));
            new JdbcEvidence(db, TestClock.FIXED).attach(id, EvidenceAnchor.WHOLE_ASSESSMENT, file, "Ana");
        });

        CommandLineRun in = checkIn();
        assertEquals(0, in.code(), in.err());
        try (WorkbenchDatabase db = openServer()) {
            assertEquals(
                    List.of("Asked the vendor offline."),
                    new JdbcCommentRepository(db, TestClock.FIXED)
                            .comments(id).stream().map(Comment::text).toList());
            assertEquals(
                    List.of("vendor-answers.txt"),
                    new JdbcEvidence(db, TestClock.FIXED)
                            .list(id).stream().map(e -> e.fileName()).toList());
        }
    }

    @Test
    void aRenameOnOneSideIsKeptAndOnBothIsAConflict() {
        assertEquals(0, checkOut().code());
        onLaptop(db -> renameIn(db, "Renamed offline"));
        answerOnServer(RIGHTS, "no");
        assertEquals(0, checkIn().code());
        try (WorkbenchDatabase db = openServer()) {
            assertEquals(
                    "Renamed offline",
                    new JdbcAssessmentRepository(db, TestClock.FIXED)
                            .find(id)
                            .orElseThrow()
                            .title());
        }

        assertEquals(0, checkOut().code());
        onLaptop(db -> renameIn(db, "Mine"));
        try (WorkbenchDatabase db = openServer()) {
            renameIn(db, "Theirs");
        }
        CommandLineRun in = checkIn();
        assertEquals(1, in.code(), in.out());
        assertTrue(in.out().contains("[DETAIL:title]"), in.out());
        assertEquals(0, checkIn("--keep", "theirs").code());
        assertFalse(checkedOutOnServer());
    }

    @Test
    void anOfflineCopyThatIsGoneCanBeReleasedWithTheCommandTheMessageNames() {
        assertEquals(0, checkOut().code());
        onLaptop(db -> {
            JdbcAssessmentRepository repo = new JdbcAssessmentRepository(db, TestClock.FIXED);
            repo.delete(id);
            repo.dropDeleted();
        });

        CommandLineRun gone = checkIn();
        assertEquals(1, gone.code());
        String way = "team check-in --workspace " + address + " " + id + " --keep theirs";
        assertTrue(gone.err().contains(way), gone.err());
        assertTrue(checkedOutOnServer(), "nothing released yet");

        CommandLineRun released = checkIn("--keep", "theirs");
        assertEquals(0, released.code(), released.err());
        assertTrue(released.out().contains("Released the check-out"), released.out());
        assertFalse(checkedOutOnServer());
        assertEquals(new Answer.Choice("education"), onServer("profile_domain"), "the workspace's copy as it was");
        assertFalse(Files.exists(laptop.resolve(OfflineCopies.FOLDER).resolve(id + ".airisk.json")));
        assertEquals(0, checkOut().code(), "and it can be checked out again");
    }
}
