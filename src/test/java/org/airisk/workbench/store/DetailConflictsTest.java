package org.airisk.workbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.airisk.workbench.assessment.ChangedElsewhere;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.settings.UserIdentity;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two workbenches renaming the same assessment or choosing its scoring method (ADR 0040): the change based on a
 * title or method the other has replaced since is refused, not written over it. Both share one local library here;
 * the PostgreSQL subclass gives each its own connection.
 */
class DetailConflictsTest {
    @TempDir
    Path folder;

    private final TestClock.Settable clock = new TestClock.Settable();
    private WorkbenchDatabase first;
    private WorkbenchDatabase second;
    private UUID id;

    /** The two workbenches' libraries: the same local one twice here. */
    WorkbenchDatabase[] openTwo() {
        WorkbenchDatabase one = WorkbenchDatabase.open(folder);
        return new WorkbenchDatabase[] {one, one};
    }

    @BeforeEach
    void open() {
        WorkbenchDatabase[] two = openTwo();
        first = two[0];
        second = two[1];
        id = assessments(first, "Ana")
                .create(new NewAssessment("Chatbot", "Support bot", "Ana", "quick-check", 1))
                .id();
    }

    @AfterEach
    void close() {
        first.close();
        second.close();
    }

    private JdbcAssessmentRepository assessments(WorkbenchDatabase db, String name) {
        return new JdbcAssessmentRepository(db, clock, () -> new UserIdentity(name, "Assessor", ""));
    }

    private JdbcRegisterRepository registers(WorkbenchDatabase db, String name) {
        return new JdbcRegisterRepository(db, clock, () -> new UserIdentity(name, "Assessor", ""));
    }

    @Test
    void aStaleRenameIsRefusedAndTheOtherTitleKept() {
        JdbcAssessmentRepository ana = assessments(first, "Ana");
        JdbcAssessmentRepository ben = assessments(second, "Ben");
        assertEquals("Chatbot", ana.titleToEdit(id));
        assertEquals("Chatbot", ben.titleToEdit(id));
        clock.set(TestClock.NOW.plusSeconds(60));
        ana.rename(id, "Helpdesk chatbot");
        ana.rename(id, "Helpdesk chatbot, v2"); // one's own rename is not a colleague's

        ChangedElsewhere refused = assertThrows(ChangedElsewhere.class, () -> ben.rename(id, "Support chatbot"));
        assertEquals("Ana", refused.changedBy());
        assertEquals(TestClock.NOW.plusSeconds(60), refused.changedAt());
        assertEquals(Optional.of("Helpdesk chatbot, v2"), refused.theirs());
        assertEquals("Helpdesk chatbot, v2", ana.find(id).orElseThrow().title());

        assertEquals("Helpdesk chatbot, v2", ben.titleToEdit(id));
        ben.rename(id, "Support chatbot"); // read again, Ben's rename is based on Ana's title
        assertEquals("Support chatbot", ana.find(id).orElseThrow().title());
    }

    @Test
    void aStaleScoringMethodIsRefusedAndTheOtherKept() {
        JdbcRegisterRepository ana = registers(first, "Ana");
        JdbcRegisterRepository ben = registers(second, "Ben");
        ScoringMethod older = ScoringMethod.standard().withVersion(ScoringMethod.ADDITIVE);
        ana.saveMethod(id, older);
        assertEquals(Optional.of(older), ana.methodToEdit(id));
        assertEquals(Optional.of(older), ben.methodToEdit(id));
        clock.set(TestClock.NOW.plusSeconds(90));
        ana.saveMethod(id, ScoringMethod.standard());

        ChangedElsewhere refused = assertThrows(ChangedElsewhere.class, () -> ben.saveMethod(id, older));
        assertEquals("Ana", refused.changedBy());
        assertEquals(TestClock.NOW.plusSeconds(90), refused.changedAt());
        assertEquals(Optional.of(ScoringMethod.standard()), refused.theirs());
        assertEquals(Optional.of(ScoringMethod.standard()), ana.method(id));
    }
}
