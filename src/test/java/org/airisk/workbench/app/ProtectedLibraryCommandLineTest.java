package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.store.DatabaseProtection;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line on a library protected with a password: the password comes from a file, never an argument. */
class ProtectedLibraryCommandLineTest {
    private static final String PASSWORD = "a long pass phrase";

    @TempDir
    Path dir;

    private Path folder;

    @BeforeEach
    void protectedLibrary() {
        folder = dir.resolve("data");
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder, TestClock.FIXED)) {
            new JdbcAssessmentRepository(db, TestClock.FIXED)
                    .create(new NewAssessment("Vendor chatbot", "Bot", "Ann", "quick-check", 1));
        }
        DatabaseProtection.protect(folder, PASSWORD.toCharArray());
    }

    private Path passwordFile(String content) throws Exception {
        return Files.writeString(dir.resolve("password.txt"), content, StandardCharsets.UTF_8);
    }

    @Test
    void listReadsThePasswordFromTheFirstLineOfTheFile() throws Exception {
        Path file = passwordFile(PASSWORD + "\nsecond line ignored\n");
        CommandLineRun list =
                CommandLineRun.of("list", "--data-dir", folder.toString(), "--password-file", file.toString());
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().contains("Vendor chatbot"), list.out());

        CommandLineRun backups =
                CommandLineRun.of("--password-file=" + file, "backups", "--data-dir", folder.toString());
        assertEquals(0, backups.code(), backups.err());
        assertTrue(backups.out().contains("1 assessment(s): Vendor chatbot"), backups.out());
    }

    @Test
    void aWrongPasswordIsOneLineAndLeavesTheFileAsItWas() throws Exception {
        byte[] before = Files.readAllBytes(folder.resolve("workbench.mv.db"));
        CommandLineRun list = CommandLineRun.of(
                "list",
                "--data-dir",
                folder.toString(),
                "--password-file",
                passwordFile("not the password\n").toString());
        assertEquals(1, list.code());
        assertTrue(list.err().startsWith("ai-risk-workbench: The password is wrong"), list.err());
        assertEquals(1, list.err().strip().lines().count(), list.err());
        assertArrayEquals(before, Files.readAllBytes(folder.resolve("workbench.mv.db")));
    }

    @Test
    void withoutAPasswordFileOrAConsoleItSaysHowToGiveIt() {
        CommandLineRun list = CommandLineRun.of("list", "--data-dir", folder.toString());
        assertEquals(1, list.code());
        assertTrue(list.err().contains("is protected with a password. Give it with --password-file FILE"), list.err());
        assertFalse(list.out().contains("Vendor chatbot"));
    }

    @Test
    void thePasswordFileOptionDoesNotOpenTheWindow() {
        assertTrue(CommandLine.wants(new String[] {"--password-file", "p.txt", "list"}));
        assertTrue(CommandLine.wants(new String[] {"--password-file=p.txt", "--data-dir", "d", "list"}));
    }

    /** Protect, change the password and remove protection from the command line, as the window does. */
    @Test
    void protectionIsChangedAndRemovedFromTheCommandLine() throws Exception {
        Path current = passwordFile(PASSWORD + "\n");
        Path next = Files.writeString(dir.resolve("next.txt"), "another long phrase\n", StandardCharsets.UTF_8);
        CommandLineRun change = CommandLineRun.of(
                "change-password",
                "--data-dir",
                folder.toString(),
                "--password-file",
                current.toString(),
                "--new-password-file",
                next.toString());
        assertEquals(0, change.code(), change.err());
        assertEquals(
                1,
                CommandLineRun.of("list", "--data-dir", folder.toString(), "--password-file", current.toString())
                        .code(),
                "the old password no longer opens it");
        CommandLineRun list =
                CommandLineRun.of("list", "--data-dir", folder.toString(), "--password-file", next.toString());
        assertTrue(list.out().contains("Vendor chatbot"), list.err());

        CommandLineRun unprotect =
                CommandLineRun.of("unprotect", "--data-dir", folder.toString(), "--password-file", next.toString());
        assertEquals(0, unprotect.code(), unprotect.err());
        assertFalse(DatabaseProtection.isProtected(folder));
        assertTrue(
                CommandLineRun.of("list", "--data-dir", folder.toString()).out().contains("Vendor chatbot"));

        CommandLineRun protect = CommandLineRun.of(
                "protect", "--data-dir", folder.toString(), "--new-password-file", current.toString());
        assertEquals(0, protect.code(), protect.err());
        assertTrue(protect.out().contains("cannot be recovered"));
        assertTrue(DatabaseProtection.isProtected(folder));
        assertTrue(CommandLineRun.of("list", "--data-dir", folder.toString(), "--password-file", current.toString())
                .out()
                .contains("Vendor chatbot"));
    }
}
