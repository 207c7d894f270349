package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.airisk.workbench.comments.Comment;
import org.airisk.workbench.comments.CommentAnchor;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.JdbcCommentRepository;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;
import org.airisk.workbench.ui.Theme;
import org.airisk.workbench.ui.comments.CommentsViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The comments panel in the real window: a comment on the question in view, a reason, resolved, kept. */
class CommentsGuiTest {
    private static final String SAMPLE = "Sample: support assistant pre-launch check";

    @TempDir
    Path folder;

    @SuppressWarnings("unchecked")
    private static ListView<CommentsViewModel.Row> list(FxRobot robot) {
        return robot.lookup("#comments-list").queryAs(ListView.class);
    }

    private static String openCount(FxRobot robot) {
        return robot.lookup("#comments-open-count").queryAs(Label.class).getText();
    }

    @Test
    void aCommentOnTheQuestionInViewIsAddedResolvedWithAReasonAndKept() throws Exception {
        GuiSession gui = new GuiSession(folder).start();
        FxRobot robot = gui.robot;
        robot.doubleClickOn(SAMPLE);
        gui.waitUntil(
                "questionnaire",
                () -> robot.lookup("#assessment-tabs").tryQuery().isPresent());
        assertTrue(robot.lookup("#comments-show").tryQuery().isEmpty(), "no strip while there are no comments");

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M);
        gui.waitUntil(
                "the panel", () -> robot.lookup("#comments-panel").tryQuery().isPresent());
        robot.clickOn("#comments-text").write("Which users does this cover?\nAlso staff?");
        robot.clickOn("#comments-add");
        gui.waitUntil("the thread", () -> list(robot).getItems().size() == 2);
        assertEquals("1 open", openCount(robot));
        String heading = ((CommentsViewModel.Heading) list(robot).getItems().get(0)).name();
        assertTrue(heading.startsWith("Question: "), heading);

        robot.interact(() -> list(robot).getSelectionModel().select(1));
        robot.clickOn("#comments-text").write("Customers only; staff use another tool.");
        robot.clickOn("#comments-resolve");
        gui.waitUntil("resolved", () -> "0 open".equals(openCount(robot)));
        for (Theme theme : List.of(Theme.LIGHT, Theme.DARK)) {
            robot.interact(theme::apply);
            gui.screenshot("comments-panel-" + theme.name().toLowerCase(Locale.ROOT));
        }
        robot.interact(Theme.LIGHT::apply);
        robot.clickOn("#comments-hide");
        gui.waitUntil(
                "the strip again",
                () -> robot.lookup("#comments-show").tryQuery().isPresent());
        assertEquals(
                "Comments \u00b7 0 open",
                robot.lookup("#comments-show").queryButton().getText());
        gui.screenshot("comments-strip");
        gui.close();

        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder)) {
            UUID sample = new JdbcAssessmentRepository(db, TestClock.FIXED)
                    .list().stream()
                            .filter(a -> a.title().equals(SAMPLE))
                            .findFirst()
                            .orElseThrow()
                            .id();
            List<Comment> kept = new JdbcCommentRepository(db, TestClock.FIXED).comments(sample);
            assertEquals(2, kept.size());
            Comment opening =
                    kept.stream().filter(Comment::opensThread).findFirst().orElseThrow();
            assertEquals(CommentAnchor.Kind.QUESTION, opening.anchor().kind());
            assertEquals("Which users does this cover?\nAlso staff?", opening.text());
            assertTrue(opening.resolved());
        }
    }
}
