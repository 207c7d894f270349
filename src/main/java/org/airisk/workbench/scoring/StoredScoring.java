package org.airisk.workbench.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.airisk.workbench.assessment.Assessment;
import org.airisk.workbench.assessment.AssessmentRepository;
import org.airisk.workbench.assessment.AssessmentUnderReview;
import org.airisk.workbench.assessment.RecordedAnswer;
import org.airisk.workbench.assessment.UnsavedChanges;
import org.airisk.workbench.catalog.RiskCatalog;
import org.airisk.workbench.questionnaire.AnsweredQuestionnaire;
import org.airisk.workbench.questionnaire.Progress;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;

/**
 * Brings what the library and the portfolio show of an assessment up to date without opening it: its progress,
 * status and register results. Runs after an import and, at start, for assessments whose answers changed since
 * they were last scored, so an answered assessment never shows "0 %" or "Not scored yet" because nobody opened it.
 * An assessment scored here for the first time keeps the method in force now, as it would when opened.
 */
public final class StoredScoring {

    /** The installed questionnaires, by id and version. */
    public interface Questionnaires {
        Optional<QuestionnaireTemplate> find(String id, int version);
    }

    private final AssessmentRepository assessments;
    private final RegisterRepository registers;
    private final Questionnaires questionnaires;
    private final RiskCatalog catalog;
    private final Supplier<ScoringMethod> methodForNew;
    private final Set<UUID> skipped = ConcurrentHashMap.newKeySet();

    public StoredScoring(
            AssessmentRepository assessments,
            RegisterRepository registers,
            Questionnaires questionnaires,
            RiskCatalog catalog,
            Supplier<ScoringMethod> methodForNew) {
        this.assessments = assessments;
        this.registers = registers;
        this.questionnaires = questionnaires;
        this.catalog = catalog;
        this.methodForNew = methodForNew;
    }

    /** How far {@link #catchUp} got: how many it scored, and whether more are waiting. */
    public record Batch(int scored, boolean more) {}

    /**
     * Scores up to {@code max} assessments whose results are not current, so that a long catch-up can run as
     * several short pieces of background work between saves. One that cannot be scored here (its questionnaire is
     * not installed) is skipped from then on.
     */
    public Batch catchUp(int max) {
        int scored = 0;
        int tried = 0;
        List<UUID> pending = pending();
        for (UUID id : pending) {
            if (tried == max) {
                return new Batch(scored, true);
            }
            tried++;
            boolean done;
            try {
                done = bringUpToDate(id);
            } catch (UnreadableMethod unreadable) {
                // Its stored method cannot be read: left as it is, and reported when the assessor opens it.
                done = false;
            }
            if (done) {
                scored++;
            } else {
                skipped.add(id);
            }
        }
        return new Batch(scored, false);
    }

    /**
     * Recomputes and keeps one assessment's progress, status and results.
     *
     * @return false when it is gone or follows a questionnaire not installed here (it is left as it is)
     */
    public boolean bringUpToDate(UUID id) {
        Optional<Assessment> found = assessments.find(id);
        if (found.isEmpty()) {
            return false;
        }
        Assessment a = found.get();
        Optional<QuestionnaireTemplate> template = questionnaires.find(a.templateId(), a.templateVersion());
        if (template.isEmpty()) {
            return false;
        }
        AnsweredQuestionnaire state =
                new AnsweredQuestionnaire(template.get(), RecordedAnswer.given(assessments.answers(id)));
        ScoringMethod method = registers.method(id).orElse(null);
        if (method == null) {
            method = methodForNew.get();
            registers.saveMethod(id, method);
        }
        assessments.saveProgress(id, state.progress());
        registers.saveResults(
                id,
                ScoredAssessment.of(catalog, state, method, registers.overrides(id), registers.plan(id))
                        .register());
        return true;
    }

    /**
     * Saves the changes a previous run could not save (kept in the journal when their save failed), then brings
     * their assessments up to date; the journal is emptied of them, also of those whose assessment is gone.
     *
     * @return how many changes were saved
     */
    public int restore(UnsavedChanges journal) {
        List<UnsavedChanges.Change> pending = journal.read();
        Set<UUID> touched = new LinkedHashSet<>();
        Map<UUID, List<UnsavedChanges.Change>> waiting = new HashMap<>();
        int saved = 0;
        for (UnsavedChanges.Change c : pending) {
            touched.add(c.assessment());
            if (assessments.find(c.assessment()).isEmpty()) {
                continue; // deleted since: nothing to put the change into
            }
            try {
                if (c.isNote()) {
                    assessments.saveNote(c.assessment(), c.questionId(), c.note());
                } else {
                    // progress is recomputed from all the answers just below
                    assessments.saveAnswer(c.assessment(), c.questionId(), c.answer(), new Progress(0, 0));
                }
                saved++;
            } catch (AssessmentUnderReview e) {
                // Submitted since the change was made: kept, and saved at a start after it is a draft again.
                waiting.computeIfAbsent(c.assessment(), id -> new ArrayList<>()).add(c);
            }
        }
        for (UUID id : touched) {
            if (!waiting.containsKey(id)) {
                try {
                    bringUpToDate(id);
                } catch (UnreadableMethod unreadable) {
                    // the change is saved; scoring waits, reported when the assessor opens it (as in catchUp)
                    skipped.add(id);
                }
            }
            journal.keep(id, waiting.getOrDefault(id, List.of()));
        }
        return saved;
    }

    /** The assessments still to be scored, less those that cannot be scored here. */
    public List<UUID> pending() {
        return registers.withoutCurrentResults().stream()
                .filter(id -> !skipped.contains(id))
                .toList();
    }
}
