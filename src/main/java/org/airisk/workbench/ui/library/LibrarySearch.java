package org.airisk.workbench.ui.library;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.airisk.workbench.assessment.AssessmentStatus;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.review.LibraryPages;
import org.airisk.workbench.review.ReviewStage;

/**
 * Turns what the assessor typed into a database query that finds what the table shows: each word in the title,
 * system or owner, or in the name of the status, the review stage or the questionnaire (the database holds those
 * as ids, so the names are matched here and handed over as the ids they stand for).
 */
final class LibrarySearch {
    private LibrarySearch() {}

    static LibraryPages.Query query(String typed, ReviewStage stage, List<QuestionnaireTemplate> questionnaires) {
        List<LibraryPages.Word> words = new ArrayList<>();
        if (typed != null) {
            for (String word : typed.toLowerCase(Locale.ROOT).strip().split("\\s+")) {
                if (!word.isEmpty()) {
                    words.add(word(word, questionnaires));
                }
            }
        }
        return new LibraryPages.Query(words, stage);
    }

    private static LibraryPages.Word word(String word, List<QuestionnaireTemplate> questionnaires) {
        Set<AssessmentStatus> statuses = Arrays.stream(AssessmentStatus.values())
                .filter(s -> contains(s.label(), word))
                .collect(Collectors.toSet());
        Set<ReviewStage> stages = Arrays.stream(ReviewStage.values())
                .filter(s -> contains(s.label(), word))
                .collect(Collectors.toSet());
        Set<LibraryPages.Questionnaire> named = questionnaires.stream()
                .filter(q -> contains(q.displayName(), word))
                .map(q -> new LibraryPages.Questionnaire(q.id(), q.version()))
                .collect(Collectors.toSet());
        return new LibraryPages.Word(word, statuses, stages, named);
    }

    private static boolean contains(String name, String word) {
        return name.toLowerCase(Locale.ROOT).contains(word);
    }
}
