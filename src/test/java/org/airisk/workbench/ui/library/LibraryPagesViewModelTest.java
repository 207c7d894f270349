package org.airisk.workbench.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.airisk.workbench.assessment.AssessmentStatus;
import org.airisk.workbench.assessment.AssessmentSummary;
import org.airisk.workbench.assessment.StorageException;
import org.airisk.workbench.questionnairedata.TemplateLibrary;
import org.airisk.workbench.review.LibraryPages;
import org.airisk.workbench.review.ReviewStage;
import org.airisk.workbench.ui.BackgroundWork;
import org.airisk.workbench.ui.ImmediateBackgroundWork;
import org.airisk.workbench.ui.QueuedBackgroundWork;
import org.junit.jupiter.api.Test;

/** The library reads pages, not the whole library: on a library in memory that records what it was asked. */
class LibraryPagesViewModelTest {

    /** A library of numbered assessments, matching a query by the words in the title; counts what it is asked. */
    private static final class FakePages implements LibraryPages {
        final List<Row> all = new ArrayList<>();
        final List<String> asked = new ArrayList<>();
        RuntimeException failure;
        /** As the database does for a search finding more than a page: rows now, the number from count() later. */
        boolean countLater;

        RuntimeException countFailure;

        FakePages(int size) {
            for (int i = 0; i < size; i++) {
                all.add(new Row(
                        new AssessmentSummary(
                                new UUID(0, i),
                                "Assessment " + i + (i % 10 == 0 ? " fraud" : ""),
                                "System " + i,
                                "Owner",
                                "quick-check",
                                1,
                                AssessmentStatus.NOT_STARTED,
                                0,
                                Instant.EPOCH.plusSeconds(size - i)),
                        i % 3 == 0 ? ReviewStage.APPROVED : ReviewStage.DRAFT));
            }
        }

        private List<Row> found(Query query) {
            if (failure != null) {
                throw failure;
            }
            return all.stream()
                    .filter(r -> query.stage() == null || r.stage() == query.stage())
                    .filter(r -> query.words().stream()
                            .allMatch(w -> r.summary().title().toLowerCase().contains(w.text())))
                    .toList();
        }

        @Override
        public int count(Query query) {
            asked.add("count");
            if (countFailure != null) {
                throw countFailure;
            }
            return found(query).size();
        }

        @Override
        public List<Row> rows(Query query, Order order, int offset, int limit) {
            asked.add("rows "
                    + (order.equals(Order.NEWEST) ? "" : order.column() + (order.ascending() ? " up " : " down "))
                    + offset + "+" + limit);
            List<Row> found = new ArrayList<>(found(query));
            if (order.column() == Column.TITLE) {
                Comparator<Row> byTitle = Comparator.comparing(r -> r.summary().title());
                found.sort(order.ascending() ? byTitle : byTitle.reversed());
            }
            return found.subList(Math.min(offset, found.size()), Math.min(offset + limit, found.size()));
        }

        @Override
        public Page read(Query query, Order order, int offset, int limit) {
            if (!countLater || query.words().isEmpty()) {
                return LibraryPages.super.read(query, order, offset, limit);
            }
            List<Row> rows = rows(query, order, offset, limit);
            return rows.size() < limit
                    ? new Page(rows, offset + rows.size())
                    : new Page(rows, offset + rows.size() + 1, false);
        }
    }

    /**
     * Background work in the two steps it takes in the window: the work on the worker, then its outcome handed to
     * the FX thread, which may have moved on in between.
     */
    private static final class TwoSteps implements BackgroundWork {
        private final Deque<Runnable> work = new ArrayDeque<>();
        private final Deque<Runnable> outcomes = new ArrayDeque<>();

        @Override
        public <T> void submit(Callable<T> task, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            work.add(() -> {
                try {
                    T value = task.call();
                    outcomes.add(() -> onSuccess.accept(value));
                } catch (Exception e) {
                    outcomes.add(() -> onFailure.accept(e));
                }
            });
        }

        void work() {
            work.remove().run();
        }

        void deliver() {
            outcomes.remove().run();
        }

        /** One piece of work and its outcome. */
        void step() {
            work();
            deliver();
        }
    }

    private final FakePages pages = new FakePages(500);
    private final LibraryViewModel model =
            new LibraryViewModel(null, pages, TemplateLibrary.load(null), new ImmediateBackgroundWork(), id -> {});

    /** A model on a library that, as the database does, leaves a search finding many to be counted after its page. */
    private LibraryViewModel countingLater(BackgroundWork work) {
        pages.countLater = true;
        return new LibraryViewModel(null, pages, TemplateLibrary.load(null), work, id -> {});
    }

    private List<String> titles() {
        return model.shownRows().stream().map(AssessmentRow::title).toList();
    }

    @Test
    void theFirstPageIsShownWithHowManyThereAreInAll() {
        model.refresh();
        assertEquals(LibraryViewModel.PAGE, model.shownRows().size());
        assertEquals(500, model.totalCount());
        assertEquals("Assessment 0 fraud", titles().get(0), "newest first, as the store hands them over");
        assertTrue(model.canLoadMoreProperty().get());
        assertEquals(List.of("rows 0+200", "count"), pages.asked, "one page read, not the library");
    }

