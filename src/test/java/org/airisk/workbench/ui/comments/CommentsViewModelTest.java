package org.airisk.workbench.ui.comments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.airisk.workbench.catalog.Mitigation;
import org.airisk.workbench.comments.CommentAnchor;
import org.airisk.workbench.comments.CommentBook;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.questionnairedata.TemplateLibrary;
import org.airisk.workbench.scoring.PlanItem;
import org.airisk.workbench.settings.UserIdentity;
import org.airisk.workbench.testing.MemoryComments;
import org.airisk.workbench.testing.TestClock;
import org.airisk.workbench.ui.ImmediateBackgroundWork;
import org.junit.jupiter.api.Test;

class CommentsViewModelTest {
    private static final QuestionnaireTemplate QUICK =
            TemplateLibrary.load(null).find("quick-check", 1).orElseThrow();
    private static final UUID ASSESSMENT = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final PlanItem ITEM = new PlanItem(
            UUID.fromString("00000000-0000-0000-0000-0000000000b1"),
            "",
            "Red-team the chatbot",
            List.of("atlas-jailbreaking"),
            1,
            1,
            Mitigation.Effort.M,
            PlanItem.Decision.ACCEPTED,
            "",
            "Dana",
            LocalDate.of(2026, 12, 1),
            PlanItem.Priority.HIGH,
            PlanItem.Status.PLANNED,
            "");
    private final MemoryComments store = new MemoryComments();
    private UserIdentity who = new UserIdentity("Ada Lovelace", "Chair", "");
    private final AnchorNames names = new AnchorNames(
            QUICK,
            id -> id.equals("atlas-jailbreaking") ? Optional.of("Jailbreaking") : Optional.empty(),
            () -> List.of(ITEM));
    private final CommentsViewModel model = new CommentsViewModel(
            ASSESSMENT, new CommentBook(store, TestClock.FIXED), () -> who, new ImmediateBackgroundWork(), names);

    private List<String> shown() {
        return model.rows().stream()
                .map(r -> r instanceof CommentsViewModel.Heading h
                        ? "# " + h.name() + " (" + h.open() + " open)"
                        : ((CommentsViewModel.ThreadRow) r).thread().opening().text())
                .toList();
    }

    @Test
    void anchorsAreShownByNameAndTheCommentGoesOnWhatTheAssessorLooksAt() {
        model.lookingAt(CommentAnchor.question("purpose_summary"));
        assertEquals(
                List.of(CommentAnchor.WHOLE_ASSESSMENT, CommentAnchor.question("purpose_summary")), model.anchors());
        assertEquals(
                CommentAnchor.question("purpose_summary"),
                model.anchorProperty().get());
        model.textProperty().set("Too vague.");
        model.comment();
        assertEquals("", model.textProperty().get(), "the box is cleared once saved");

        model.lookingAt(CommentAnchor.planItem(ITEM.id()));
        model.textProperty().set("Who books the team?");
        model.comment();
        model.lookingAt(CommentAnchor.risk("atlas-unknown"));
        model.textProperty().set("Not in our library?");
        model.comment();
        model.lookingAt(null);
        assertEquals(List.of(CommentAnchor.WHOLE_ASSESSMENT), model.anchors());
        model.textProperty().set("Overall fine.");
        model.comment();

        assertEquals(
                List.of(
                        "# The whole assessment (1 open)",
                        "Overall fine.",
                        "# Question: In one sentence, what does the AI system do? (1 open)",
                        "Too vague.",
                        "# Risk atlas-unknown (not in the risk library) (1 open)",
                        "Not in our library?",
                        "# Plan item: Red-team the chatbot (1 open)",
                        "Who books the team?"),
                shown());
        assertEquals(4, model.openCountProperty().get());
        assertEquals("Risk: Jailbreaking", model.name(CommentAnchor.risk("atlas-jailbreaking")));
        assertEquals("A plan item no longer in the plan", model.name(CommentAnchor.planItem(UUID.randomUUID())));
    }

    @Test
    void replyResolveAndReopenActOnTheSelectedThreadAndTheBadgeFollows() {
        model.textProperty().set("Scope?");
        model.comment();
        model.selectedProperty().set(((CommentsViewModel.ThreadRow) model.rows().get(1)).thread());

        model.resolve();
        assertEquals(
                "Reply to the comment first, or say why the thread is resolved.",
                model.messageProperty().get());
        assertEquals(1, model.openCountProperty().get());

        who = new UserIdentity("Grace Hopper", "Assessor", "");
        model.textProperty().set("Chatbot only.");
        model.reply();
        assertEquals("", model.messageProperty().get());
        assertEquals(1, model.selectedProperty().get().replies().size(), "still selected, now with the reply");
        assertEquals(
                "Grace Hopper, Assessor",
                model.selectedProperty().get().replies().get(0).byline());

        model.resolve();
        assertEquals(0, model.openCountProperty().get());
        assertTrue(model.selectedProperty().get().resolved());
        assertEquals("# The whole assessment (0 open)", shown().get(0));

        model.reopen();
        assertEquals(1, model.openCountProperty().get());
        assertFalse(model.selectedProperty().get().resolved());
    }

    @Test
    void refusalsAreSaidAndTheTextIsKept() {
        model.textProperty().set("x".repeat(10_001));
        model.comment();
        assertTrue(model.messageProperty().get().startsWith("A comment is kept to 10,000 characters"));
        assertEquals(10_001, model.textProperty().get().length(), "nothing typed is lost");
        model.reply();
        assertEquals("Select the thread to reply to.", model.messageProperty().get());
        assertNull(model.selectedProperty().get());
    }

    @Test
    void commentsAlreadyThereAreShownOnRefresh() {
        new CommentBook(store, TestClock.FIXED)
                .comment(ASSESSMENT, CommentAnchor.question("domain"), 2, "Which domain?", who);
        model.refresh();
        assertEquals(
                List.of("# Question: Which domain does the system mainly serve? (1 open)", "Which domain?"), shown());
        assertEquals(1, model.openCountProperty().get());
    }
}
