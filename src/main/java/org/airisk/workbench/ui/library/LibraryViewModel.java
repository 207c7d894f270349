package org.airisk.workbench.ui.library;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.airisk.workbench.assessment.Assessment;
import org.airisk.workbench.assessment.AssessmentRepository;
import org.airisk.workbench.assessment.AssessmentSummary;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.templates.TemplateLibrary;
import org.airisk.workbench.ui.BackgroundWork;
import org.airisk.workbench.ui.UserMessages;

/** The assessment library: the saved assessments, the search over them, and what can be done to one. */
public final class LibraryViewModel {
    private final AssessmentRepository assessments;
    private final TemplateLibrary templates;
    private final BackgroundWork background;
    private final Consumer<UUID> openAssessment;

    private final ObservableList<AssessmentRow> rows = FXCollections.observableArrayList();
    private final FilteredList<AssessmentRow> shownRows = new FilteredList<>(rows);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<AssessmentRow> selected = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Deleted> lastDeleted = new SimpleObjectProperty<>();
    /** Shows only assessments at this review stage; null shows all. */
    private final ObjectProperty<org.airisk.workbench.review.ReviewStage> stageFilter = new SimpleObjectProperty<>();
    private java.util.function.Supplier<java.util.Map<UUID, org.airisk.workbench.review.ReviewStage>> stages =
            java.util.Map::of;
    /** The review stages as last read, with the rows (read in the background). */
    private java.util.Map<UUID, org.airisk.workbench.review.ReviewStage> knownStages = java.util.Map.of();
    private boolean stagesWanted;

    public LibraryViewModel(AssessmentRepository assessments, TemplateLibrary templates, BackgroundWork background,
                            Consumer<UUID> openAssessment) {
        this.assessments = assessments;
        this.templates = templates;
        this.background = background;
        this.openAssessment = openAssessment;
        Runnable filter = () -> shownRows.setPredicate(row -> row.matches(search.get())
                && (stageFilter.get() == null || row.stage() == stageFilter.get()));
        search.addListener((obs, old, text) -> filter.run());
        stageFilter.addListener((obs, old, stage) -> filter.run());
    }

    // properties

    public ObservableList<AssessmentRow> shownRows() {
        return shownRows;
    }

    public int totalCount() {
        return rows.size();
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<org.airisk.workbench.review.ReviewStage> stageFilterProperty() {
        return stageFilter;
    }

    /** Where each assessment's review stands, read with the rows (in the background). */
    public void useReviewStages(
            java.util.function.Supplier<java.util.Map<UUID, org.airisk.workbench.review.ReviewStage>> stages) {
        this.stages = stages;
        this.stagesWanted = true;
    }

    /** The rows and their review stages, read together in the background. */
    private List<AssessmentSummary> listing() {
        List<AssessmentSummary> summaries = assessments.list();
        java.util.Map<UUID, org.airisk.workbench.review.ReviewStage> read = stages.get();
        synchronized (this) {
            knownStages = read;
        }
        return summaries;
    }

    /** True when review stages are wanted but none were read yet. */
    private synchronized boolean stagesPending() {
        return stagesWanted && knownStages.isEmpty();
    }

    private synchronized org.airisk.workbench.review.ReviewStage stageOf(UUID id) {
        return knownStages.get(id);
    }

    public ObjectProperty<AssessmentRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** What just happened ("Deleted 'X'"), for the status line. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** What went wrong, in the assessor's words; empty when nothing did. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public List<QuestionnaireTemplate> offeredQuestionnaires() {
        return templates.offered();
    }

    // commands

    public void refresh() {
        refresh(null, null);
    }