    @Test
    void loadMoreAddsTheNextPageUntilAllAreShown() {
        model.refresh();
        model.loadMore();
        assertEquals(400, model.shownRows().size());
        assertEquals("Assessment 201", titles().get(201));
        model.loadMore();
        assertEquals(500, model.shownRows().size());
        assertEquals("Assessment 499", titles().get(499));
        assertFalse(model.canLoadMoreProperty().get());
        int asked = pages.asked.size();
        model.loadMore();
        assertEquals(asked, pages.asked.size(), "nothing more to read, nothing asked");
    }

    @Test
    void aNewSearchStartsAgainAtTheFirstPage() {
        model.refresh();
        model.loadMore();
        pages.asked.clear();
        model.searchProperty().set("fraud");
        assertEquals(50, model.totalCount());
        assertEquals(50, model.shownRows().size());
        assertTrue(titles().stream().allMatch(t -> t.endsWith("fraud")));
        assertEquals(List.of("rows 0+200"), pages.asked, "from the first row, one page; short, so no count");
        model.searchProperty().set("");
        assertEquals(LibraryViewModel.PAGE, model.shownRows().size(), "back to one page, not the 400 read before");
    }

    /** ADR 0050: the rows of a search that finds many come first, their number when counted, in the background. */
    @Test
    void aSearchThatFindsManyShowsItsRowsAtOnceAndTheirNumberOnceCounted() {
        QueuedBackgroundWork queue = new QueuedBackgroundWork();
        LibraryViewModel later = countingLater(queue);
        later.searchProperty().set("assessment");
        assertTrue(queue.runNext());
        assertEquals(LibraryViewModel.PAGE, later.shownRows().size(), "the rows, before the count");
        assertFalse(later.totalExactProperty().get());
        assertTrue(later.countingProperty().get());
        assertEquals(LibraryViewModel.PAGE + 1, later.totalCount(), "at least one more than shown");
        assertTrue(later.canLoadMoreProperty().get());
        assertTrue(queue.runNext());
        assertTrue(later.totalExactProperty().get());
        assertFalse(later.countingProperty().get());
        assertEquals(500, later.totalCount());

        later.loadMore();
        queue.runAll();
        assertEquals(400, later.shownRows().size());
        assertEquals(500, later.totalCount(), "a next page that is not counted keeps the number counted");
        assertTrue(later.totalExactProperty().get());
        assertEquals(1, pages.asked.stream().filter("count"::equals).count(), "counted once");

        pages.asked.clear();
        later.searchProperty().set("a");
        later.searchProperty().set("as");
        queue.runAll();
        assertEquals(List.of("rows 0+200", "rows 0+200", "count"), pages.asked, "a search typed over is not counted");
        assertEquals(500, later.totalCount());
        assertTrue(later.totalExactProperty().get());

        pages.asked.clear();
        later.searchProperty().set("ass");
        assertTrue(queue.runNext());
        later.searchProperty().set("fraud");
        queue.runAll();
        assertEquals(List.of("rows 0+200", "rows 0+200"), pages.asked, "the count of the search typed over is skipped");
        assertEquals(50, later.totalCount());
        assertTrue(later.totalExactProperty().get(), "the short page is counted as read");
        assertFalse(later.countingProperty().get());
    }

    /**
     * The same search read again (after a save, as background scoring does after each batch; in another order)
     * keeps its number on screen, instead of going back to "more than" each time, and is counted again quietly.
     */
    @Test
    void aSearchReadAgainKeepsItsNumberWhileItIsCountedAgain() {
        QueuedBackgroundWork queue = new QueuedBackgroundWork();
        LibraryViewModel later = countingLater(queue);
        later.searchProperty().set("assessment");
        queue.runAll();
        assertEquals(500, later.totalCount());
        List<Boolean> uncounted = new ArrayList<>();
        later.totalExactProperty().addListener((obs, was, exact) -> uncounted.add(!exact));
        later.countingProperty().addListener((obs, was, now) -> uncounted.add(now));

        pages.all.addAll(new FakePages(510).all.subList(500, 510)); // ten more saved meanwhile
        later.updateFigures();
        assertTrue(queue.runNext());
        assertEquals(500, later.totalCount(), "the number shown until counted again");
        assertTrue(queue.runNext());
        assertEquals(510, later.totalCount());
        later.orderProperty().set(new LibraryPages.Order(LibraryPages.Column.TITLE, true));
        queue.runAll();
        assertEquals(510, later.totalCount());
        later.refresh();
        queue.runAll();
        assertEquals(List.of(), uncounted, "never 'more than' nor 'counting' for a search whose number is known");
        assertTrue(later.totalExactProperty().get());
    }

