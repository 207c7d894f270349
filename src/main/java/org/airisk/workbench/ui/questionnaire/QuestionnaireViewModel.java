package org.airisk.workbench.ui.questionnaire;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.airisk.workbench.assessment.Assessment;
import org.airisk.workbench.assessment.AssessmentRepository;
import org.airisk.workbench.assessment.AssessmentStatus;
import org.airisk.workbench.assessment.RecordedAnswer;
import org.airisk.workbench.assessment.UnsavedChanges;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.AnsweredQuestionnaire;
import org.airisk.workbench.questionnaire.MissingAnswer;
import org.airisk.workbench.questionnaire.Progress;
import org.airisk.workbench.questionnaire.Question;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.questionnaire.Section;
import org.airisk.workbench.ui.BackgroundWork;
import org.airisk.workbench.ui.conflict.SaveConflict;

/**
 * One assessment being answered: the answers and notes as properties, which sections and questions are shown,
 * progress, the completeness summary, and where the assessor is. Every change is saved at once by the
 * {@link Autosaver}.
 */
public final class QuestionnaireViewModel {
    private final Assessment assessment;
    private final QuestionnaireTemplate template;
    private final Autosaver autosaver;
    private final BackgroundWork background;
    /** A colleague's save the assessor has to choose about (team workspaces). */
    private final SaveConflicts conflicts;
    /** Set while stored values are put on screen: they are not saved again. */
    private boolean reloading;

    private final SavingStatus saving;
    /** What Ctrl+S says when nothing is waiting to be saved. */
    public static final String ALL_SAVED = "All changes saved";

    /** False for a preview, answered in memory only. */
    private final boolean saves;

    private final Map<String, ObjectProperty<Answer>> answers = new LinkedHashMap<>();
    private final Map<String, StringProperty> notes = new HashMap<>();
    private final Map<String, BooleanProperty> shown = new HashMap<>();

    private final ReadOnlyObjectWrapper<AnsweredQuestionnaire> state = new ReadOnlyObjectWrapper<>();
    private volatile Progress progressForSaving;
    private final SectionSteps steps = new SectionSteps();
    private final ObservableList<Section> shownSections = steps.shown();
    private final ObservableList<MissingAnswer> missing = FXCollections.observableArrayList();
    private final ObjectProperty<Section> currentSection = steps.current();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<String> focusRequest = new ReadOnlyObjectWrapper<>();
    /** The profile question that says whether the system acts through tools, and the questionnaire for that. */
    public static final String USES_AGENTS = "profile_uses_agents";

    public static final String AGENT_QUESTIONNAIRE = "ai-agent-assessment";
    private final BooleanBinding agentAssessmentSuggested;

    public QuestionnaireViewModel(
            Assessment assessment,
            QuestionnaireTemplate template,
            Map<String, RecordedAnswer> saved,
            AssessmentRepository repository,
            BackgroundWork background) {
        this(assessment, template, saved, repository, background, UnsavedChanges.NONE);
    }

    /** @param journal where changes whose save failed are kept until they are saved (the next start saves them) */
    public QuestionnaireViewModel(
            Assessment assessment,
            QuestionnaireTemplate template,
            Map<String, RecordedAnswer> saved,
            AssessmentRepository repository,
            BackgroundWork background,
            UnsavedChanges journal) {
        this(assessment, template, saved, repository, background, journal, true);
    }

    /**
     * The questionnaire as an assessor will see it, answered in memory only: nothing is saved anywhere, not even
     * a journal. The questionnaire editor's preview runs on it.
     */
    public static QuestionnaireViewModel preview(QuestionnaireTemplate template, Map<String, Answer> answers) {
        Assessment preview = new Assessment(
                UUID.nameUUIDFromBytes(template.id().getBytes(StandardCharsets.UTF_8)),
                "Preview of " + template.title(),
                "",
                "",
                template.id(),
                template.version(),
                AssessmentStatus.NOT_STARTED,
                0,
                null,
                null);
        Map<String, RecordedAnswer> given = new HashMap<>();
        answers.forEach((id, answer) -> given.put(id, new RecordedAnswer(id, answer, "", null)));
        return new QuestionnaireViewModel(preview, template, given, null, null, UnsavedChanges.NONE, false);
    }

