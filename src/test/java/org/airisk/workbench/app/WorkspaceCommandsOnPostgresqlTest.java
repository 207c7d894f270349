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
import org.airisk.workbench.settings.TeamServer;
import org.airisk.workbench.store.PostgresqlServer;
import org.airisk.workbench.store.TeamWorkspaceFile;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** list, export, import and validate with --workspace, on a real PostgreSQL server: the same commands, shared. */
@ExtendWith(PostgresqlServer.class)
class WorkspaceCommandsOnPostgresqlTest {
    private static final String PASSWORD = "team password 1";

    @TempDir
    Path dir;

    private static CommandLineRun run(Map<String, String> environment, Path data, String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", data.toString()));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLine.run(
                all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), environment, TestClock.FIXED);
        return new CommandLineRun(code, out.toString(), err.toString());
    }

    /** The fixture's address, as a user types it: unencrypted on loopback, user and no password in it. */
    private static String address(PostgresqlServer.Database db) {
        return TeamServer.parse(db.url(), db.user())
                .withEncryption(TeamServer.Encryption.OFF)
                .address();
    }

    @Test
    void anAssessmentImportedIntoTheTeamWorkspaceIsListedAndExportedFromItByNameOrAddress() throws Exception {
        Path mine = dir.resolve("mine");
        String id = CommandLineTest.tutor(mine);
        Path file = dir.resolve("tutor.airisk.json");
        assertEquals(
                0,
                CommandLineRun.in(mine, "export", "--out", file.toString(), id).code());

        PostgresqlServer.Database db = PostgresqlServer.newDatabaseWithPassword(PASSWORD);
        Map<String, String> env = Map.of(WorkspaceOption.PASSWORD_VARIABLE, PASSWORD);
        Path laptop = dir.resolve("laptop");
        CommandLineRun valid = run(env, laptop, "validate", "--workspace", address(db), file.toString());
        assertEquals(0, valid.code(), valid.err());
        CommandLineRun imported = run(env, laptop, "import", "--workspace", address(db), file.toString());
        assertEquals(0, imported.code(), imported.err());
        assertTrue(run(env, laptop, "list").out().isEmpty(), "the laptop's own library stays empty");

        new TeamWorkspaceFile(laptop).save("board", TeamServer.parse(address(db), null));
        CommandLineRun listed = run(env, laptop, "list", "--workspace", "board");
        assertEquals(0, listed.code(), listed.err());
        assertTrue(listed.out().startsWith(id + "\tTutor bot review\tTutor Bot\t"), listed.out());
        Path again = dir.resolve("again.airisk.json");
        CommandLineRun export = run(env, laptop, "export", "--workspace", "board", "--out", again.toString(), id);
        assertEquals(0, export.code(), export.err());
        assertTrue(Files.readString(again).contains("Tutor bot review"));
    }

    @Test
    void problemsAreOneLineAndNameWhatToDo() {
        PostgresqlServer.Database db = PostgresqlServer.newDatabaseWithPassword(PASSWORD);
        Path laptop = dir.resolve("laptop");
        CommandLineRun wrong =
                run(Map.of(WorkspaceOption.PASSWORD_VARIABLE, "not it"), laptop, "list", "--workspace", address(db));
        assertEquals(1, wrong.code());
        assertEquals(1, wrong.err().strip().lines().count(), wrong.err());
        assertTrue(wrong.err().contains("refused the user name or the password"), wrong.err());
        assertFalse(wrong.err().contains("not it"));

        CommandLineRun noPassword = run(Map.of(), laptop, "list", "--workspace", address(db));
        assertEquals(1, noPassword.code());
        assertTrue(noPassword.err().contains("set " + WorkspaceOption.PASSWORD_VARIABLE), noPassword.err());

        CommandLineRun unknown = run(Map.of(), laptop, "list", "--workspace", "board");
        assertEquals(
                "ai-risk-workbench: No team workspace is saved as \"board\"; give its address, "
                        + "postgresql://user@host:port/database.",
                unknown.err().strip());

        CommandLineRun h2 = run(Map.of(), laptop, "list", "--workspace", "jdbc:h2:mem:x;INIT=RUNSCRIPT FROM 'x'");
        assertEquals(1, h2.code());
        assertTrue(h2.err().contains("postgresql://user@host:port/database"), h2.err());
    }
}
