package org.airisk.workbench.app;

import java.io.PrintWriter;
import java.time.Period;
import java.time.format.DateTimeParseException;
import org.airisk.workbench.changes.Reassessment;
import org.airisk.workbench.changes.StartReassessment;
import org.airisk.workbench.questionnairedata.TemplateLibrary;
import org.airisk.workbench.review.ReviewRepository;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.JdbcRegisterRepository;
import org.airisk.workbench.store.WorkbenchDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `reassess ID`: next year's review, started from the assessment's latest approved version. */
@Command(
        name = "reassess",
        description =
                "Start a re-assessment from the latest approved version: a new assessment "
                        + "with its answers, notes, overrides and plan; answers to re-confirm are listed and say why in their note.")
final class ReassessCommand extends ReviewCommands.OnOneAssessment {
    @Option(
            names = "--max-age",
            paramLabel = "PERIOD",
            description = "flag answers older than this, ISO form " + "(P1Y = one year, P6M = six months; default P1Y)")
    String maxAge = "P1Y";

    @Option(
            names = "--title",
            paramLabel = "TITLE",
            description = "the new assessment's title (default: the old one " + "with \"(re-assessment)\")")
    String title;

    @Override
    int run(WorkbenchDatabase db, ReviewRepository reviews, PrintWriter out) {
        Period age;
        try {
            age = Period.parse(maxAge);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "--max-age " + maxAge + " is not a period: write P1Y for a year, P6M " + "for six months.");
        }
        TemplateLibrary templates = root().templates();
        JdbcAssessmentRepository assessments = new JdbcAssessmentRepository(db, root().clock);
        String from = assessments
                .find(id)
                .orElseThrow(() ->
                        new IllegalArgumentException("No assessment " + id + " in the library; `list` shows them."))
                .title();
        StartReassessment.Started started = new StartReassessment(
                        assessments,
                        new JdbcRegisterRepository(db, root().clock),
                        templates::find,
                        templates::newest,
                        new Reassessment(root().clock))
                .startFromApproved(reviews, id, title == null ? from + " (re-assessment)" : title, age);
        out.println("Started " + started.assessment().title() + " as "
                + started.assessment().id() + "; " + started.flags().size() + " answer(s) to confirm:");
        for (Reassessment.Flag flag : started.flags()) {
            out.println(flag.questionId() + "\t" + flag.question() + "\t" + String.join(" ", flag.reasons()));
        }
        return 0;
    }
}