    private QuestionnaireViewModel(
            Assessment assessment,
            QuestionnaireTemplate template,
            Map<String, RecordedAnswer> saved,
            AssessmentRepository repository,
            BackgroundWork background,
            UnsavedChanges journal,
            boolean saves) {
        this.saves = saves;
        this.assessment = assessment;
        this.template = template;
        this.background = background;
        this.autosaver = new Autosaver(assessment.id(), repository, background, () -> progressForSaving, journal);
        template.questions().forEach(question -> {
            RecordedAnswer record = saved.get(question.id());
            ObjectProperty<Answer> answer = new SimpleObjectProperty<>(record == null ? null : record.answer());
            StringProperty note = new SimpleStringProperty(record == null ? "" : record.note());
            answers.put(question.id(), answer);
            notes.put(question.id(), note);
            shown.put(question.id(), new SimpleBooleanProperty());
        });
        recompute();
        currentSection.set(shownSections.isEmpty() ? null : shownSections.get(0));
        answers.forEach((id, answer) -> answer.addListener((obs, old, value) -> {
            recompute();
            if (saves && !reloading && !readOnly.get()) { // read-only: nothing is sent to be saved
                autosaver.answerChanged(id, value);
            }
        }));
        notes.forEach((id, note) -> note.addListener((obs, old, value) -> {
            if (saves && !reloading && !readOnly.get()) { // read-only: nothing is sent to be saved
                autosaver.noteChanged(id, value);
            }
            if (old.isBlank() != value.isBlank()) {
                recompute();
            }
        }));
        conflicts = new SaveConflicts(this, autosaver, background, repository, this::showStored);
        autosaver.onRefused(conflicts::refused);
        saving = new SavingStatus(autosaver, background);
        ObjectProperty<Answer> usesAgents = answers.get(USES_AGENTS);
        agentAssessmentSuggested = usesAgents == null || template.id().equals(AGENT_QUESTIONNAIRE)
                ? Bindings.createBooleanBinding(() -> false)
                : Bindings.createBooleanBinding(
                        () -> new Answer.Choice(Question.YES).equals(usesAgents.get()), usesAgents);
    }

    private void recompute() {
        Map<String, Answer> given = new HashMap<>();
        answers.forEach((id, answer) -> {
            if (answer.get() != null) {
                given.put(id, answer.get());
            }
        });
        AnsweredQuestionnaire now = new AnsweredQuestionnaire(template, given);
        template.questions().forEach(q -> shown.get(q.id()).set(now.isShown(q)));
        List<Section> sections = now.shownSections();
        if (!sections.equals(shownSections)) {
            shownSections.setAll(sections);
        }
        Progress overall = now.progress();
        progressForSaving = overall;
        progress.set(overall.fraction());
        progressText.set(overall.answered() + " of " + overall.required() + " required answered");
        List<MissingAnswer> gaps = new ArrayList<>(now.missingAnswers());
        // "Not applicable" stands only with a reason: the note says why the question cannot be true of the system
        template.questions()
                .filter(q -> now.isShown(q)
                        && Question.isNotApplicable(given.get(q.id()))
                        && notes.get(q.id()).get().isBlank())
                .forEach(q -> template.sectionOf(q.id()).ifPresent(s -> gaps.add(new MissingAnswer(s, q, true))));
        missing.setAll(gaps);
        state.set(now);
        if (currentSection.get() != null && !now.isShown(currentSection.get())) {
            currentSection.set(sections.isEmpty() ? null : sections.get(0));
        }
    }

    // properties

    public Assessment assessment() {
        return assessment;
    }

    public QuestionnaireTemplate template() {
        return template;
    }

    /** True for a preview, whose answers are kept in memory only. */
    public boolean isPreview() {
        return !saves;
    }

    /** Set while the assessment is submitted or in review: answers and notes are shown but cannot be changed. */
    public BooleanProperty readOnlyProperty() {
        return readOnly;
    }

    private final BooleanProperty readOnly = new SimpleBooleanProperty();

    public ObjectProperty<Answer> answerProperty(String questionId) {
        return require(answers, questionId);
    }

    public StringProperty noteProperty(String questionId) {
        return require(notes, questionId);
    }

    public ReadOnlyBooleanProperty shownProperty(String questionId) {
        return require(shown, questionId);
    }

