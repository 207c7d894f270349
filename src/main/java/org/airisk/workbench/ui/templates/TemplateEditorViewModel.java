package org.airisk.workbench.ui.templates;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.airisk.workbench.catalog.RiskCatalog;
import org.airisk.workbench.questionnaire.Question;
import org.airisk.workbench.questionnaire.QuestionType;
import org.airisk.workbench.questionnaire.QuestionnaireImport;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.questionnaire.Questionnaires;
import org.airisk.workbench.questionnaire.Section;
import org.airisk.workbench.questionnaire.TemplateProblem;
import org.airisk.workbench.questionnaire.TemplateValidator;
import org.airisk.workbench.ui.BackgroundWork;

/**
 * One questionnaire being edited: its sections and questions, the section and question selected, the problems
 * the validator finds after every change, undo and redo over whole snapshots of the (immutable) template, and
 * Save as the next version into the data folder. Sections included from another template (such as the system
 * profile) are shown but not changed here; a built-in questionnaire is read-only as a whole.
 */
public final class TemplateEditorViewModel {
    private record Snapshot(QuestionnaireTemplate template, int section, int question) {}

    private final UndoSteps<Snapshot> steps = new UndoSteps<>();

    private final RiskCatalog catalog;
    private final boolean readOnly;
    private final VersionSaving saving;
    private final ReadOnlyObjectWrapper<QuestionnaireTemplate> template = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper section = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyIntegerWrapper question = new ReadOnlyIntegerWrapper(-1);
    private final ObservableList<TemplateProblem> problems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper unsaved = new ReadOnlyBooleanWrapper(false);
    private final ShowWhenEdits conditions =
            new ShowWhenEdits(template::get, this::selectedQuestion, edit -> editQuestion(null, edit));
    private final AnswerEffectsEdits effects = new AnswerEffectsEdits(this::editQuestion);

    /**
     * @param savedVersion the newest version on disk; the next Save writes the one after it (0 for a copy never
     *                     saved, whose first Save writes version 1)
     */
    public TemplateEditorViewModel(
            QuestionnaireTemplate start,
            int savedVersion,
            boolean readOnly,
            Questionnaires library,
            QuestionnaireImport files,
            RiskCatalog catalog,
            Path dataFolder,
            BackgroundWork background) {
        this.catalog = catalog;
        this.readOnly = readOnly;
        this.saving = new VersionSaving(library, files, dataFolder, background, savedVersion);
        show(start, start.sections().isEmpty() ? -1 : 0, -1);
        unsaved.set(savedVersion == 0);
        if (readOnly) {
            status.set("A built-in questionnaire is read-only: Duplicate it to make a copy of your own.");
        }
    }

    // --- the whole questionnaire ---------------------------------------------------------------------------------

    public void setTitle(String title) {
        change("title", TemplateShape.withTitle(template.get(), title), section.get(), question.get());
    }

    // --- sections ------------------------------------------------------------------------------------------------

    public void selectSection(int index) {
        section.set(index);
        Section s = selectedSection().orElse(null);
        question.set(s == null || s.questions().isEmpty() ? -1 : 0);
        steps.endTyping();
    }

    public void addSection() {
        List<Section> sections = new ArrayList<>(template.get().sections());
        int at = Math.max(section.get() + 1, TemplateShape.firstOwnSection(template.get()));
        sections.add(at, new Section(freeId("section"), "New section", "", null, List.of()));
        change(null, withSections(sections), at, -1);
    }

    public void renameSection(String title) {
        editSection(
                "section-title",
                s -> new Section(s.id(), title, s.description(), s.showIf(), s.questions()),
                question.get());
    }

    public void moveSection(int delta) {
        int at = section.get();
        int to = at + delta;
        if (isOwn(at) && isOwn(to)) {
            change(null, withSections(Moves.move(template.get().sections(), at, delta)), to, question.get());
        }
    }

