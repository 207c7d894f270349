package org.airisk.workbench.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.airisk.workbench.assessment.AssessmentStatus;
import org.airisk.workbench.assessment.AssessmentSummary;
import org.junit.jupiter.api.Test;

/** A page's total is counted only when the page does not itself show where the list ends. */
class LibraryPagesTest {
    /** 25 rows; counts how often it is asked to count. */
    private static final class TwentyFive implements LibraryPages {
        final List<Row> all = IntStream.range(0, 25)
                .mapToObj(i -> new Row(
                        new AssessmentSummary(
                                UUID.randomUUID(),
                                "Review " + i,
                                "System",
                                "Owner",
                                "foundation-model-assessment",
                                1,
                                AssessmentStatus.IN_PROGRESS,
                                0,
                                Instant.EPOCH),
                        ReviewStage.DRAFT))
                .toList();
        int counted;

        @Override
        public int count(Query query) {
            counted++;
            return all.size();
        }

        @Override
        public List<Row> rows(Query query, Order order, int offset, int limit) {
            return new ArrayList<>(all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size())));
        }
    }

    @Test
    void theTotalIsRightWhereverThePageFallsAndCountedOnlyWhenThePageIsFull() {
        TwentyFive pages = new TwentyFive();
        assertEquals(25, pages.read(LibraryPages.Query.EVERYTHING, 0, 10).total());
        assertEquals(1, pages.counted, "a full page cannot tell whether more follow");
        assertEquals(25, pages.read(LibraryPages.Query.EVERYTHING, 0, 50).total());
        assertEquals(25, pages.read(LibraryPages.Query.EVERYTHING, 20, 10).total());
        assertEquals(25, pages.read(LibraryPages.Query.EVERYTHING, 25, 10).total());
        assertEquals(2, pages.counted, "only the empty page past the end was counted");
        assertEquals(25, pages.read(LibraryPages.Query.EVERYTHING, 40, 10).total());
        assertEquals(3, pages.counted);
        assertEquals(25, pages.read(LibraryPages.Query.EVERYTHING, 15, 10).total());
        assertEquals(4, pages.counted);
    }
}
