package org.airisk.workbench.review;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.airisk.workbench.assessment.AssessmentStatus;
import org.airisk.workbench.assessment.AssessmentSummary;

/**
 * The library a page at a time, newest change first or in a column's order, each assessment with where its review stands, narrowed by
 * the database: the whole library is never read to show a screenful of it.
 */
public interface LibraryPages {

    /** One line of the library. */
    record Row(AssessmentSummary summary, ReviewStage stage) {}

    /**
     * A range of rows and how many the query finds in all; or, while {@code counted} is false, at least how many: a
     * search that finds many assessments shows its first page before they are counted ({@link #count} has the
     * number, ADR 0050).
     */
    record Page(List<Row> rows, int total, boolean counted) {
        public Page {
            rows = List.copyOf(rows);
        }

        public Page(List<Row> rows, int total) {
            this(rows, total, true);
        }
    }

    /** A questionnaire an assessment was made with. */
    record Questionnaire(String id, int version) {}

    /**
     * One typed word. An assessment matches it when the word appears in its title, AI system or owner (ignoring
     * case), or when its status, review stage or questionnaire is one of those whose names contain the word.
     */
    record Word(
            String text, Set<AssessmentStatus> statuses, Set<ReviewStage> stages, Set<Questionnaire> questionnaires) {
        public Word {
            statuses = Set.copyOf(statuses);
            stages = Set.copyOf(stages);
            questionnaires = Set.copyOf(questionnaires);
        }
    }

    /** Every word must match; {@code stage}, when not null, keeps only the assessments at that review stage. */
    record Query(List<Word> words, ReviewStage stage) {
        public static final Query EVERYTHING = new Query(List.of(), null);

        public Query {
            words = List.copyOf(words);
        }
    }

    /**
     * The columns the library can be ordered by, over all its rows. The status and review stage sort by their
     * stored names, which run in the same order as their labels.
     */
    enum Column {
        TITLE,
        SYSTEM,
        STATUS,
        REVIEW,
        PROGRESS,
        UPDATED
    }

    /** An order for the whole library; rows equal in the column keep one order between pages (by id). */
    record Order(Column column, boolean ascending) {
        /** The library's order until the assessor picks another: latest change first. */
        public static final Order NEWEST = new Order(Column.UPDATED, false);

        public Order {
            Objects.requireNonNull(column);
        }
    }

    int count(Query query);

    /** The rows from {@code offset}, at most {@code limit}, in the given order. */
    List<Row> rows(Query query, Order order, int offset, int limit);

    default List<Row> rows(Query query, int offset, int limit) {
        return rows(query, Order.NEWEST, offset, limit);
    }

    default Page read(Query query, int offset, int limit) {
        return read(query, Order.NEWEST, offset, limit);
    }

    /**
     * A page and the total. A page with fewer rows than asked for (and some, or from the start) is the end of the
     * list, which gives the total without counting: a search for a rare word reads the table once, not twice.
     */
    default Page read(Query query, Order order, int offset, int limit) {
        List<Row> rows = rows(query, order, offset, limit);
        boolean last = rows.size() < limit && (offset == 0 || !rows.isEmpty());
        return new Page(rows, last ? offset + rows.size() : count(query));
    }
}