    public void deleteSection() {
        int at = section.get();
        if (isOwn(at)) {
            List<Section> sections = new ArrayList<>(template.get().sections());
            sections.remove(at);
            int next = Math.min(at, sections.size() - 1);
            change(
                    null,
                    withSections(sections),
                    next,
                    next < 0 || sections.get(next).questions().isEmpty() ? -1 : 0);
        }
    }

    // --- questions of the selected section -----------------------------------------------------------------------

    public void selectQuestion(int index) {
        question.set(index);
        steps.endTyping();
    }

    public void addQuestion() {
        Optional<Section> s = selectedSection();
        if (s.isPresent()) {
            List<Question> questions = new ArrayList<>(s.get().questions());
            int at = question.get() + 1;
            questions.add(at, QuestionEdits.blank(freeId("question")));
            replaceQuestions(questions, at);
        }
    }

    public void moveQuestion(int delta) {
        selectedSection().ifPresent(s -> {
            int at = question.get();
            int to = at + delta;
            if (to >= 0 && to < s.questions().size()) {
                replaceQuestions(Moves.move(s.questions(), at, delta), to);
            }
        });
    }

    public void deleteQuestion() {
        Optional<Section> s = selectedSection();
        if (s.isPresent() && selectedQuestion().isPresent()) {
            List<Question> questions = new ArrayList<>(s.get().questions());
            questions.remove(question.get());
            replaceQuestions(questions, Math.min(question.get(), questions.size() - 1));
        }
    }

    public void setText(String text) {
        editQuestion("text", q -> QuestionEdits.text(q, text));
    }

    /** The question's "why we ask". */
    public void setHelp(String help) {
        editQuestion("help", q -> QuestionEdits.help(q, help));
    }

    public void setExamples(String lines) {
        editQuestion("examples", q -> QuestionEdits.examples(q, lines));
    }

    public void setRequired(boolean required) {
        editQuestion(null, q -> QuestionEdits.required(q, required));
    }

    public void setType(QuestionType type) {
        editQuestion(null, q -> QuestionEdits.type(q, type));
    }

    public void addOption() {
        editQuestion(null, QuestionEdits::addOption);
    }

    public void setOptionLabel(int index, String label) {
        editQuestion("option-" + index, q -> QuestionEdits.optionLabel(q, index, label));
    }

    public void removeOption(int index) {
        editQuestion(null, q -> QuestionEdits.removeOption(q, index));
    }

    public void moveOption(int index, int delta) {
        editQuestion(null, q -> QuestionEdits.moveOption(q, index, delta));
    }

    // --- undo and redo -------------------------------------------------------------------------------------------

    public void undo() {
        steps.undo(current()).ifPresent(this::restore);
    }

    public void redo() {
        steps.redo(current()).ifPresent(this::restore);
    }

    private Snapshot current() {
        return new Snapshot(template.get(), section.get(), question.get());
    }

    private void restore(Snapshot snapshot) {
        show(snapshot.template(), snapshot.section(), snapshot.question());
        unsaved.set(true);
    }

    // --- saving --------------------------------------------------------------------------------------------------

    /**
     * Writes the questionnaire as its next version into the data folder's templates, off the FX thread, and offers
     * it at once; an invalid one is not saved and the status says why.
     */
    public void save(Consumer<Path> saved) {
        if (readOnly || saving.isSaving()) {
            return;
        }
        if (!problems.isEmpty()) {
            status.set("Not saved: " + problems.size() + " problem(s) are listed below; fix them, then save again.");
            return;
        }
        saving.save(
                        template.get(),
                        (next, written) -> {
                            show(next, section.get(), question.get());
                            unsaved.set(false);
                            status.set("Saved as version " + next.version() + " (" + written.getFileName()
                                    + "). New assessment offers it now.");
                            saved.accept(written);
                        },
                        status::set)
                .ifPresent(status::set);
    }

    // --- what the view shows -------------------------------------------------------------------------------------

