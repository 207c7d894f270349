package org.airisk.workbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.airisk.workbench.assessment.Assessment;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.assessment.StorageException;
import org.airisk.workbench.comments.Comment;
import org.airisk.workbench.comments.CommentAnchor;
import org.airisk.workbench.comments.CommentBook;
import org.airisk.workbench.comments.Resolution;
import org.airisk.workbench.settings.UserIdentity;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Comments of every size up to the limit, in any script and with line breaks, read back the same after a restart. */
class JdbcCommentRepositoryTest {
    /** The library under test: a new H2 data folder here; a new database on PostgreSQL in the subclass. */
    WorkbenchDatabase openLibrary() {
        return WorkbenchDatabase.open(folder);
    }

    private static final UserIdentity ADA = new UserIdentity("Ada Lovelace \u00e9\u00e8", "Chair \u59d4\u54e1", "");

    @TempDir
    Path folder;

    private WorkbenchDatabase database;

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    private JdbcCommentRepository open() {
        database = openLibrary();
        return new JdbcCommentRepository(database, TestClock.FIXED);
    }

    private JdbcCommentRepository reopen() {
        database.close();
        return open();
    }

    private UUID assessment() {
        Assessment a = new JdbcAssessmentRepository(database, TestClock.FIXED)
                .create(new NewAssessment("Comments", "Chatbot", "Ann", "quick-check", 1));
        return a.id();
    }

    static Stream<Arguments> texts() {
        String ascii = "Line of a review comment, with a reason.\n";
        String multi = "\u98ce\u9669 \ud83d\ude00 v\u00e9rifi\u00e9e\r\n\t";
        return Stream.of(1, 100, 4_095, 4_096, 9_999, Comment.MAX_TEXT)
                .flatMap(n -> Stream.of(
                        Arguments.of("ascii", n, fill(ascii, n)), Arguments.of("multi-byte", n, fill(multi, n))));
    }

    /** Exactly n chars, never ending in half of a surrogate pair. */
    private static String fill(String line, int n) {
        StringBuilder b = new StringBuilder();
        while (b.length() < n) {
            b.append(line);
        }
        b.setLength(n);
        if (Character.isHighSurrogate(b.charAt(n - 1))) {
            b.setCharAt(n - 1, 'x');
        }
        return b.toString();
    }

    @ParameterizedTest(name = "{0} comment of {1} chars")
    @MethodSource("texts")
    void aCommentOfEverySizeSurvivesCloseAndReopen(String alphabet, int length, String text) {
        JdbcCommentRepository comments = open();
        UUID id = assessment();
        CommentBook book = new CommentBook(comments, TestClock.FIXED);
        Comment opening = book.comment(id, CommentAnchor.question("profile.purpose"), 3, text, ADA);
        book.resolve(opening.id(), text, ADA);

        comments = reopen();
        List<Comment> read = comments.comments(id);
        assertEquals(2, read.size());
        Comment back = comments.find(opening.id()).orElseThrow();
        assertEquals(length, back.text().length());
        assertEquals(text, back.text());
        assertEquals(opening.withResolution(new Resolution(true, ADA.name(), TestClock.NOW)), back);
        Comment reply = read.stream().filter(c -> !c.opensThread()).findFirst().orElseThrow();
        assertEquals(text, reply.text());
        assertEquals(opening.id(), reply.replyTo());
    }

    @Test
    void everyAnchorAndStateReadsBackAsWritten() {
        JdbcCommentRepository comments = open();
        UUID id = assessment();
        UUID item = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
        List<Comment> written = List.of(
                new Comment(
                        UUID.randomUUID(),
                        id,
                        CommentAnchor.WHOLE_ASSESSMENT,
                        null,
                        null,
                        "",
                        "",
                        TestClock.NOW,
                        "x",
                        null),
                new Comment(
                        UUID.randomUUID(),
                        id,
                        CommentAnchor.risk("x".repeat(CommentAnchor.MAX_TARGET)),
                        1,
                        null,
                        "n".repeat(Comment.MAX_NAME),
                        "r".repeat(Comment.MAX_NAME),
                        TestClock.NOW,
                        "y",
                        new Resolution(false, "Grace", TestClock.NOW.plus(Duration.ofDays(1)))),
                new Comment(
                        UUID.randomUUID(),
                        id,
                        CommentAnchor.planItem(item),
                        Integer.MAX_VALUE,
                        null,
                        "a",
                        "b",
                        TestClock.NOW,
                        "z",
                        new Resolution(true, "", TestClock.NOW)));
        comments.save(written);
        comments = reopen();
        assertEquals(
                written.stream().sorted(Comparator.comparing(Comment::id)).toList(),
                comments.comments(id).stream()
                        .sorted(Comparator.comparing(Comment::id))
                        .toList());
    }

    @Test
    void theColumnHoldsExactlyTheLimit() throws SQLException {
        open();
        try (PreparedStatement s = database.connection()
                        .prepareStatement(
                                "SELECT CHARACTER_MAXIMUM_LENGTH FROM "
                                        + "INFORMATION_SCHEMA.COLUMNS WHERE UPPER(TABLE_NAME) = 'REVIEW_COMMENT' AND UPPER(COLUMN_NAME) = 'BODY'");
                ResultSet rows = s.executeQuery()) {
            assertTrue(rows.next());
            assertEquals(Comment.MAX_TEXT, rows.getLong(1));
        }
    }

    @Test
    void aCommentOnAnAssessmentThatIsGoneIsRefusedAndNothingIsSaved() {
        JdbcCommentRepository comments = open();
        UUID id = assessment();
        Comment fine = new Comment(
                UUID.randomUUID(),
                id,
                CommentAnchor.WHOLE_ASSESSMENT,
                null,
                null,
                "",
                "",
                TestClock.NOW,
                "kept?",
                null);
        Comment lost = new Comment(
                UUID.randomUUID(),
                UUID.randomUUID(),
                CommentAnchor.WHOLE_ASSESSMENT,
                null,
                null,
                "",
                "",
                TestClock.NOW,
                "nowhere",
                null);
        StorageException e = assertThrows(StorageException.class, () -> comments.save(List.of(fine, lost)));
        assertTrue(e.getMessage().contains("the assessment no longer exists"), e.getMessage());
        assertEquals(List.of(), comments.comments(id), "one transaction: neither was saved");
    }

    @Test
    void commentsDoNotChangeWhenTheAssessmentWasLastUpdated() {
        JdbcCommentRepository comments = open();
        UUID id = assessment();
        JdbcAssessmentRepository assessments = new JdbcAssessmentRepository(database, TestClock.FIXED);
        var before = assessments.find(id).orElseThrow().updatedAt();
        new CommentBook(comments, Clock.offset(TestClock.FIXED, Duration.ofDays(3)))
                .comment(id, CommentAnchor.WHOLE_ASSESSMENT, null, "later", ADA);
        assertEquals(before, assessments.find(id).orElseThrow().updatedAt());
    }
}