    /**
     * Takes in figures worked out in the background (progress, status) row by row, in place: no row the assessor
     * may be clicking on is replaced unless its figures changed, and the selection stays on the same assessment.
     */
    public void updateFigures() {
        background.submit(this::listing, summaries -> {
            UUID keep = selected.get() == null ? null : selected.get().id();
            java.util.Map<UUID, AssessmentSummary> now = new java.util.HashMap<>();
            summaries.forEach(a -> now.put(a.id(), a));
            for (int i = 0; i < rows.size(); i++) {
                AssessmentSummary fresh = now.get(rows.get(i).id());
                if (fresh != null && !row(fresh).equals(rows.get(i))) {
                    rows.set(i, row(fresh));
                }
            }
            if (keep != null && (selected.get() == null || !rows.contains(selected.get()))) {
                selected.set(rows.stream().filter(r -> r.id().equals(keep)).findFirst().orElse(null));
            }
        }, this::failed);
    }

    /** Shows assessments already read (at start-up), without another trip to the database. */
    public void show(List<AssessmentSummary> summaries) {
        rows.setAll(summaries.stream().map(this::row).toList());
        if (stagesPending() && !rows.isEmpty()) {
            updateFigures(); // read at start-up without their review stages: these follow from the background
        }
    }

    private void refresh(UUID select, Runnable then) {
        busy.set(true);
        background.submit(this::listing, summaries -> {
            UUID keep = select != null ? select : selected.get() == null ? null : selected.get().id();
            show(summaries);
            selected.set(rows.stream().filter(r -> r.id().equals(keep)).findFirst().orElse(null));
            busy.set(false);
            if (then != null) {
                then.run();
            }
        }, this::failed);
    }

    public void create(NewAssessment request) {
        background.submit(() -> assessments.create(request), (Assessment created) -> {
            say("Created '" + created.title() + "'.");
            refresh(created.id(), () -> openAssessment.accept(created.id()));
        }, this::failed);
    }

    public void open(AssessmentRow row) {
        if (row != null) {
            openAssessment.accept(row.id());
        }
    }

    public void rename(AssessmentRow row, String newTitle) {
        background.submit(() -> assessments.rename(row.id(), newTitle), () -> {
            say("Renamed to '" + newTitle.strip() + "'.");
            refresh(row.id(), null);
        }, this::failed);
    }

    public void duplicate(AssessmentRow row) {
        String title = copyTitle(row.title());
        background.submit(() -> assessments.duplicate(row.id(), title), (Assessment copy) -> {
            say("Duplicated as '" + copy.title() + "'.");
            refresh(copy.id(), null);
        }, this::failed);
    }

    /** Deletes; {@link #undoDelete()} puts it back. */
    public void delete(AssessmentRow row) {
        background.submit(() -> {
            assessments.delete(row.id());
            return new Deleted(row.id(), row.title());
        }, copy -> {
            lastDeleted.set(copy);
            say("Deleted '" + row.title() + "'. Undo with Ctrl+Z.");
            refresh();
        }, this::failed);
    }

    public void undoDelete() {
        Deleted copy = lastDeleted.get();
        if (copy == null) {
            return;
        }
        background.submit(() -> assessments.restore(copy.id()), () -> {
            lastDeleted.set(null);
            say("Restored '" + copy.title() + "'.");
            refresh(copy.id(), null);
        }, this::failed);
    }

    public javafx.beans.binding.BooleanBinding canUndoDeleteProperty() {
        return lastDeleted.isNotNull();
    }

    /** The assessment the latest delete removed, until the next delete or the end of the session. */
    private record Deleted(java.util.UUID id, String title) {
    }

    static String copyTitle(String title) {
        String copy = "Copy of " + title;
        return copy.length() > NewAssessment.MAX_TITLE ? copy.substring(0, NewAssessment.MAX_TITLE) : copy;
    }

    private AssessmentRow row(AssessmentSummary summary) {
        String questionnaire = templates.find(summary.templateId(), summary.templateVersion())
                .map(QuestionnaireTemplate::displayName)
                .orElse(summary.templateId() + " v" + summary.templateVersion() + " (not installed)");
        return new AssessmentRow(summary, questionnaire, stageOf(summary.id()));
    }

    private void say(String text) {
        problem.set("");
        message.set(text);
    }

    private void failed(Throwable failure) {
        busy.set(false);
        problem.set(UserMessages.describe(failure));
    }
}
