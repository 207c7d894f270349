package org.airisk.workbench.ui.templates;

import java.nio.file.Path;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.airisk.workbench.catalog.RiskCatalog;
import org.airisk.workbench.questionnaire.QuestionnaireImport;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.questionnaire.Questionnaires;
import org.airisk.workbench.ui.BackgroundWork;

/**
 * Tools › Questionnaires…: the built-in questionnaires (read-only, to duplicate) and the assessor's own ones, the
 * newest version of each, and an editor for the one chosen.
 */
public final class QuestionnairesViewModel {
    private final Questionnaires library;
    private final QuestionnaireImport files;
    private final RiskCatalog catalog;
    private final Path dataFolder;
    private final BackgroundWork background;
    private final ObservableList<QuestionnaireTemplate> questionnaires = FXCollections.observableArrayList();

    /** @param catalog the risks and mitigations answer effects are chosen from, and the preview names */
    public QuestionnairesViewModel(
            Questionnaires library,
            QuestionnaireImport files,
            RiskCatalog catalog,
            Path dataFolder,
            BackgroundWork background) {
        this.library = library;
        this.files = files;
        this.catalog = catalog;
        this.dataFolder = dataFolder;
        this.background = background;
        refresh();
    }

    /** Reads the library again, e.g. after a save added a version. */
    public void refresh() {
        questionnaires.setAll(library.offered());
    }

    public ObservableList<QuestionnaireTemplate> questionnaires() {
        return questionnaires;
    }

    public boolean isBuiltIn(QuestionnaireTemplate template) {
        return library.isBuiltIn(template.id());
    }

    /** "Quick check v2 (built in)": how the list names a questionnaire. */
    public String describe(QuestionnaireTemplate template) {
        return template.displayName() + (isBuiltIn(template) ? " (built in)" : "");
    }

    /** The editor of this questionnaire: read-only for a built-in one; Save writes the version after it. */
    public TemplateEditorViewModel open(QuestionnaireTemplate template) {
        return new TemplateEditorViewModel(
                template, template.version(), isBuiltIn(template), library, files, catalog, dataFolder, background);
    }

    /**
     * An editable copy under an id of its own ("quick-check-copy", then "-copy-2"...), titled "Copy of …"; it is
     * not saved until the assessor saves it, as version 1.
     */
    public TemplateEditorViewModel duplicate(QuestionnaireTemplate template) {
        List<String> ids =
                library.offered().stream().map(QuestionnaireTemplate::id).toList();
        String id = template.id() + "-copy";
        for (int n = 2; ids.contains(id) || library.isBuiltIn(id); n++) {
            id = template.id() + "-copy-" + n;
        }
        QuestionnaireTemplate copy = new QuestionnaireTemplate(
                id,
                1,
                "Copy of " + template.title(),
                template.description(),
                template.sections(),
                template.includes(),
                template.includedSections());
        return new TemplateEditorViewModel(copy, 0, false, library, files, catalog, dataFolder, background);
    }
}
