package org.airisk.workbench.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.airisk.workbench.questionnaire.ImportReport;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.questionnairedata.TemplateLibrary;
import org.airisk.workbench.questionnairedata.surveyjs.QuestionnaireFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `template list|import-surveyjs`: the questionnaires this data folder offers, and a SurveyJS survey turned into a
 * template file (docs/surveyjs.md). Checking a template file stays with `validate FILE`.
 */
@Command(
        name = "template",
        description = "Questionnaire templates: list those offered, import a SurveyJS survey.",
        subcommands = {TemplateCommands.ListTemplates.class, TemplateCommands.ImportSurveyJs.class})
final class TemplateCommands {
    @Command(
            name = "list",
            description = "List the questionnaires offered: id, version, title, number of questions "
                    + "(built-in ones first, then those in the data folder's templates/).")
    static final class ListTemplates extends LibraryCommand {
        @Override
        public Integer call() {
            TemplateLibrary library = root().templates();
            PrintWriter out = out();
            for (QuestionnaireTemplate t : library.offered()) {
                out.println(String.join(
                        "\t",
                        t.id(),
                        "v" + t.version(),
                        t.title(),
                        t.questions().count() + " questions"));
            }
            if (!library.problems().isEmpty()) {
                err().println(library.problems().size() + " problem(s) kept template files "
                        + "from loading; `validate FILE` says what is wrong with a file.");
            }
            return 0;
        }
    }

    @Command(
            name = "import-surveyjs",
            description = "Turn a SurveyJS survey (JSON) into a questionnaire template "
                    + "file, saying what could not be mapped. Put OUT in the data folder's templates/ to offer it.")
    static final class ImportSurveyJs extends LibraryCommand {
        @Parameters(index = "0", paramLabel = "IN", description = "The SurveyJS survey JSON.")
        Path in;

        @Parameters(index = "1", paramLabel = "OUT", description = "The template file to write (must not exist).")
        Path out;

        @Option(
                names = "--language",
                paramLabel = "CODE",
                description = "The language of the texts, e.g. fr "
                        + "(default: the survey's default texts; a text without this language keeps its default).")
        String language;

        @Override
        public Integer call() {
            QuestionnaireFiles files = new QuestionnaireFiles();
            QuestionnaireFiles.Read read = files.read(in, language);
            ImportReport report = read.report();
            PrintWriter err = err();
            if (!report.ok()) {
                err.println("ai-risk-workbench: " + report.failure());
                return 1;
            }
            if (!read.survey()) {
                err.println("ai-risk-workbench: " + in.getFileName() + " is a questionnaire template already; copy "
                        + "it into the data folder's templates/ folder instead.");
                return 1;
            }
            if (language != null && !read.languages().contains(language)) {
                err.println("ai-risk-workbench: the survey has no texts in '" + language + "'"
                        + (read.languages().isEmpty()
                                ? "; leave --language out."
                                : "; it has: " + String.join(", ", read.languages()) + "."));
                return 1;
            }
            QuestionnaireTemplate template = report.template().orElseThrow();
            files.write(template, out);
            PrintWriter stdout = out();
            report.notMapped().forEach(n -> stdout.println("Not mapped: " + n));
            stdout.println("Wrote " + out.getFileName() + ": \u201c" + template.title() + "\u201d ("
                    + template.id() + " v" + template.version() + "), "
                    + template.sections().size() + " sections, "
                    + template.questions().count() + " questions, " + report.conditionCount() + " conditions; "
                    + report.notMapped().size() + " item(s) not mapped.");
            return 0;
        }
    }
}
