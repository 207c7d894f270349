package org.airisk.workbench.review;

import java.util.List;
import java.util.Set;
import org.airisk.workbench.assessment.AssessmentStatus;
import org.airisk.workbench.assessment.AssessmentSummary;

/**
 * The library a page at a time, newest change first, each assessment with where its review stands, narrowed by
 * the database: the whole library is never read to show a screenful of it.
 */
public interface LibraryPages {

    /** One line of the library. */
    record Row(AssessmentSummary summary, ReviewStage stage) {
    }

    /** A range of rows and how many the query finds in all. */
    record Page(List<Row> rows, int total) {
        public Page {
            rows = List.copyOf(rows);
        }
    }

    /** A questionnaire an assessment was made with. */
    record Questionnaire(String id, int version) {
    }

    /**
     * One typed word. An assessment matches it when the word appears in its title, AI system or owner (ignoring
     * case), or when its status, review stage or questionnaire is one of those whose names contain the word.
     */
    record Word(String text, Set<AssessmentStatus> statuses, Set<ReviewStage> stages,
                Set<Questionnaire> questionnaires) {
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

    int count(Query query);

    List<Row> rows(Query query, int offset, int limit);

    default Page read(Query query, int offset, int limit) {
        return new Page(rows(query, offset, limit), count(query));
    }
}
