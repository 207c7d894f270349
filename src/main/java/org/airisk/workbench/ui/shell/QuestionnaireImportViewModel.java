package org.airisk.workbench.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.airisk.workbench.assessment.UserFacingProblem;
import org.airisk.workbench.questionnaire.ImportReport;
import org.airisk.workbench.questionnaire.QuestionnaireImport;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.questionnaire.Questionnaires;
import org.airisk.workbench.ui.BackgroundWork;
import org.airisk.workbench.ui.UserMessages;

/**
 * File › Import questionnaire…: reads a SurveyJS survey or a template file off the FX thread, shows what it came
 * to and what could not be mapped, item by item, and on Save puts the template in the data folder's templates so
 * that New assessment offers it at once.
 */
public final class QuestionnaireImportViewModel {
    /** The default texts of a survey, before any language is chosen. */
    public static final String DEFAULT_LANGUAGE = "Default";

    private final QuestionnaireImport files;
    private final Path dataFolder;
    private final Questionnaires library;
    private final BackgroundWork background;
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ObservableList<String> notMapped = FXCollections.observableArrayList();
    private final ObservableList<String> languages = FXCollections.observableArrayList();
    private final SimpleBooleanProperty canSave = new SimpleBooleanProperty(false);
    private Path file;
    private String language;
    private ImportReport report;

    public QuestionnaireImportViewModel(
            QuestionnaireImport files, Path dataFolder, Questionnaires library, BackgroundWork background) {
        this.files = files;
        this.dataFolder = dataFolder;
        this.library = library;
        this.background = background;
    }

    /** Reads the file in the background; {@code done} runs (on the FX thread) once the outcome is shown. */
    public void open(Path chosen, Runnable done) {
        this.file = chosen;
        read(null, done);
    }

    /** Maps the survey again with its texts in this language ({@link #DEFAULT_LANGUAGE} for the default). */
    public void chooseLanguage(String chosen, Runnable done) {
        read(chosen == null || chosen.equals(DEFAULT_LANGUAGE) ? null : chosen, done);
    }

    private void read(String chosen, Runnable done) {
        this.language = chosen;
        background
                .longWork()
                .submit(
                        () -> files.read(file, chosen),
                        read -> {
                            show(read);
                            done.run();
                        },
                        failure -> {
                            showProblem("The file could not be read: " + UserMessages.describe(failure));
                            done.run();
                        });
    }

    private void show(QuestionnaireImport.Read read) {
        report = read.report();
        notMapped.setAll(report.notMapped().stream()
                .map(ImportReport.NotMapped::toString)
                .toList());
        if (read.survey() && !read.languages().isEmpty() && languages.isEmpty()) {
            languages.add(DEFAULT_LANGUAGE);
            languages.addAll(read.languages());
        }
        if (!report.ok()) {
            showProblem(report.failure());
            return;
        }
        QuestionnaireTemplate t = report.template().orElseThrow();
        summary.set("\u201c" + t.title() + "\u201d (" + t.id() + " v" + t.version() + "): "
                + t.sections().size()
                + " sections, " + t.questions().count() + " questions, " + report.conditionCount() + " conditions"
                + (read.survey() ? "; " + report.notMapped().size() + " item(s) not mapped, listed below." : "."));
        if (!library.isFree(t.id(), t.version())) {
            problem.set("A questionnaire " + t.id() + " v" + t.version() + " is installed already (or built in); "
                    + "rename the file, or give the template another id or version, and import it again.");
            canSave.set(false);
        } else {
            problem.set("");
            canSave.set(true);
        }
    }

    private void showProblem(String sentence) {
        summary.set("");
        problem.set(sentence);
        canSave.set(false);
    }

    /** Saves the template into the data folder's templates and offers it; {@code saved} gets the file written. */
    public void save(Consumer<Path> saved, Consumer<Throwable> failed) {
        if (!canSave.get()) {
            return;
        }
        QuestionnaireTemplate template = report.template().orElseThrow();
        canSave.set(false);
        background.submit(
                () -> files.save(template, dataFolder),
                written -> {
                    if (library.install(template)) {
                        saved.accept(written);
                    } else {
                        failed.accept(new UserFacingProblem("Saved as "
                                + written.getFileName() + ", but New assessment offers it only after a restart: a "
                                + "questionnaire with its id and version was installed meanwhile."));
                    }
                },
                failure -> {
                    canSave.set(true);
                    failed.accept(failure);
                });
    }

    public String summary() {
        return summary.get();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public String problem() {
        return problem.get();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ObservableList<String> notMapped() {
        return notMapped;
    }

    public ObservableList<String> languages() {
        return languages;
    }

    public String language() {
        return language == null ? DEFAULT_LANGUAGE : language;
    }

    public SimpleBooleanProperty canSaveProperty() {
        return canSave;
    }

    public List<String> notMappedLines() {
        return List.copyOf(notMapped);
    }
}
