package org.airisk.workbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.airisk.workbench.assessment.AssessmentStatus;
import org.airisk.workbench.assessment.AssessmentSummary;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.review.LibraryPages;
import org.airisk.workbench.review.ReviewStage;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Library pages from the database agree with the whole list cut and searched in Java. */
class JdbcAssessmentPagesTest {
    @TempDir
    Path folder;

    @Test
    void pagesAndSearchesAgreeWithTheWholeList() {
        TestClock.Settable clock = new TestClock.Settable();
        try (WorkbenchDatabase database = WorkbenchDatabase.open(folder)) {
            JdbcAssessmentRepository repository = new JdbcAssessmentRepository(database, clock);
            String[] systems = {"Fraud Radar", "Tutor Bot", "Loan_Advisor", "100% Claims"};
            for (int i = 0; i < 57; i++) {
                clock.set(TestClock.NOW.minus(Duration.ofMinutes(i % 7 == 0 ? 5 : i)));
                String title = i == 56 ? "T".repeat(NewAssessment.MAX_TITLE) : "Review " + i;
                repository.create(new NewAssessment(
                        title, systems[i % systems.length], "Owner " + (i % 5), "foundation-model-assessment", 1));
            }
            repository.delete(repository.list().get(3).id());
            List<AssessmentSummary> all = new ArrayList<>(repository.list());
            all.sort(Comparator.comparing(AssessmentSummary::updatedAt)
                    .reversed()
                    .thenComparing(a -> a.id().toString(), Comparator.reverseOrder()));
            JdbcAssessmentPages pages = new JdbcAssessmentPages(database);

            assertEquals(56, pages.count(""));
            List<AssessmentSummary> paged = new ArrayList<>();
            for (int offset = 0; offset < 60; offset += 10) {
                paged.addAll(pages.page("", offset, 10));
            }
            assertEquals(all, paged);
            assertEquals(List.of(), pages.page("", 56, 10));
            assertEquals(all.subList(50, 56), pages.page(null, 50, 100));

            for (String search : List.of("fraud", "RADAR owner 3", "loan_", "100%", "_", "%", "review 1", "t")) {
                List<AssessmentSummary> found =
                        all.stream().filter(a -> matches(a, search)).toList();
                assertEquals(found.size(), pages.count(search), search);
                assertEquals(found, pages.page(search, 0, 100), search);
            }
            assertThrows(IllegalArgumentException.class, () -> pages.page("", -1, 10));
            LibraryPages.Query fraud =
                    new LibraryPages.Query(List.of(new LibraryPages.Word("fraud", Set.of(), Set.of(), Set.of())), null);
            assertThrows(IllegalArgumentException.class, () -> pages.read(fraud, LibraryPages.Order.NEWEST, -1, 10));
            assertThrows(IllegalArgumentException.class, () -> pages.read(fraud, LibraryPages.Order.NEWEST, 0, -1));

            // Each column's order over the whole library, page after page, ties broken by the id.
            Map<LibraryPages.Column, Comparator<AssessmentSummary>> columns = Map.of(
                    LibraryPages.Column.TITLE, Comparator.comparing(AssessmentSummary::title),
                    LibraryPages.Column.SYSTEM, Comparator.comparing(AssessmentSummary::systemName),
                    LibraryPages.Column.STATUS,
                            Comparator.comparing(a -> a.status().name()),
                    LibraryPages.Column.PROGRESS, Comparator.comparingInt(AssessmentSummary::progressPercent),
                    LibraryPages.Column.UPDATED, Comparator.comparing(AssessmentSummary::updatedAt));
            for (var column : columns.entrySet()) {
                for (boolean ascending : new boolean[] {true, false}) {
                    Comparator<AssessmentSummary> order = column.getValue().thenComparing(a -> a.id().toString());
                    List<AssessmentSummary> expected = all.stream()
                            .sorted(ascending ? order : order.reversed())
                            .toList();
                    LibraryPages.Order by = new LibraryPages.Order(column.getKey(), ascending);
                    List<AssessmentSummary> read = new ArrayList<>();
                    for (int offset = 0; offset < 60; offset += 25) {
                        pages.rows(LibraryPages.Query.EVERYTHING, by, offset, 25)
                                .forEach(r -> read.add(r.summary()));
                    }
                    assertEquals(expected, read, by.toString());
                }
            }
        }
    }

