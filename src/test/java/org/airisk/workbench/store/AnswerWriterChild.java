package org.airisk.workbench.store;

import java.nio.file.Path;
import java.util.UUID;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.Progress;
import org.airisk.workbench.testing.TestClock;

/** Child process for the kill -9 test: saves answers in a loop and reports each one once it is committed. */
public final class AnswerWriterChild {
    public static void main(String[] args) {
        WorkbenchDatabase database = WorkbenchDatabase.open(Path.of(args[0]));
        JdbcAssessmentRepository repository = new JdbcAssessmentRepository(database, TestClock.FIXED);
        UUID id = UUID.fromString(args[1]);
        for (int i = 0; ; i++) {
            repository.saveAnswer(id, "q" + i, new Answer.Text("answer " + i), new Progress(0, 1));
            System.out.println("saved " + i);
            System.out.flush();
        }
    }
}
