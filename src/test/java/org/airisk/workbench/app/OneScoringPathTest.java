package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.airisk.workbench.assessment.Assessment;
import org.airisk.workbench.report.ReportContent;
import org.airisk.workbench.scoring.NotApplicableRisk;
import org.airisk.workbench.scoring.Rating;
import org.airisk.workbench.scoring.RiskScore;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.JdbcRegisterRepository;
import org.airisk.workbench.testing.TestClock;
import org.airisk.workbench.ui.ImmediateBackgroundWork;
import org.airisk.workbench.ui.questionnaire.QuestionnaireViewModel;
import org.airisk.workbench.ui.register.RiskRegisterViewModel;
import org.airisk.workbench.ui.register.ScoringSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample assessment (with an override and plan items) scored three ways the assessor can see it: the window's
 * risk register, the report's register and the register the command line writes as CSV. All three list the same
 * risks in the same order with the same ratings, because all three score through {@code ScoredAssessment}.
 */
class OneScoringPathTest {
    @TempDir
    Path dir;

    @Test
    void windowReportAndCommandLineGiveTheSameRegister() throws Exception {
        List<String> window;
        List<String> reported;
        List<String> windowLeftOut;
        List<String> reportLeftOut;
        String id;
        Path dataFolder;
        try (SampleReportLibrary library = new SampleReportLibrary(dir)) {
            JdbcAssessmentRepository assessments = new JdbcAssessmentRepository(library.db, TestClock.FIXED);
            JdbcRegisterRepository registers = new JdbcRegisterRepository(library.db, TestClock.FIXED);
            Assessment sample = assessments.find(library.sample).orElseThrow();
            // as the window opens it: the questionnaire's answers feed the scoring session the screens bind to
            QuestionnaireViewModel questionnaire = new QuestionnaireViewModel(
                    sample,
                    SampleReportLibrary.TEMPLATES
                            .find(sample.templateId(), sample.templateVersion())
                            .orElseThrow(),
                    assessments.answersToEdit(sample.id()),
                    assessments,
                    new ImmediateBackgroundWork());
            ScoringSession session = new ScoringSession(
                    sample.id(),
                    questionnaire.stateProperty(),
                    new ScoringSession.Records(
                            registers.method(sample.id()).orElseThrow(),
                            registers.overrides(sample.id()),
                            registers.plan(sample.id())),
                    SampleReportLibrary.CATALOG,
                    registers,
                    new ImmediateBackgroundWork(),
                    new SimpleObjectProperty<>(ScoringMethod.standard()),
                    () -> SampleReportLibrary.TODAY);
            window = rows(new RiskRegisterViewModel(session).shownRisks());
            windowLeftOut = leftOut(session.registerProperty().get().notApplicable());

            ReportContent report = library.reports.content(sample.id(), SampleReportLibrary.TODAY);
            reported = rows(report.registerRows());
            reportLeftOut = leftOut(report.register().notApplicable());
            id = sample.id().toString();
            dataFolder = library.dataFolder;
        }
        // the command line opens the library itself, once the window has let go of it
        Path csv = dir.resolve("register.csv");
        CommandLineTest.Run run = CommandLineTest.run(
                "export", "--data-dir", dataFolder.toString(), "--format", "csv", "--out", csv.toString(), id);
        assertEquals(0, run.code(), run.err());
        List<String> commandLine = csvRows(Files.readString(csv, StandardCharsets.UTF_8));

        assertTrue(window.size() > 5, "the sample has a register worth comparing: " + window);
        assertTrue(
                window.stream().anyMatch(r -> r.startsWith("atlas-hallucination ") && r.endsWith("overridden")),
                "the sample's override shows: " + window);
        assertEquals(window, reported, "the report's register");
        assertEquals(window, commandLine, "the command line's register");
        assertEquals(windowLeftOut, reportLeftOut, "risks left out");
    }

    /** One line per risk, in the order listed: id, inherent, residual and target ratings, and whether overridden. */
    private static List<String> rows(List<RiskScore> listed) {
        return listed.stream()
                .map(s -> row(
                        s.riskId(), rating(s.inherent()), rating(s.residual()), rating(s.target()), s.isOverridden()))
                .toList();
    }

    private static String row(String id, String inherent, String residual, String target, boolean overridden) {
        return id + " inherent " + inherent + ", residual " + residual + ", target " + target
                + (overridden ? ", overridden" : "");
    }

    private static String rating(Rating r) {
        return rating(r.likelihood(), r.impact(), r.score(), r.level().label());
    }

    private static String rating(Object likelihood, Object impact, Object score, String level) {
        return "L" + likelihood + " I" + impact + " = " + score + " " + level;
    }

    private static List<String> leftOut(List<NotApplicableRisk> risks) {
        return risks.stream().map(n -> n.risk().id()).toList();
    }

    /** The register CSV's rows, in the same words as {@link #rows}: the columns are the CSV report's, by name. */
    private static List<String> csvRows(String text) {
        List<List<String>> table = parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
        List<String> header = table.get(0);
        List<String> out = new ArrayList<>();
        for (List<String> r : table.subList(1, table.size())) {
            out.add(row(
                    r.get(header.indexOf("Risk id")),
                    csvRating(header, r, "Inherent"),
                    csvRating(header, r, "Residual"),
                    csvRating(header, r, "Target"),
                    r.get(header.indexOf("Overridden")).equals("yes")));
        }
        return out;
    }

    private static String csvRating(List<String> header, List<String> r, String which) {
        return rating(
                r.get(header.indexOf(which + " likelihood")),
                r.get(header.indexOf(which + " impact")),
                r.get(header.indexOf(which + " score")),
                r.get(header.indexOf(which + " level")));
    }

    /** RFC 4180: cells split by commas, rows by CRLF, a quoted cell may hold both and doubles its quotes. */
    private static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return rows;
    }
}
