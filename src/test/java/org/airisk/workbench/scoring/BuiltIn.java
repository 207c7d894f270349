package org.airisk.workbench.scoring;

import java.nio.file.Path;
import org.airisk.workbench.catalog.RiskCatalog;
import org.airisk.workbench.catalogdata.CatalogReader;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.questionnairedata.TemplateLibrary;

/** The questionnaires and catalog the app ships, read once for the tests that run over real content. */
final class BuiltIn {
    static final RiskCatalog CATALOG = new CatalogReader().readBuiltIn();
    private static final TemplateLibrary TEMPLATES = TemplateLibrary.load(Path.of("target", "no-user-templates"));

    private BuiltIn() {}

    static QuestionnaireTemplate template(String id) {
        return TEMPLATES
                .newest(id)
                .orElseThrow(() -> new AssertionError("no template " + id + ": " + TEMPLATES.problems()));
    }
}
