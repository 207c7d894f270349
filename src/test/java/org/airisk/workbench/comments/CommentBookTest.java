package org.airisk.workbench.comments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.airisk.workbench.settings.UserIdentity;
import org.airisk.workbench.testing.MemoryComments;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.Test;

class CommentBookTest {
    private static final UserIdentity REVIEWER = new UserIdentity("Ada Lovelace", "Chair", "Ethics Board");
    private static final UserIdentity AUTHOR = new UserIdentity("Grace Hopper", "Assessor", "");
    private static final UUID ASSESSMENT = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private final MemoryComments store = new MemoryComments();
    private final TestClock.Settable clock = new TestClock.Settable();
    private final CommentBook book = new CommentBook(store, clock);

    private void later() {
        clock.set(clock.instant().plus(Duration.ofMinutes(5)));
    }

    @Test
    void aReplyJoinsTheThreadOfWhatItAnswersEvenAReply() {
        Comment opening = book.comment(ASSESSMENT, CommentAnchor.question("Q1"), 2, "Why this answer?", REVIEWER);
        later();
        Comment reply = book.reply(opening.id(), "Because of the pilot.", AUTHOR);
        later();
        Comment replyToReply = book.reply(reply.id(), "Which pilot?", REVIEWER);

        assertEquals(opening.id(), reply.replyTo());
        assertEquals(opening.id(), replyToReply.replyTo(), "a reply to a reply stays in the same thread");
        assertEquals(CommentAnchor.question("Q1"), replyToReply.anchor());
        assertEquals(2, replyToReply.version(), "replies are on the version their thread is on");
        CommentThreads threads = book.threads(ASSESSMENT);
        assertEquals(1, threads.all().size());
        assertEquals(List.of(reply, replyToReply), threads.all().get(0).replies());
        assertEquals("Ada Lovelace", opening.author());
        assertEquals("Chair", opening.authorRole());
        assertEquals(TestClock.NOW, opening.writtenAt());
    }

    @Test
    void resolvingNeedsAReplyOrAReason() {
        Comment opening = book.comment(ASSESSMENT, CommentAnchor.risk("R-bias"), null, "Rated too low.", REVIEWER);

        CommentBook.CommentRefused refused =
                assertThrows(CommentBook.CommentRefused.class, () -> book.resolve(opening.id(), "  ", AUTHOR));
        assertEquals("Reply to the comment first, or say why the thread is resolved.", refused.getMessage());
        assertFalse(store.find(opening.id()).orElseThrow().resolved());

        later();
        book.resolve(opening.id(), "Raised to high after the bias test.", AUTHOR);
        CommentThread thread = book.threads(ASSESSMENT).all().get(0);
        assertTrue(thread.resolved());
        assertEquals(
                "Raised to high after the bias test.", thread.replies().get(0).text(), "the reason is kept as a reply");
        assertEquals("Grace Hopper", thread.opening().resolution().by());
        assertEquals(
                TestClock.NOW.plus(Duration.ofMinutes(5)),
                thread.opening().resolution().at());
    }

    @Test
    void aThreadWithAReplyResolvesWithoutAReasonAndOneCallIsOneSave() {
        Comment opening = book.comment(ASSESSMENT, CommentAnchor.WHOLE_ASSESSMENT, null, "Scope?", REVIEWER);
        book.reply(opening.id(), "Chatbot only.", AUTHOR);
        int before = store.saves();
        book.resolve(opening.id(), null, AUTHOR);
        assertEquals(before + 1, store.saves());
        assertTrue(book.threads(ASSESSMENT).all().get(0).resolved());
        assertEquals(1, book.threads(ASSESSMENT).all().get(0).replies().size(), "no empty reply added");
    }

    @Test
    void aResolvedThreadCanBeReopenedAndResolvedAgain() {
        Comment opening = book.comment(ASSESSMENT, CommentAnchor.WHOLE_ASSESSMENT, null, "Scope?", REVIEWER);
        book.resolve(opening.id(), "Answered in section 1.", AUTHOR);
        assertThrows(CommentBook.CommentRefused.class, () -> book.resolve(opening.id(), "again", AUTHOR));
        later();
        book.reopen(opening.id(), REVIEWER);
        Comment reopened = store.find(opening.id()).orElseThrow();
        assertFalse(reopened.resolved());
        assertEquals("Ada Lovelace", reopened.resolution().by(), "who re-opened it is kept");
        assertThrows(CommentBook.CommentRefused.class, () -> book.reopen(opening.id(), REVIEWER));
        book.resolve(opening.id(), null, AUTHOR);
        assertTrue(store.find(opening.id()).orElseThrow().resolved());
    }

    @Test
    void reopeningThroughAReplyReopensItsThread() {
        Comment opening = book.comment(ASSESSMENT, CommentAnchor.WHOLE_ASSESSMENT, null, "Scope?", REVIEWER);
        Comment reply = book.reply(opening.id(), "Chatbot only.", AUTHOR);
        book.resolve(reply.id(), null, AUTHOR);
        assertTrue(store.find(opening.id()).orElseThrow().resolved());
        book.reopen(reply.id(), REVIEWER);
        assertFalse(store.find(opening.id()).orElseThrow().resolved());
    }

    @Test
    void textUpToTheLimitIsKeptAndLongerIsRefusedWithAMessage() {
        String longest = "é\n".repeat(Comment.MAX_TEXT / 2);
        assertEquals(
                Comment.MAX_TEXT,
                book.comment(ASSESSMENT, CommentAnchor.WHOLE_ASSESSMENT, null, longest, REVIEWER)
                        .text()
                        .length());
        CommentBook.CommentRefused refused = assertThrows(
                CommentBook.CommentRefused.class,
                () -> book.comment(ASSESSMENT, CommentAnchor.WHOLE_ASSESSMENT, null, longest + "x", REVIEWER));
        assertEquals(
                "A comment is kept to 10,000 characters; this one has 10,001. Shorten it or split it into "
                        + "replies.",
                refused.getMessage());
        assertEquals(
                "Write something: a comment cannot be empty.",
                assertThrows(
                                CommentBook.CommentRefused.class,
                                () -> book.comment(ASSESSMENT, CommentAnchor.WHOLE_ASSESSMENT, null, " \n ", REVIEWER))
                        .getMessage());
        assertThrows(
                CommentBook.CommentRefused.class,
                () -> book.comment(ASSESSMENT, CommentAnchor.WHOLE_ASSESSMENT, null, "bell\u0007", REVIEWER));
    }

    @Test
    void anUnknownCommentIsNamedPlainly() {
        UUID none = UUID.fromString("00000000-0000-0000-0000-00000000dead");
        assertTrue(assertThrows(CommentBook.CommentRefused.class, () -> book.resolve(none, "x", AUTHOR))
                .getMessage()
                .startsWith("There is no comment " + none + " in this library"));
    }

    @Test
    void anAnonymousUserIsRecordedAsUnnamed() {
        Comment c = book.comment(ASSESSMENT, CommentAnchor.WHOLE_ASSESSMENT, null, "Hi", UserIdentity.UNKNOWN);
        assertEquals("Unnamed user", c.byline());
    }
}
