package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.scoring.PlanItem;
import org.airisk.workbench.settings.TeamServer;
import org.airisk.workbench.store.PostgresqlServer;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.PlanItems;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window on a team workspace shows a colleague's new assessment, and a colleague's change to the plan of
 * the assessment it has open, without being asked (ADR 0042).
 */
@ExtendWith(PostgresqlServer.class)
class ColleagueChangesGuiOnPostgresqlTest {
    @TempDir
    Path data;

    /** What Ana (a second connection) and the window do once the library shows her "Support bot". */
    private interface Flow {
        void run(WorkbenchServices ana, UUID supportBot) throws Exception;
    }

    /** Runs {@code before} ahead of the window, {@code flow} once its library shows. */
    private void inWindow(Flow before, Flow flow) throws Exception {
        PostgresqlServer.Database db = PostgresqlServer.newDatabase();
        TeamServer team = TeamServer.parse(db.url(), db.user()).withEncryption(TeamServer.Encryption.OFF);
        try (WorkbenchDatabase colleague = WorkbenchDatabase.openServer(db.url(), db.user(), new char[0])) {
            WorkbenchServices ana = WorkbenchServices.of(colleague, data.resolve("ana"), TestClock.FIXED);
            UUID id = ana.assessments()
                    .create(new NewAssessment("Support bot", "Bot", "Ana", "quick-check", 1))
                    .id();
            before.run(ana, id);
            Stage stage = FxToolkit.registerPrimaryStage();
            Workbench workbench = Workbench.openTeam(data, team, new char[0], TestClock.FIXED, GuiSession.FORMATS);
            try {
                CountDownLatch shown = new CountDownLatch(1);
                FxToolkit.setupFixture(() -> {
                    workbench.show(stage, shown::countDown);
                });
                assertTrue(shown.await(30, TimeUnit.SECONDS), "the library appeared");
                WaitForAsyncUtils.waitForFxEvents();
                flow.run(ana, id);
            } finally {
                FxToolkit.setupFixture(stage::hide);
                workbench.close();
            }
        }
    }

    @Test
    void theLibraryShowsAColleaguesNewAssessmentByItself() throws Exception {
        inWindow((ana, supportBot) -> {}, (ana, supportBot) -> {
            TableView<?> library = new FxRobot().lookup("#library-table").queryAs(TableView.class);
            assertEquals(1, library.getItems().size());

            ana.assessments().create(new NewAssessment("Credit scoring", "ScoreX", "Ana", "quick-check", 1));

            GuiSession.waitUntil(
                    "the colleague's assessment is listed",
                    () -> library.getItems().size() == 2,
                    GuiSession.STEP_WAIT);
        });
    }

    @Test
    void theOpenPlanShowsAColleaguesChangeToOneOfItsItems() throws Exception {
        PlanItem item = PlanItems.planned("Red-team the bot", "atlas-jailbreaking", "", null);
        inWindow((ana, id) -> ana.registers().savePlanItem(id, item), (ana, id) -> {
            var register = ana.registers();
            FxRobot robot = new FxRobot();
            robot.doubleClickOn("Support bot");
            GuiSession.waitUntil(
                    "the assessment is open",
                    () -> robot.lookup("#tab-plan").tryQuery().isPresent(),
                    GuiSession.STEP_WAIT);
            robot.clickOn("Mitigation plan");
            GuiSession.waitUntil(
                    "the plan shows Ana's item",
                    () -> robot.lookup("#plan-items").tryQuery().isPresent()
                            && owner(robot).equals(""),
                    GuiSession.STEP_WAIT);

            register.planToEdit(id);
            register.savePlanItem(id, item.withDetails("Dana", null, item.priority(), item.status(), item.notes()));

            GuiSession.waitUntil(
                    "the colleague's owner shows in the plan",
                    () -> owner(robot).equals("Dana"),
                    GuiSession.STEP_WAIT);
        });
    }

    private static String owner(FxRobot robot) {
        TableView<?> plan = robot.lookup("#plan-items").queryAs(TableView.class);
        return plan.getItems().size() == 1 ? ((PlanItem) plan.getItems().get(0)).owner() : "?";
    }
}
