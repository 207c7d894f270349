package org.airisk.workbench.exchangedata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.airisk.workbench.comments.Comment;
import org.airisk.workbench.comments.CommentAnchor;
import org.airisk.workbench.comments.CommentBook;
import org.airisk.workbench.exchange.PackageStore;
import org.airisk.workbench.exchange.PackagedAssessment;
import org.airisk.workbench.questionnairedata.TemplateLibrary;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.settings.UserIdentity;
import org.airisk.workbench.store.JdbcCommentRepository;
import org.airisk.workbench.store.JdbcPackageStore;
import org.airisk.workbench.store.JdbcRegisterRepository;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Comments travel in packages, outside the content hash, and a round trip back merges them without duplicates. */
class PackageCommentsTest {
    private static final TemplateLibrary TEMPLATES = TemplateLibrary.load(null);
    private static final UserIdentity BOARD = new UserIdentity("Ada Lovelace", "Chair", "Ethics Board");
    private static final UserIdentity AUTHOR = new UserIdentity("Grace Hopper", "Assessor", "");

    @TempDir
    Path dir;

    private static AssessmentPackages packages(WorkbenchDatabase db) {
        return new AssessmentPackages(new JdbcPackageStore(db, TestClock.FIXED), TEMPLATES, TestClock.FIXED);
    }

    private static CommentBook book(WorkbenchDatabase db, Duration later) {
        return new CommentBook(new JdbcCommentRepository(db, TestClock.FIXED), Clock.offset(TestClock.FIXED, later));
    }

    private static String hash(WorkbenchDatabase db, UUID id) {
        PackagedAssessment p =
                new JdbcPackageStore(db, TestClock.FIXED).read(List.of(id)).get(0);
        return ContentHash.of(p, ScoringMethod.standard());
    }

    private static List<Comment> sorted(List<Comment> comments) {
        return comments.stream().sorted(Comparator.comparing(Comment::id)).toList();
    }

    private static UUID importInto(WorkbenchDatabase db, Path file, PackageStore.Conflict conflict) {
        AssessmentPackages.Preview preview = packages(db).preview(file);
        assertTrue(preview.ok(), preview.problems().toString());
        return packages(db).apply(preview, conflict).get(0);
    }

    @Test
    void commentsTravelAndLeaveTheHashAsItWas() throws Exception {
        Path without = dir.resolve("without.airisk.json");
        Path with = dir.resolve("with.airisk.json");
        UUID id;
        String hashBefore;
        List<Comment> written;
        try (WorkbenchDatabase db = WorkbenchDatabase.open(dir.resolve("consultant"))) {
            id = AssessmentPackagesTest.fill(db);
            packages(db).export(List.of(id), without);
            hashBefore = hash(db, id);
            UUID item = new JdbcRegisterRepository(db, TestClock.FIXED)
                    .plan(id)
                    .items()
                    .get(0)
                    .id();
            CommentBook book = book(db, Duration.ZERO);
            Comment q = book.comment(
                    id, CommentAnchor.question("profile_purpose"), 1, "Which tenants?\n\u2013 all?", BOARD);
            book.comment(id, CommentAnchor.risk("atlas-hallucination"), null, "Rated \ud83d\ude00 low", BOARD);
            Comment p = book.comment(id, CommentAnchor.planItem(item), null, "Who books it?", BOARD);
            book.comment(id, CommentAnchor.WHOLE_ASSESSMENT, null, "x".repeat(Comment.MAX_TEXT), BOARD);
            book(db, Duration.ofMinutes(1)).reply(q.id(), "All of them.", AUTHOR);
            book(db, Duration.ofMinutes(2)).resolve(p.id(), "Dana books it.", AUTHOR);
            assertEquals(hashBefore, hash(db, id), "comments are not content");
            packages(db).export(List.of(id), with);
            written = new JdbcCommentRepository(db, TestClock.FIXED).comments(id);
        }
        assertFalse(Files.readString(without).contains("\"comments\""), "left out when there are none");
        assertTrue(Files.readString(with).contains("\"comments\""));
        assertEquals(6, written.size());

        try (WorkbenchDatabase db = WorkbenchDatabase.open(dir.resolve("board"))) {
            UUID imported = importInto(db, with, PackageStore.Conflict.KEEP_BOTH);
            assertEquals(id, imported);
            assertEquals(sorted(written), sorted(new JdbcCommentRepository(db, TestClock.FIXED).comments(imported)));
            assertEquals(hashBefore, hash(db, imported), "same hash on the other machine");
        }
        PackageFormat.Read old = new PackageFormat().read(Files.readString(without));
        assertTrue(old.ok(), old.problems().toString());
        assertEquals(List.of(), old.assessments().get(0).comments(), "a package without comments reads as before");
    }

