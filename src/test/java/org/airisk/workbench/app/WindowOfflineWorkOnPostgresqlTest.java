package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.airisk.workbench.assessment.UserFacingProblem;
import org.airisk.workbench.exchange.CheckInMerge.Keep;
import org.airisk.workbench.exchange.OfflineWork;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.Progress;
import org.airisk.workbench.settings.TeamServer;
import org.airisk.workbench.settings.Workspace;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.PostgresqlServer;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's check-out (on the team workspace) and check-in (in this computer's library) through the port, against
 * a real PostgreSQL server: a conflict comes back worded with its base, and the choice made settles it (ADR 0044).
 */
@ExtendWith(PostgresqlServer.class)
class WindowOfflineWorkOnPostgresqlTest {
    private static final String INVENTORY = "fm_data_inventory";

    @TempDir
    Path dir;

    private PostgresqlServer.Database server;
    private TeamServer team;
    private Path laptop;
    private UUID id;

    @BeforeEach
    void anAssessmentInTheTeamWorkspace() {
        server = PostgresqlServer.newDatabase();
        team = TeamServer.parse(server.url(), server.user()).withEncryption(TeamServer.Encryption.OFF);
        Path origin = dir.resolve("origin");
        id = UUID.fromString(CommandLineTest.tutor(origin));
        Path file = dir.resolve("tutor.airisk.json");
        assertEquals(0, run(origin, "export", "--out", file.toString(), id.toString()));
        laptop = dir.resolve("laptop");
        assertEquals(0, run(laptop, "import", "--workspace", team.address(), file.toString()));
    }

    /** Runs the command line on this data folder, with the test server's empty password; its exit code. */
    private static int run(Path folder, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = folder.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CommandLine.run(
                all,
                new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()),
                Map.of(WorkspaceOption.PASSWORD_VARIABLE, ""),
                TestClock.FIXED);
    }

    private static OfflineWork.CheckedIn checkIn(WorkbenchDatabase library, Path laptop, UUID id, Map<String, Keep> c) {
        return new WindowOfflineWork(
                        WorkbenchServices.of(library, laptop, TestClock.FIXED),
                        Workspace.THIS_COMPUTER,
                        laptop,
                        TestClock.FIXED)
                .checkIn(id, new char[0], c);
    }

    private void answer(WorkbenchDatabase db, String option) {
        JdbcAssessmentRepository repo = new JdbcAssessmentRepository(db, TestClock.FIXED);
        repo.answersToEdit(id);
        repo.saveAnswer(id, INVENTORY, new Answer.Choice(option), new Progress(2, 20));
    }

    @Test
    void aConflictComesBackWithItsBaseAndTheChoiceSettlesIt() {
        try (WorkbenchDatabase db = WorkbenchDatabase.openServer(team, new char[0])) {
            OfflineWork window = new WindowOfflineWork(
                    WorkbenchServices.of(db, laptop, TestClock.FIXED), team, laptop, TestClock.FIXED);
            assertEquals("Tutor bot review", window.checkOut(id));
            assertEquals(id, window.checkedOut().get(0).assessment(), "colleagues see it taken offline");
            assertThrows(UserFacingProblem.class, () -> window.checkIn(id, new char[0], Map.of()));
            answer(db, "no");
        }
        try (WorkbenchDatabase library = WorkbenchDatabase.open(laptop, TestClock.FIXED)) {
            answer(library, "yes");
            OfflineWork.CheckedIn open = checkIn(library, laptop, id, Map.of());
            assertEquals(1, open.conflicts().size());
            OfflineWork.OpenConflict conflict = open.conflicts().get(0);
            assertEquals("ANSWER:" + INVENTORY, conflict.id());
            assertNotEquals(conflict.mine(), conflict.theirs());
            assertNotEquals(conflict.base(), conflict.mine(), "the base is the answer as checked out");
            assertNotEquals(conflict.base(), conflict.theirs());
            assertTrue(checkIn(library, laptop, id, Map.of(conflict.id(), Keep.MINE))
                    .clean());
        }
        try (WorkbenchDatabase db = WorkbenchDatabase.openServer(team, new char[0])) {
            assertEquals(
                    new Answer.Choice("yes"),
                    new JdbcAssessmentRepository(db, TestClock.FIXED)
                            .answers(id)
                            .get(INVENTORY)
                            .answer());
        }
    }
}
