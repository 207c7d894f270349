package org.airisk.workbench.ui.questionnaire;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.Question;
import org.airisk.workbench.questionnaire.Section;

/**
 * Finds text in the open assessment: in the answers and notes as they are now, and in the questions' own words,
 * over the sections shown for this system. Every word typed must occur (in any order, ignoring case and accents);
 * choosing a match opens its question.
 */
public final class AnswerSearch {
    /** At most this many matches are listed; the count says when there are more. */
    static final int SHOWN = 200;

    private static final int EXCERPT = 90;

    /** One question that matches, where the first word was found and the text around it. */
    public record Match(String questionId, String section, String question, String where, String excerpt) {}

    private final QuestionnaireViewModel questionnaire;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<Match> matches = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");

    public AnswerSearch(QuestionnaireViewModel questionnaire) {
        this.questionnaire = questionnaire;
        query.addListener((obs, old, now) -> search());
        search();
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<Match> matches() {
        return matches;
    }

    /** "3 questions match", or why nothing is listed. */
    public StringProperty summaryProperty() {
        return summary;
    }

    /** Opens the matched question in the questionnaire. */
    public void open(Match match) {
        questionnaire.goTo(match.questionId());
    }

    private void search() {
        String[] words = Arrays.stream(fold(query.get()).split("\\s+"))
                .filter(w -> !w.isEmpty())
                .toArray(String[]::new);
        List<Match> found = new ArrayList<>();
        int total = 0;
        if (words.length > 0) {
            for (Section section : questionnaire.shownSections()) {
                for (Question q : section.questions()) {
                    if (!questionnaire.shownProperty(q.id()).get()) {
                        continue;
                    }
                    Match m = match(section, q, words);
                    if (m != null) {
                        total++;
                        if (found.size() < SHOWN) {
                            found.add(m);
                        }
                    }
                }
            }
        }
        matches.setAll(found);
        summary.set(
                words.length == 0
                        ? "Type a word from an answer, a note or a question."
                        : total == 0
                                ? "No answer, note or question contains \u201c"
                                        + query.get().strip() + "\u201d."
                                : total == 1
                                        ? "1 question matches."
                                        : total > SHOWN
                                                ? total + " questions match; the first " + SHOWN + " are listed."
                                                : total + " questions match.");
    }

    private Match match(Section section, Question q, String[] words) {
        Answer answer = questionnaire.answerProperty(q.id()).get();
        String[][] fields = {
            {"Answer", answer == null ? "" : q.describe(answer)},
            {"Note", questionnaire.noteProperty(q.id()).get()},
            {"Question", q.text()},
        };
        StringBuilder all = new StringBuilder();
        for (String[] f : fields) {
            all.append(fold(f[1])).append('\n');
        }
        for (String w : words) {
            if (all.indexOf(w) < 0) {
                return null;
            }
        }
        for (String[] f : fields) {
            int at = fold(f[1]).indexOf(words[0]);
            if (at >= 0) {
                return new Match(q.id(), section.title(), q.text(), f[0], excerpt(f[1], at));
            }
        }
        return new Match(q.id(), section.title(), q.text(), "Question", excerpt(q.text(), 0));
    }

    /** The text around a hit, on one line, with "…" where it was shortened. */
    static String excerpt(String text, int at) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= EXCERPT) {
            return flat;
        }
        int start = Math.max(0, Math.min(at - EXCERPT / 3, flat.length() - EXCERPT));
        int end = Math.min(flat.length(), start + EXCERPT);
        return (start > 0 ? "\u2026" : "") + flat.substring(start, end).strip() + (end < flat.length() ? "\u2026" : "");
    }

    /**
     * Lower case without accents, one character for one, so positions in the folded text are positions in the
     * original ("Café" finds "cafe"; "ß" and other letters that would grow are left as they are).
     */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            String c = String.valueOf(text.charAt(i));
            String base = Normalizer.normalize(c, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            String lower = (base.length() == 1 ? base : c).toLowerCase(Locale.ROOT);
            out.append(lower.length() == 1 ? lower : c);
        }
        return out.toString();
    }
}