    @Test
    void aPackageBackFromTheBoardMergesCommentsWithTheLibrarysOnes() throws Exception {
        Path out = dir.resolve("out.airisk.json");
        Path back = dir.resolve("back.airisk.json");
        try (WorkbenchDatabase consultant = WorkbenchDatabase.open(dir.resolve("consultant"))) {
            UUID id = AssessmentPackagesTest.fill(consultant);
            Comment mine = book(consultant, Duration.ZERO)
                    .comment(id, CommentAnchor.WHOLE_ASSESSMENT, null, "Please look at section 2 first.", AUTHOR);
            packages(consultant).export(List.of(id), out);
            Comment afterExport = book(consultant, Duration.ofMinutes(1))
                    .comment(id, CommentAnchor.question("profile_domain"), null, "Local note after export.", AUTHOR);

            try (WorkbenchDatabase board = WorkbenchDatabase.open(dir.resolve("board"))) {
                importInto(board, out, PackageStore.Conflict.KEEP_BOTH);
                CommentBook boardBook = book(board, Duration.ofHours(1));
                boardBook.reply(mine.id(), "Done.", BOARD);
                boardBook.resolve(mine.id(), null, BOARD);
                boardBook.comment(id, CommentAnchor.risk("atlas-jailbreaking"), 1, "Red-team results?", BOARD);
                packages(board).export(List.of(id), back);
            }

            importInto(consultant, back, PackageStore.Conflict.REPLACE);
            List<Comment> merged = new JdbcCommentRepository(consultant, TestClock.FIXED).comments(id);
            // the library's two (one written after the export) and the board's reply and new thread
            assertEquals(4, merged.size(), merged.toString());
            assertEquals(
                    merged.size(),
                    merged.stream().map(Comment::id).collect(Collectors.toSet()).size(),
                    "no duplicates");
            assertTrue(merged.contains(afterExport), "local work since the export is kept");
            assertTrue(
                    merged.stream()
                            .filter(c -> c.id().equals(mine.id()))
                            .findFirst()
                            .orElseThrow()
                            .resolved(),
                    "the board's resolution came back");

            importInto(consultant, back, PackageStore.Conflict.REPLACE);
            assertEquals(
                    sorted(merged),
                    sorted(new JdbcCommentRepository(consultant, TestClock.FIXED).comments(id)),
                    "importing the same package twice changes nothing");
        }
    }

    @Test
    void aCopyKeptBesideTheOriginalHasCommentsOfItsOwnOnItsOwnPlanItems() throws Exception {
        Path out = dir.resolve("out.airisk.json");
        try (WorkbenchDatabase db = WorkbenchDatabase.open(dir.resolve("one"))) {
            UUID id = AssessmentPackagesTest.fill(db);
            UUID item = new JdbcRegisterRepository(db, TestClock.FIXED)
                    .plan(id)
                    .items()
                    .get(0)
                    .id();
            Comment opening = book(db, Duration.ZERO).comment(id, CommentAnchor.planItem(item), null, "When?", BOARD);
            book(db, Duration.ofMinutes(1)).reply(opening.id(), "December.", AUTHOR);
            packages(db).export(List.of(id), out);

            UUID copy = importInto(db, out, PackageStore.Conflict.KEEP_BOTH);
            assertNotEquals(id, copy);
            List<Comment> copied = new JdbcCommentRepository(db, TestClock.FIXED).comments(copy);
            assertEquals(2, copied.size());
            Set<UUID> originalIds = Set.of(opening.id());
            assertTrue(copied.stream().noneMatch(c -> originalIds.contains(c.id())), "ids of their own");
            Set<String> copyItems = new JdbcRegisterRepository(db, TestClock.FIXED)
                    .plan(copy).items().stream().map(i -> i.id().toString()).collect(Collectors.toSet());
            assertTrue(
                    copied.stream().allMatch(c -> copyItems.contains(c.anchor().target())),
                    "anchored to the copy's plan items");
            Comment reply =
                    copied.stream().filter(c -> !c.opensThread()).findFirst().orElseThrow();
            assertTrue(copied.stream().anyMatch(c -> c.id().equals(reply.replyTo())), "still one thread");
            assertEquals(
                    2,
                    new JdbcCommentRepository(db, TestClock.FIXED).comments(id).size(),
                    "the original keeps its own");
        }
    }
}