    /** A count that fails says so and stops saying "counting"; a failed count of a search typed over says nothing. */
    @Test
    void aCountThatFailsStopsCountingAndSaysWhy() {
        pages.countFailure = new StorageException("Could not count the assessments (the disk is full).");
        QueuedBackgroundWork queue = new QueuedBackgroundWork();
        LibraryViewModel later = countingLater(queue);
        later.searchProperty().set("assessment");
        queue.runAll();
        assertFalse(later.countingProperty().get());
        assertFalse(later.totalExactProperty().get(), "still only 'more than'");
        assertEquals(LibraryViewModel.PAGE + 1, later.totalCount());
        assertEquals(
                "Could not count the assessments (the disk is full).",
                later.problemProperty().get());

        TwoSteps steps = new TwoSteps();
        LibraryViewModel typing = countingLater(steps);
        typing.searchProperty().set("assessment");
        steps.step(); // the page read and shown, the count queued
        steps.work(); // the count fails on the worker...
        typing.searchProperty().set("fraud"); // ...while the assessor types on
        steps.deliver();
        assertEquals("", typing.problemProperty().get(), "not the typed-over search's failure");
        pages.countFailure = null;
        steps.step(); // "fraud", short: counted as read
        assertEquals(50, typing.totalCount());
        assertTrue(typing.totalExactProperty().get());
    }

    /** A count that finishes after the search changed does not replace the newer search's number. */
    @Test
    void aCountThatFinishesAfterTheSearchChangedIsDropped() {
        TwoSteps steps = new TwoSteps();
        LibraryViewModel typing = countingLater(steps);
        typing.searchProperty().set("assessment");
        steps.step();
        steps.work(); // counted: 500, on its way to the FX thread
        typing.searchProperty().set("assessment 4");
        steps.deliver();
        assertFalse(typing.totalExactProperty().get(), "500 is the number of another search");
        assertEquals(LibraryViewModel.PAGE + 1, typing.totalCount());
        steps.step(); // "assessment" and "4": the 176 numbers below 500 with a 4, fewer than a page, counted as read
        assertEquals(176, typing.totalCount());
        assertTrue(typing.totalExactProperty().get());
    }

    @Test
    void theReviewStageFilterIsAskedOfTheStore() {
        model.refresh();
        model.stageFilterProperty().set(ReviewStage.APPROVED);
        assertEquals(167, model.totalCount());
        assertTrue(model.shownRows().stream().allMatch(r -> r.stage() == ReviewStage.APPROVED));
    }

    @Test
    void aFailedQueryGivesAPlainMessageAndTheNextOneClearsIt() {
        model.refresh();
        pages.failure = new StorageException("Could not list the assessments (the database is locked). Close the "
                + "other workbench, then try again.");
        model.searchProperty().set("fraud");
        assertEquals(
                "Could not list the assessments (the database is locked). Close the other workbench, then try "
                        + "again.",
                model.problemProperty().get());
        int asked = pages.asked.size();
        model.loadMore();
        assertEquals(asked, pages.asked.size(), "the rows shown are not the search's: no page is added to them");
        pages.failure = null;
        model.searchProperty().set("fraud 490");
        assertEquals("", model.problemProperty().get());
        assertEquals(List.of("Assessment 490 fraud"), titles());
    }

    @Test
    void aColumnOrderReadsTheFirstPageInThatOrderAndLoadMoreKeepsIt() {
        model.refresh();
        pages.asked.clear();
        model.orderProperty().set(new LibraryPages.Order(LibraryPages.Column.TITLE, true));
        List<String> sorted =
                pages.all.stream().map(r -> r.summary().title()).sorted().toList();
        assertEquals(sorted.subList(0, LibraryViewModel.PAGE), titles(), "the whole library's first titles");
        assertEquals(List.of("rows TITLE up 0+200", "count"), pages.asked, "asked of the database, one page");
        model.loadMore();
        assertEquals(sorted.subList(0, 400), titles(), "the next page continues in the same order");
        model.loadMore();
        assertEquals(sorted, titles());

        pages.asked.clear();
        model.orderProperty().set(new LibraryPages.Order(LibraryPages.Column.TITLE, false));
        assertEquals(
                sorted.stream()
                        .sorted(Comparator.reverseOrder())
                        .limit(LibraryViewModel.PAGE)
                        .toList(),
                titles(),
                "a new order starts over");
        assertEquals(List.of("rows TITLE down 0+200", "count"), pages.asked);
        model.orderProperty().set(null);
        assertEquals(LibraryPages.Order.NEWEST, model.orderProperty().get(), "no order is the library's own");
        assertEquals("Assessment 0 fraud", titles().get(0));
    }

    @Test
    void aSearchKeepsTheChosenOrder() {
        model.orderProperty().set(new LibraryPages.Order(LibraryPages.Column.TITLE, false));
        model.searchProperty().set("fraud");
        List<String> found = pages.all.stream()
                .map(r -> r.summary().title())
                .filter(t -> t.contains("fraud"))
                .sorted(Comparator.reverseOrder())
                .toList();
        assertEquals(found, titles());
    }
}
