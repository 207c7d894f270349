package org.airisk.workbench.questionnaire;

import java.nio.file.Path;
import java.util.Set;

/**
 * Port: questionnaire files brought in from outside (a SurveyJS survey or one of our own template files) and the
 * assessor's questionnaires saved as files in the data folder. Implemented by {@code surveyjs.QuestionnaireFiles}.
 */
public interface QuestionnaireImport {
    /** A file read: what it came to, whether it was a SurveyJS survey, and the languages it offers. */
    record Read(ImportReport report, boolean survey, Set<String> languages) {}

    /** Reads {@code file}; {@code language} picks the texts of a survey (null for its default). */
    Read read(Path file, String language);

    /** Saves the questionnaire as a template file in the data folder's questionnaires; the file written. */
    Path save(QuestionnaireTemplate template, Path dataFolder);
}