    public Optional<Section> selectedSection() {
        List<Section> sections = template.get().sections();
        int at = section.get();
        return at >= 0 && at < sections.size() ? Optional.of(sections.get(at)) : Optional.empty();
    }

    public Optional<Question> selectedQuestion() {
        int at = question.get();
        return selectedSection()
                .filter(s -> at >= 0 && at < s.questions().size())
                .map(s -> s.questions().get(at));
    }

    /** True when the selected section (and so its questions) can be changed here. */
    public boolean canEditSection() {
        return isOwn(section.get());
    }

    /** What the validator says about one section or question, for the line next to its fields. */
    public List<String> problemsOf(String elementId) {
        return problems.stream()
                .filter(p -> p.elementId().equals(elementId))
                .map(TemplateProblem::problem)
                .toList();
    }

    /** The selected question's "show when" condition, changed clause by clause. */
    public ShowWhenEdits conditions() {
        return conditions;
    }

    /** The answer effects of the selected question, on the risks of the catalog. */
    public AnswerEffectsEdits effects() {
        return effects;
    }

    /** The risks and mitigations answer effects name. */
    public RiskCatalog catalog() {
        return catalog;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    public QuestionnaireTemplate template() {
        return template.get();
    }

    public ReadOnlyObjectProperty<QuestionnaireTemplate> templateProperty() {
        return template.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty sectionProperty() {
        return section.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty questionProperty() {
        return question.getReadOnlyProperty();
    }

    public ObservableList<TemplateProblem> problems() {
        return problems;
    }

    public String status() {
        return status.get();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return steps.canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return steps.canRedoProperty();
    }

    public ReadOnlyBooleanProperty unsavedProperty() {
        return unsaved.getReadOnlyProperty();
    }

    // --- the machinery -------------------------------------------------------------------------------------------

    private void editSection(String field, UnaryOperator<Section> edit, int selectQuestion) {
        int at = section.get();
        if (isOwn(at)) {
            List<Section> sections = new ArrayList<>(template.get().sections());
            sections.set(at, edit.apply(sections.get(at)));
            change(
                    field == null ? null : field + "@" + sections.get(at).id(),
                    withSections(sections),
                    at,
                    selectQuestion);
        }
    }

    private void editQuestion(String field, UnaryOperator<Question> edit) {
        Optional<Question> q = selectedQuestion();
        if (q.isPresent()) {
            List<Question> questions =
                    new ArrayList<>(selectedSection().orElseThrow().questions());
            questions.set(question.get(), edit.apply(q.get()));
            editSection(
                    field == null ? null : field + "@" + q.get().id(),
                    s -> new Section(s.id(), s.title(), s.description(), s.showIf(), questions),
                    question.get());
        }
    }

    private void replaceQuestions(List<Question> questions, int select) {
        editSection(null, s -> new Section(s.id(), s.title(), s.description(), s.showIf(), questions), select);
    }

    /** Makes one change: an undo step (or, typing on in the same field, the same step), then validation. */
    private void change(String field, QuestionnaireTemplate changed, int selectSection, int selectQuestion) {
        if (readOnly || changed.equals(template.get())) {
            return;
        }
        steps.changing(current(), field);
        show(changed, selectSection, selectQuestion);
        unsaved.set(true);
        if (!saving.isSaving()) {
            status.set("");
        }
    }

    private void show(QuestionnaireTemplate shown, int selectSection, int selectQuestion) {
        problems.setAll(new TemplateValidator().validate(shown, shown.title()));
        // the selection is set first so that a view redrawing on the new template sees where the change was
        section.set(selectSection);
        question.set(selectQuestion);
        template.set(shown);
    }

    private QuestionnaireTemplate withSections(List<Section> sections) {
        return TemplateShape.withSections(template.get(), sections);
    }

    private boolean isOwn(int index) {
        return !readOnly && TemplateShape.isOwn(template.get(), index);
    }

    private String freeId(String prefix) {
        return TemplateShape.freeId(template.get(), prefix);
    }
}