    /**
     * Each sort order reads its page in the order of its column's index and stops there. V21's index on deleted_at
     * once answered "deleted_at IS NULL" instead, and H2 read every live assessment to sort them (1.8 s for a page
     * of 100,000).
     */
    @Test
    void everyOrderReadsItsPageFromTheIndexOfItsColumn() throws Exception {
        try (WorkbenchDatabase database = WorkbenchDatabase.open(folder)) {
            JdbcAssessmentRepository repository = new JdbcAssessmentRepository(database, TestClock.FIXED);
            for (int i = 0; i < 30; i++) {
                repository.create(
                        new NewAssessment("Review " + i, "System", "Owner", "foundation-model-assessment", 1));
            }
            repository.delete(repository.list().get(0).id());
            for (LibraryPages.Column column : LibraryPages.Column.values()) {
                for (boolean ascending : List.of(true, false)) {
                    String plan = plan(database, new LibraryPages.Order(column, ascending));
                    assertTrue(plan.contains("index sorted"), column + (ascending ? " up: " : " down: ") + plan);
                }
            }
        }
    }

    /**
     * ADR 0050: more matches than a few come back with "at least" the few and one (not counted); a page that
     * reaches their end, an empty one past it and a page of none are counted exactly.
     */
    @Test
    void aSearchFindingManySaysAtLeastUntilItsEndIsInSight() {
        try (WorkbenchDatabase database = WorkbenchDatabase.open(folder)) {
            JdbcAssessmentRepository repository = new JdbcAssessmentRepository(database, TestClock.FIXED);
            for (int i = 0; i < 25; i++) {
                repository.create(
                        new NewAssessment("Review " + i, "Fraud Radar", "Owner", "foundation-model-assessment", 1));
            }
            JdbcAssessmentPages pages = new JdbcAssessmentPages(database, 10);
            LibraryPages.Query radar =
                    new LibraryPages.Query(List.of(new LibraryPages.Word("radar", Set.of(), Set.of(), Set.of())), null);
            for (LibraryPages.Order order :
                    List.of(LibraryPages.Order.NEWEST, new LibraryPages.Order(LibraryPages.Column.TITLE, true))) {
                LibraryPages.Page first = pages.read(radar, order, 0, 7);
                assertEquals(
                        List.of(7, 11, false),
                        List.of(first.rows().size(), first.total(), first.counted()),
                        "" + order);
                LibraryPages.Page further = pages.read(radar, order, 14, 7);
                assertEquals(
                        List.of(7, 21, false),
                        List.of(further.rows().size(), further.total(), further.counted()),
                        "" + order);
                LibraryPages.Page end = pages.read(radar, order, 21, 7);
                assertEquals(List.of(4, 25, true), List.of(end.rows().size(), end.total(), end.counted()), "" + order);
                assertEquals(new LibraryPages.Page(List.of(), 25), pages.read(radar, order, 25, 7), "at the end");
                assertEquals(new LibraryPages.Page(List.of(), 25), pages.read(radar, order, 40, 7), "past it");
                assertEquals(new LibraryPages.Page(List.of(), 25), pages.read(radar, order, 0, 0), "no rows asked for");
            }
            assertEquals(25, pages.count(radar));
        }
    }

    /**
     * A search's page is the same whether its few matches are read by their ids or its many found by walking the
     * column's index (the first ids read choose): every order, both directions, pages past the first, a stage.
     */
    @Test
    void aSearchReadsTheSamePageByIdsAsByWalkingTheIndex() {
        try (WorkbenchDatabase database = WorkbenchDatabase.open(folder)) {
            readsTheSamePageByIdsAsByWalkingTheIndex(database);
        }
    }

