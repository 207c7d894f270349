package org.airisk.workbench.app;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** From the window: protect the library, work on it again at once, and be asked for the password at the next start. */
class ProtectSessionTest {
    private static final String NOTE = "Client names appear in the training data";

    @TempDir
    Path folder;

    @Test
    void protectFromTheMenuThenStartWithThePasswordAfterAWrongOne() throws Exception {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder, TestClock.FIXED)) {
            JdbcAssessmentRepository repository = new JdbcAssessmentRepository(db, TestClock.FIXED);
            var a = repository.create(new NewAssessment("Vendor chatbot", "Bot", "Ann", "quick-check", 1));
            repository.saveNote(a.id(), "q1", NOTE);
        }

        AppChild protect = AppChild.run(AppChild.HEADLESS_FX, ProtectSessionChild.class, folder.toString(), "protect");
        assertEquals(0, protect.code(), protect.output());
        assertTrue(protect.output().contains("REOPENED PROTECTED"), protect.output());
        assertTrue(DatabaseProtection.isProtected(folder));
        byte[] file = Files.readAllBytes(folder.resolve("workbench.mv.db"));
        assertFalse(new String(file, StandardCharsets.ISO_8859_1).contains(NOTE), "no note in clear");

        AppChild open = AppChild.run(AppChild.HEADLESS_FX, ProtectSessionChild.class, folder.toString(), "open");
        assertEquals(0, open.code(), open.output());
        assertTrue(open.output().contains("NOTICE That password is wrong. 2 tries left."), open.output());
        assertTrue(open.output().contains("OPENED WITH THE PASSWORD"), open.output());
    }
}