    public ReadOnlyObjectProperty<AnsweredQuestionnaire> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ObservableList<Section> shownSections() {
        return FXCollections.unmodifiableObservableList(shownSections);
    }

    public ObjectProperty<Section> currentSectionProperty() {
        return currentSection;
    }

    public Progress progress(Section section) {
        return state.get().progress(section);
    }

    /** Overall progress, 0 to 1, over the shown required questions. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ObservableList<MissingAnswer> missingAnswers() {
        return FXCollections.unmodifiableObservableList(missing);
    }

    /** "Saved", "Saving…" or "Not saved". */
    public ReadOnlyStringProperty saveTextProperty() {
        return saving.saveText();
    }

    /** True while a change waits to be saved or failed to save: the window title marks it. */
    public ReadOnlyBooleanProperty unsavedProperty() {
        return saving.unsaved();
    }

    /**
     * What the last {@link #saveNow()} came to, in words: {@link #ALL_SAVED}, or why not. Set afresh (through "")
     * each time, so the same outcome twice is told twice.
     */
    public ReadOnlyStringProperty saveNoticeProperty() {
        return saving.saveNotice();
    }

    public ReadOnlyStringProperty saveProblemProperty() {
        return autosaver.problemProperty();
    }

    /** The question the view should scroll to and focus; set by {@link #goTo(String)}. */
    public ReadOnlyObjectProperty<String> focusRequestProperty() {
        return focusRequest.getReadOnlyProperty();
    }

    /** True when the profile says the system uses agents and this is not yet the agent questionnaire. */
    public BooleanBinding agentAssessmentSuggestedProperty() {
        return agentAssessmentSuggested;
    }

    public BooleanBinding hasPreviousProperty() {
        return steps.hasPrevious();
    }

    public BooleanBinding hasNextProperty() {
        return steps.hasNext();
    }

    // commands

    public void next() {
        steps.next();
    }

    public void previous() {
        steps.previous();
    }

    /** Opens the section of a question and asks the view to bring it into focus. */
    public void goTo(String questionId) {
        template.sectionOf(questionId).filter(shownSections::contains).ifPresent(section -> {
            currentSection.set(section);
            focusRequest.set(null);
            focusRequest.set(questionId);
        });
    }

    /**
     * Save (Ctrl+S): every change is already saved as it is made, so this waits for whatever is still queued (the
     * register's and plan's saves too), saves again what failed, and then says plainly how it went.
     */
    public void saveNow() {
        if (!saves) {
            return;
        }
        if (autosaver.stateProperty().get() == Autosaver.State.FAILED) {
            retrySaving();
        }
        saving.confirmWhenSettled();
    }

    /**
     * What to ask before the window closes: set when a save failed and what failed is only on screen, so quitting
     * would lose it; empty when everything is saved (queued saves finish before the workbench closes).
     */
    public Optional<String> quitWarning() {
        return saving.quitWarning(assessment.title());
    }

    /**
     * The save a colleague's newer one refused, for the conflict dialog (ADR 0036); null once the assessor chose.
     */
    public ReadOnlyObjectProperty<SaveConflict> conflictProperty() {
        return conflicts.conflict();
    }

    /** Shows {@code stored} in place of every answer and note on screen, sending nothing to be saved. */
    void showStored(Map<String, RecordedAnswer> stored) {
        reloading = true;
        try {
            answers.forEach((id, answer) -> {
                RecordedAnswer record = stored.get(id);
                answer.set(record == null ? null : record.answer());
                notes.get(id).set(record == null ? "" : record.note());
            });
        } finally {
            reloading = false;
        }
        recompute();
    }

    /** Saves again everything on screen, after a save failed. */
    public void retrySaving() {
        if (!saves) {
            return;
        }
        autosaver.acknowledgeFailure();
        answers.forEach((id, answer) -> autosaver.answerChanged(id, answer.get()));
        notes.forEach((id, note) -> {
            if (!note.get().isEmpty()) {
                autosaver.noteChanged(id, note.get());
            }
        });
    }

    private static <T> T require(Map<String, T> map, String questionId) {
        T value = map.get(questionId);
        if (value == null) {
            throw new IllegalArgumentException("The questionnaire has no question '" + questionId + "'.");
        }
        return value;
    }
}