    /** The test above on the given database, empty. */
    static void readsTheSamePageByIdsAsByWalkingTheIndex(WorkbenchDatabase database) {
        TestClock.Settable clock = new TestClock.Settable();
        JdbcAssessmentRepository repository = new JdbcAssessmentRepository(database, clock);
        String[] systems = {"Fraud Radar", "Tutor Bot", "Loan Advisor"};
        for (int i = 0; i < 40; i++) {
            clock.set(TestClock.NOW.minus(Duration.ofMinutes(i % 6)));
            repository.create(new NewAssessment(
                    "Review " + (i % 9), systems[i % 3], "Owner " + (i % 4), "foundation-model-assessment", 1));
        }
        repository.delete(repository.list().get(5).id());
        JdbcAssessmentPages byIds = new JdbcAssessmentPages(database, 1_000);
        JdbcAssessmentPages walking = new JdbcAssessmentPages(database, 0);
        List<AssessmentSummary> all = repository.list();
        for (String search : List.of("radar", "owner 1", "review 3 tutor", "r", "nothing like this")) {
            LibraryPages.Query query = new LibraryPages.Query(
                    List.of(search.split(" ")).stream()
                            .map(w -> new LibraryPages.Word(w, Set.of(), Set.of(), Set.of()))
                            .toList(),
                    null);
            int matching = (int) all.stream().filter(a -> matches(a, search)).count();
            for (LibraryPages.Column column : LibraryPages.Column.values()) {
                for (boolean ascending : List.of(true, false)) {
                    LibraryPages.Order order = new LibraryPages.Order(column, ascending);
                    for (int offset : List.of(0, 7, 50)) {
                        LibraryPages.Page expected = walking.read(query, order, offset, 7);
                        String what = search + " " + order + " from " + offset;
                        // Walking, many matches are not counted unless the page is the last (ADR 0050).
                        boolean last = offset + 7 > matching;
                        assertEquals(last, expected.counted(), what);
                        assertEquals(last ? matching : offset + 7, expected.total(), what);
                        assertEquals(matching, walking.count(query), what);
                        LibraryPages.Page few = byIds.read(query, order, offset, 7);
                        assertEquals(new LibraryPages.Page(expected.rows(), matching), few, what);
                        assertEquals(walking.rows(query, order, offset, 7), expected.rows(), "as rows(): " + what);
                    }
                }
            }
        }
        LibraryPages.Query reviewed = new LibraryPages.Query(
                List.of(new LibraryPages.Word("radar", Set.of(), Set.of(), Set.of())), ReviewStage.DRAFT);
        assertEquals(
                walking.read(reviewed, LibraryPages.Order.NEWEST, 0, 50),
                byIds.read(reviewed, LibraryPages.Order.NEWEST, 0, 50));
        assertTrue(walking.read(reviewed, LibraryPages.Order.NEWEST, 0, 50).counted(), "the last page is counted");
    }

    /**
     * A search counts, finds its first matches and walks the newest first on one index holding all it reads (V24),
     * not on the assessment table's rows (about 1,500 bytes each), and only the page's rows are read from the table.
     */
    @Test
    void aSearchReadsTheIndexInTheNewestFirstOrder() throws Exception {
        try (WorkbenchDatabase database = WorkbenchDatabase.open(folder)) {
            new JdbcAssessmentRepository(database, TestClock.FIXED)
                    .create(new NewAssessment("Review", "System", "Owner", "foundation-model-assessment", 1));
            LibraryPages.Query query = new LibraryPages.Query(
                    List.of(new LibraryPages.Word("rev", Set.of(AssessmentStatus.IN_PROGRESS), Set.of(), Set.of())),
                    null);
            Object[] words = {"rev", AssessmentStatus.IN_PROGRESS.name()};
            assertTrue(explain(database, JdbcAssessmentPages.countSql(query), words)
                    .contains("LIBRARY_BY_UPDATE"));
            assertTrue(explain(database, JdbcAssessmentPages.firstMatchesSql(query), words[0], words[1], 2001)
                    .contains("LIBRARY_BY_UPDATE"));
            for (boolean ascending : List.of(true, false)) {
                String plan = explain(
                        database,
                        JdbcAssessmentPages.pageIdsSql(
                                query, new LibraryPages.Order(LibraryPages.Column.UPDATED, ascending)),
                        words[0],
                        words[1],
                        0,
                        200);
                assertTrue(plan.contains("LIBRARY_BY_UPDATE") && plan.contains("index sorted"), plan);
            }
        }
    }

    private static String explain(WorkbenchDatabase database, String sql, Object... values) throws Exception {
        try (PreparedStatement s = database.connection().prepareStatement("EXPLAIN " + sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private static String plan(WorkbenchDatabase database, LibraryPages.Order order) throws Exception {
        return explain(database, JdbcAssessmentPages.pageSql(LibraryPages.Query.EVERYTHING, order), 0, 50);
    }

    private static boolean matches(AssessmentSummary a, String search) {
        for (String word : search.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!(a.title() + "\n" + a.systemName() + "\n" + a.owner())
                    .toLowerCase(Locale.ROOT)
                    .contains(word)) {
                return false;
            }
        }
        return true;
    }
}
