package org.airisk.workbench.comments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.Test;

class CommentThreadsTest {
    private static final UUID A = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final UUID ITEM = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
    private int next;

    private Comment comment(CommentAnchor on, Comment replyTo, int minute, Resolution resolution) {
        return new Comment(
                new UUID(0, ++next),
                A,
                on,
                null,
                replyTo == null ? null : replyTo.id(),
                "Ada",
                "",
                TestClock.NOW.plus(Duration.ofMinutes(minute)),
                "text " + next,
                resolution);
    }

    @Test
    void threadsAreGroupedByAnchorWithTheWholeAssessmentFirstAndCounted() {
        Comment onRisk = comment(CommentAnchor.risk("R1"), null, 1, null);
        Comment onQuestionLate = comment(CommentAnchor.question("Q2"), null, 9, null);
        Comment onQuestion =
                comment(CommentAnchor.question("Q1"), null, 2, new Resolution(true, "Grace", TestClock.NOW));
        Comment onWhole = comment(CommentAnchor.WHOLE_ASSESSMENT, null, 5, null);
        Comment onPlan = comment(CommentAnchor.planItem(ITEM), null, 0, null);
        Comment reply = comment(CommentAnchor.risk("R1"), onRisk, 3, null);
        CommentThreads threads = CommentThreads.of(List.of(reply, onRisk, onQuestionLate, onQuestion, onWhole, onPlan));

        assertEquals(
                List.of(
                        CommentAnchor.WHOLE_ASSESSMENT,
                        CommentAnchor.question("Q1"),
                        CommentAnchor.question("Q2"),
                        CommentAnchor.risk("R1"),
                        CommentAnchor.planItem(ITEM)),
                List.copyOf(threads.byAnchor().keySet()));
        assertEquals(4, threads.openCount());
        assertEquals(1, threads.resolvedCount());
        assertEquals(List.of(reply), threads.threadOf(reply.id()).orElseThrow().replies());
    }

    @Test
    void aReplyWhoseThreadIsMissingIsStillShown() {
        Comment lost = new Comment(
                UUID.randomUUID(),
                A,
                CommentAnchor.WHOLE_ASSESSMENT,
                null,
                UUID.randomUUID(),
                "Ada",
                "",
                Instant.EPOCH,
                "orphan",
                null);
        assertEquals(1, CommentThreads.of(List.of(lost)).all().size());
    }

    @Test
    void anchorsParseAsTheCommandLineWritesThem() {
        assertEquals(CommentAnchor.question("Q1"), CommentAnchor.parse("question:Q1"));
        assertEquals(CommentAnchor.WHOLE_ASSESSMENT, CommentAnchor.parse("assessment"));
        assertEquals(
                CommentAnchor.planItem(ITEM),
                CommentAnchor.parse("plan:" + ITEM.toString().toUpperCase()));
        assertEquals("risk:R 1", CommentAnchor.parse("risk:R 1").toString());
        assertEquals(
                "\"note\" is not something a comment can be on; use assessment, question, risk or plan.",
                assertThrows(IllegalArgumentException.class, () -> CommentAnchor.parse("note:x"))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> CommentAnchor.parse("plan:not-a-uuid"));
        assertThrows(IllegalArgumentException.class, () -> CommentAnchor.parse("question"));
    }

    @Test
    void mergingKeepsEachCommentOnceWithTheLaterThreadState() {
        Comment open = comment(CommentAnchor.WHOLE_ASSESSMENT, null, 0, null);
        Comment resolvedThere = open.withResolution(new Resolution(true, "Grace", TestClock.NOW));
        Comment reopenedHere =
                open.withResolution(new Resolution(false, "Ada", TestClock.NOW.plus(Duration.ofHours(1))));
        Comment mineOnly = comment(CommentAnchor.question("Q1"), null, 1, null);
        Comment theirsOnly = comment(CommentAnchor.question("Q2"), null, 2, null);

        assertEquals(
                List.of(resolvedThere, mineOnly, theirsOnly),
                CommentMerge.of(List.of(open, mineOnly), List.of(resolvedThere, theirsOnly)));
        assertEquals(List.of(reopenedHere), CommentMerge.of(List.of(reopenedHere), List.of(resolvedThere)));
    }
}
