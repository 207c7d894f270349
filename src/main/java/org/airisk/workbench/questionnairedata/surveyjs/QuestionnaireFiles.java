package org.airisk.workbench.questionnairedata.surveyjs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.airisk.workbench.assessment.StorageException;
import org.airisk.workbench.importfiles.AtomicFile;
import org.airisk.workbench.importfiles.ImportFile;
import org.airisk.workbench.importfiles.StrictJson;
import org.airisk.workbench.questionnaire.ImportReport;
import org.airisk.workbench.questionnaire.QuestionnaireImport;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.questionnaire.TemplateProblem;
import org.airisk.workbench.questionnairedata.TemplateLibrary;
import org.airisk.workbench.questionnairedata.TemplateReader;
import org.airisk.workbench.questionnairedata.TemplateSchema;
import org.airisk.workbench.questionnairedata.TemplateWriter;

/**
 * Questionnaire files brought in from outside, as File › Import questionnaire… and {@code template
 * import-surveyjs} read and save them: a SurveyJS survey is mapped, one of our own template files is checked as
 * the library would; either is saved as a template file the library loads.
 */
public final class QuestionnaireFiles implements QuestionnaireImport {
    /** The data folder's folder of own templates (as the composition root names it). */
    public static final String FOLDER = "templates";

    /** Reads {@code file}; {@code language} picks the texts of a survey (null for its default). */
    @Override
    public Read read(Path file, String language) {
        ImportFile.Text text = ImportFile.read(file, "a questionnaire", TemplateLibrary.MAX_BYTES);
        if (!text.ok()) {
            return new Read(ImportReport.failed(text.problem()), false, Set.of());
        }
        StrictJson.Parsed parsed = StrictJson.read(text.text());
        String name = file.getFileName().toString();
        if (parsed.ok()
                && !SurveyJsImporter.isSurvey(parsed.root())
                && parsed.root().has("sections")) {
            return new Read(ownTemplate(text.text(), name), false, Set.of());
        }
        String base = name.replaceFirst("(?i)\\.json$", "");
        ImportReport report =
                new SurveyJsImporter().read(text.text(), base, new SurveyJsImporter.Choice(base, language));
        return new Read(report, true, parsed.ok() ? LocalisedText.languages(parsed.root()) : Set.of());
    }

    private static ImportReport ownTemplate(String json, String name) {
        TemplateReader.Result result = new TemplateReader().read(json, name);
        if (result.template().isPresent()) {
            return ImportReport.mapped(result.template().get(), List.of());
        }
        List<TemplateProblem> problems = result.problems();
        String first = problems.isEmpty()
                ? "it could not be read"
                : problems.get(0).problem()
                        + (problems.get(0).elementId().isEmpty()
                                ? ""
                                : " (" + problems.get(0).elementId() + ")");
        return ImportReport.failed(name + " is not a valid questionnaire template: " + first
                + (problems.size() > 1 ? ", and " + (problems.size() - 1) + " more problem(s)" : "")
                + ". Fix it as docs/templates.md describes, then import it again.");
    }

    /** The template as the file that is saved: written, then checked against the schema and read back. */
    public String text(QuestionnaireTemplate template) {
        String json = new TemplateWriter().write(template);
        List<String> schema = TemplateSchema.check(json);
        if (!schema.isEmpty()) {
            throw new IllegalStateException("the template written does not meet its schema: " + schema.get(0));
        }
        TemplateReader.Result back = new TemplateReader().read(json, template.id());
        if (back.template().isEmpty()) {
            throw new IllegalStateException("the template written does not read back: "
                    + back.problems().get(0));
        }
        return json;
    }

    /** Writes the template to {@code file}, which must not exist yet: nothing is overwritten or half-written. */
    public Path write(QuestionnaireTemplate template, Path file) {
        if (Files.exists(file)) {
            throw new StorageException("There is a file " + file.getFileName() + " already; choose another name or "
                    + "move that file away first.");
        }
        String json = text(template);
        return AtomicFile.write(
                file, "the questionnaire", temp -> Files.writeString(temp, json, StandardCharsets.UTF_8));
    }

    /** Saves the template into the data folder's templates, under a file name of its own. */
    @Override
    public Path save(QuestionnaireTemplate template, Path dataFolder) {
        Path folder = dataFolder.resolve(FOLDER);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StorageException("Could not make the folder " + folder + " (" + e.getMessage() + ").", e);
        }
        Path file = folder.resolve(template.id() + "-v" + template.version() + ".json");
        for (int n = 2; Files.exists(file); n++) {
            file = folder.resolve(template.id() + "-v" + template.version() + "-" + n + ".json");
        }
        return write(template, file);
    }
}
