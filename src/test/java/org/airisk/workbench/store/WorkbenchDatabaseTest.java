package org.airisk.workbench.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.airisk.workbench.assessment.Assessment;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.assessment.RecordedAnswer;
import org.airisk.workbench.assessment.StorageException;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbenchDatabaseTest {
    @TempDir
    Path folder;

    @Test
    void killedWriterLosesAtMostTheAnswerInFlight() throws Exception {
        UUID id;
        try (WorkbenchDatabase database = WorkbenchDatabase.open(folder)) {
            Assessment a = new JdbcAssessmentRepository(database, TestClock.FIXED)
                    .create(new NewAssessment("Crash test", "S", "", "quick-check", 1));
            id = a.id();
        }
        int lastReported = -1;
        try (ChildJvm child = new ChildJvm(AnswerWriterChild.class, folder.toString(), id.toString())) {
            String line;
            while ((line = child.readLine()) != null) {
                if (line.startsWith("saved ")) {
                    lastReported = Integer.parseInt(line.substring(6));
                    if (lastReported >= 300) {
                        break;
                    }
                }
            }
            child.kill();
        }
        assertTrue(lastReported >= 300, "the child wrote answers before it was killed");

        try (WorkbenchDatabase database = WorkbenchDatabase.open(folder)) {
            Map<String, RecordedAnswer> answers = new JdbcAssessmentRepository(database, TestClock.FIXED).answers(id);
            for (int i = 0; i <= lastReported; i++) {
                RecordedAnswer answer = answers.get("q" + i);
                assertTrue(answer != null, "committed answer q" + i + " survived the kill");
                assertEquals(new Answer.Text("answer " + i), answer.answer());
            }
            // Answers after the last reported one were in flight: the child may have committed a few more
            // before it printed; none is half-written.
            for (RecordedAnswer answer : answers.values()) {
                int n = Integer.parseInt(answer.questionId().substring(1));
                assertEquals(new Answer.Text("answer " + n), answer.answer());
            }
        }
    }

    @Test
    void secondWorkbenchOnTheSameFolderGetsAClearMessage() throws Exception {
        try (ChildJvm child = new ChildJvm(HoldOpenChild.class, folder.toString())) {
            String line;
            do {
                line = child.readLine();
            } while (line != null && !line.equals("ready"));
            StorageException e = assertThrows(StorageException.class, () -> WorkbenchDatabase.open(folder));
            assertTrue(e.getMessage().contains("already using the data folder"), e.getMessage());
            assertTrue(e.getMessage().contains("--data-dir"), e.getMessage());
        }
        WorkbenchDatabase.open(folder).close();
    }

    @Test
    void secondOpenInTheSameProcessIsRefusedToo() {
        try (WorkbenchDatabase first = WorkbenchDatabase.open(folder)) {
            StorageException e = assertThrows(StorageException.class, () -> WorkbenchDatabase.open(folder));
            assertTrue(e.getMessage().contains("already using the data folder"), e.getMessage());
        }
    }

    @Test
    void fileThatIsNotADatabaseIsReportedAndLeftUntouched() throws Exception {
        Path file = folder.resolve(WorkbenchDatabase.FILE_NAME);
        byte[] content =
                "These are my meeting notes, not a database.\n".repeat(50).getBytes();
        Files.write(file, content);
        StorageException e = assertThrows(StorageException.class, () -> WorkbenchDatabase.open(folder));
        assertTrue(e.getMessage().contains("is not an AI Risk Workbench database"), e.getMessage());
        assertTrue(e.getMessage().contains("left untouched"), e.getMessage());
        assertArrayEquals(content, Files.readAllBytes(file));
        assertFalse(e.getMessage().contains("Exception"), "no technical jargon");
    }

    @Test
    void emptyFileIsNotMistakenForANewDatabase() throws Exception {
        Path file = folder.resolve(WorkbenchDatabase.FILE_NAME);
        Files.write(file, new byte[0]);
        assertThrows(StorageException.class, () -> WorkbenchDatabase.open(folder));
        assertEquals(0, Files.size(file));
    }

    @Test
    void damagedDatabaseIsReportedWithoutAStackTrace() throws Exception {
        try (WorkbenchDatabase database = WorkbenchDatabase.open(folder)) {
            new JdbcAssessmentRepository(database, TestClock.FIXED)
                    .create(new NewAssessment("Will be damaged", "S", "", "quick-check", 1));
        }
        Path file = folder.resolve(WorkbenchDatabase.FILE_NAME);
        byte[] bytes = Files.readAllBytes(file);
        // Keep the header, garble everything after it.
        for (int i = 200; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(file, bytes);
        StorageException e = assertThrows(StorageException.class, () -> WorkbenchDatabase.open(folder));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("--data-dir") || e.getMessage().contains("backup"), e.getMessage());
        assertArrayEquals(bytes, Files.readAllBytes(file), "the damaged file is left as it was");
    }
}
