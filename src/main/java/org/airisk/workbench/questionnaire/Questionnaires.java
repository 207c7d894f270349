package org.airisk.workbench.questionnaire;

import java.util.List;
import java.util.Optional;

/**
 * Port: the questionnaires installed in this workbench (built-in and the assessor's own), as the window and the
 * scoring find them. Implemented by {@code templates.TemplateLibrary}.
 */
public interface Questionnaires {
    /** The newest version of each questionnaire: what a new assessment can follow. */
    List<QuestionnaireTemplate> offered();

    /** Every version of every questionnaire installed. */
    List<QuestionnaireTemplate> installed();

    Optional<QuestionnaireTemplate> find(String id, int version);

    Optional<QuestionnaireTemplate> newest(String id);

    /** True when no installed questionnaire has this id and version, and the id is not a built-in one. */
    boolean isFree(String id, int version);

    /** True for a questionnaire the app ships (read-only). */
    boolean isBuiltIn(String id);

    /** Offers a questionnaire saved while the app runs; false when its id and version are taken or it is invalid. */
    boolean install(QuestionnaireTemplate template);

    /** The questionnaire files left out because of their problems. */
    List<TemplateProblem> problems();
}
