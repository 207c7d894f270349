package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.settings.TeamServer;
import org.airisk.workbench.store.PostgresqlServer;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real window on a team workspace shows a colleague's new assessment without being asked (ADR 0042). */
@ExtendWith(PostgresqlServer.class)
class ColleagueChangesGuiOnPostgresqlTest {
    @TempDir
    Path data;

    @Test
    void theLibraryShowsAColleaguesNewAssessmentByItself() throws Exception {
        PostgresqlServer.Database db = PostgresqlServer.newDatabase();
        TeamServer team = TeamServer.parse(db.url(), db.user()).withEncryption(TeamServer.Encryption.OFF);
        try (WorkbenchDatabase colleague = WorkbenchDatabase.openServer(db.url(), db.user(), new char[0])) {
            WorkbenchServices ana = WorkbenchServices.of(colleague, data.resolve("ana"), TestClock.FIXED);
            ana.assessments().create(new NewAssessment("Support bot", "Bot", "Ana", "quick-check", 1));
            Stage stage = FxToolkit.registerPrimaryStage();
            Workbench workbench = Workbench.openTeam(data, team, new char[0], TestClock.FIXED, GuiSession.FORMATS);
            try {
                CountDownLatch shown = new CountDownLatch(1);
                FxToolkit.setupFixture(() -> {
                    workbench.show(stage, shown::countDown);
                });
                assertTrue(shown.await(30, TimeUnit.SECONDS), "the library appeared");
                WaitForAsyncUtils.waitForFxEvents();
                TableView<?> library = new FxRobot().lookup("#library-table").queryAs(TableView.class);
                assertEquals(1, library.getItems().size());

                ana.assessments().create(new NewAssessment("Credit scoring", "ScoreX", "Ana", "quick-check", 1));

                GuiSession.waitUntil(
                        "the colleague's assessment is listed",
                        () -> library.getItems().size() == 2,
                        GuiSession.STEP_WAIT);
            } finally {
                FxToolkit.setupFixture(stage::hide);
                workbench.close();
            }
        }
    }
}
