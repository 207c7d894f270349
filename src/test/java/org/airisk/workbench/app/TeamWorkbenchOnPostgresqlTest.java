package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.assessment.UnsavedChanges;
import org.airisk.workbench.settings.TeamServer;
import org.airisk.workbench.store.PostgresqlServer;
import org.airisk.workbench.store.UnsavedChangesFile;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Opening team workspaces: what one server's session leaves for the next, and what colleagues keep. */
@ExtendWith(PostgresqlServer.class)
class TeamWorkbenchOnPostgresqlTest {
    @TempDir
    Path data;

    private static WorkbenchDatabase open(PostgresqlServer.Database db) {
        return WorkbenchDatabase.openServer(db.url(), db.user(), new char[0]);
    }

    private static TeamServer team(PostgresqlServer.Database db) {
        return TeamServer.parse(db.url(), db.user()).withEncryption(TeamServer.Encryption.OFF);
    }

    @Test
    void changesJournaledForOneServerSurviveOpeningAnother() {
        PostgresqlServer.Database first = PostgresqlServer.newDatabase();
        PostgresqlServer.Database second = PostgresqlServer.newDatabase();
        UUID id;
        try (WorkbenchDatabase a = open(first)) {
            id = WorkbenchServices.of(a, data, TestClock.FIXED)
                    .assessments()
                    .create(new NewAssessment("Support bot", "Bot", "Ana", "quick-check", 1))
                    .id();
            new UnsavedChangesFile(TeamJournal.folder(data, a))
                    .keep(id, List.of(UnsavedChanges.Change.note(id, "q1", "typed while the server was down")));
        }
        try (Workbench onSecond =
                Workbench.openTeam(data, team(second), new char[0], TestClock.FIXED, GuiSession.FORMATS)) {
            assertEquals(0, onSecond.restoredChanges());
        }
        try (WorkbenchDatabase a = open(first)) {
            assertEquals(
                    1,
                    new UnsavedChangesFile(TeamJournal.folder(data, a)).read().size(),
                    "the first server's changes wait for it");
        }
        try (Workbench onFirst =
                Workbench.openTeam(data, team(first), new char[0], TestClock.FIXED, GuiSession.FORMATS)) {
            assertEquals(1, onFirst.restoredChanges());
        }
    }

    @Test
    void openingATeamWorkspaceLeavesWhatAColleagueDeletedForTheirUndo() {
        PostgresqlServer.Database db = PostgresqlServer.newDatabase();
        try (WorkbenchDatabase anas = open(db)) {
            var ana = WorkbenchServices.of(anas, data.resolve("ana"), TestClock.FIXED)
                    .assessments();
            UUID id = ana.create(new NewAssessment("Support bot", "Bot", "Ana", "quick-check", 1))
                    .id();
            ana.delete(id);
            try (Workbench ben = Workbench.openTeam(
                    data.resolve("ben"), team(db), new char[0], TestClock.FIXED, GuiSession.FORMATS)) {
                assertDoesNotThrow(() -> ana.restore(id), "Ana's undo still has the assessment to bring back");
            }
            assertEquals("Support bot", ana.find(id).orElseThrow().title());
        }
    }
}
