package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.importfiles.TemplateAndAtlasCorpus;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.AnsweredQuestionnaire;
import org.airisk.workbench.questionnaire.Progress;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.settings.PreferenceKeys;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.JdbcPreferences;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end on temporary data folders: what a script or a CI job would do. */
class CommandLineTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLine.run(args, new PrintWriter(out), new PrintWriter(err), Map.of(), TestClock.FIXED);
        return new Run(code, out.toString(), err.toString());
    }

    /** A script or a support request asks which version is installed: the number the build stamped, not only the name. */
    @Test
    void versionSaysTheNumber() {
        for (String option : new String[] {"--version", "-V"}) {
            Run version = run(option);
            assertEquals(0, version.code(), version.err());
            assertEquals("AI Risk Workbench " + AppVersion.get(), version.out().strip());
        }
        assertFalse(AppVersion.get().equals("unknown"), "the build stamps the version");
    }

    /** Closing a library that a large change left mostly free space pauses for seconds (ADR 0049): said first. */
    @Test
    void theCompactionAtClosingIsAnnouncedOnTheErrorStream() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter written = new PrintWriter(out);
        written.print("the listing");
        CommandLine.compactingNotice(written, new PrintWriter(err)).run();
        assertEquals("the listing", out.toString(), "what the command wrote is out before the pause");
        assertEquals(
                "ai-risk-workbench: tidying the library file, which is mostly free space after a large change; this "
                        + "takes a few seconds, once." + System.lineSeparator(),
                err.toString());
    }

    @Test
    void listExportImportAndValidate() throws Exception {
        Path mine = dir.resolve("mine");
        String id = tutor(mine);
        Run list = run("list", "--data-dir", mine.toString());
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().startsWith(id + "\tTutor bot review\tTutor Bot\tIn progress"), list.out());
        assertEquals(
                list.out(),
                run("list", "--data-dir", mine.toString(), "--limit", "5", "--search", "tutor")
                        .out());
        assertEquals(
                "", run("list", "--data-dir", mine.toString(), "--offset", "1").out());
        assertEquals(
                "",
                run("list", "--data-dir", mine.toString(), "--search", "nothing like it")
                        .out());
        Run negative = run("list", "--data-dir", mine.toString(), "--limit", "-1");
        assertEquals(2, negative.code());
        assertEquals(
                "--limit and --offset take a number of 0 or more.",
                negative.err().strip());

        Path file = dir.resolve("tutor.airisk.json");
        Run export = run("--data-dir", mine.toString(), "export", "--out", file.toString(), id);
        assertEquals(0, export.code(), export.err());
        assertTrue(Files.readString(file).contains("\"education\""));

        Run valid = run("validate", "--data-dir", mine.toString(), file.toString());
        assertEquals(0, valid.code(), valid.err());
        assertTrue(valid.out().contains("a valid assessment package"));

        try (WorkbenchDatabase db = WorkbenchDatabase.open(mine)) {
            new JdbcPreferences(db)
                    .put(
                            PreferenceKeys.SCORING_METHOD,
                            ScoringMethod.standard(4).encode());
        }
        Path pdf = dir.resolve("tutor.pdf");
        Run report = run("export", "--data-dir", mine.toString(), "--format", "pdf", "--out", pdf.toString(), id);
        assertEquals(0, report.code(), report.err());
        assertTrue(Files.readString(pdf, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        Run html = run(
                "export",
                "--data-dir",
                mine.toString(),
                "--format",
                "html",
                "--out",
                dir.resolve("tutor.html").toString(),
                id);
        assertEquals(0, html.code(), html.err());
        assertTrue(
                Files.readString(dir.resolve("tutor.html"))
                        .contains(ScoringMethod.standard(4).describe()),
                "a never-scored assessment is reported with the method set in Edit > Scoring method");
        Path docx = dir.resolve("tutor.docx");
        Run word = run("export", "--data-dir", mine.toString(), "--format", "docx", "--out", docx.toString(), id);
        assertEquals(0, word.code(), word.err());
        assertEquals("", word.err(), "nothing but the result on the console");
        try (var doc = new XWPFDocument(Files.newInputStream(docx))) {
            assertTrue(doc.getParagraphs().stream()
                    .anyMatch(p -> p.getText().equals("AI risk assessment: Tutor bot review")));
        }
        Path xlsx = dir.resolve("tutor.xlsx");
        Run sheet = run("export", "--data-dir", mine.toString(), "--format", "xlsx", "--out", xlsx.toString(), id);
        assertEquals(0, sheet.code(), sheet.err());
        try (var book = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertTrue(book.getSheet("Risk register").getLastRowNum() > 0, "the register's rows");
        }
        assertEquals(
                1,
                run(
                                "export",
                                "--data-dir",
                                mine.toString(),
                                "--format",
                                "odt",
                                "--out",
                                dir.resolve("t.odt").toString(),
                                id)
                        .code(),
                "not a format");

        Path theirs = dir.resolve("theirs");
        Run imported = run("import", "--data-dir", theirs.toString(), file.toString());
        assertEquals(0, imported.code(), imported.err());
        int truly = new AnsweredQuestionnaire(
                        org.airisk.workbench.questionnairedata.TemplateLibrary.load(null)
                                .find("foundation-model-assessment", 1)
                                .orElseThrow(),
                        Map.of("profile_domain", new Answer.Choice("education")))
                .progress()
                .percent();
        assertTrue(truly != 5, "the package says 5 %, made up by this test");
        assertTrue(
                run("list", "--data-dir", theirs.toString())
                        .out()
                        .contains("Tutor bot review\tTutor Bot\t" + "In progress\t" + truly + "%"),
                "progress recomputed on import, not copied from the package");
        Run again = run("import", "--data-dir", theirs.toString(), file.toString());
        assertEquals(0, again.code());
        assertTrue(run("list", "--data-dir", theirs.toString()).out().contains("Tutor bot review (imported)"));
    }

    /** A never-opened assessment with one answer, in a new data folder: its id. */
    static String tutor(Path data) {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(data)) {
            JdbcAssessmentRepository repo = new JdbcAssessmentRepository(db, TestClock.FIXED);
            var a = repo.create(
                    new NewAssessment("Tutor bot review", "Tutor Bot", "Ann", "foundation-model-assessment", 1));
            repo.saveAnswer(a.id(), "profile_domain", new Answer.Choice("education"), new Progress(1, 20));
            return a.id().toString();
        }
    }

    @Test
    void failuresGiveANonZeroExitAndAReason() throws Exception {
        Path data = dir.resolve("data");
        Path broken = dir.resolve("broken.airisk.json");
        Files.writeString(broken, "{\"format\": \"ai-risk-workbench/assessment-package\", \"formatVersion\": 1}");
        Run importing = run("import", "--data-dir", data.toString(), broken.toString());
        assertEquals(1, importing.code());
        assertTrue(
                importing.err().contains("$: required property 'assessments' not found")
                        || importing.err().contains("assessments"),
                importing.err());
        assertTrue(importing.err().contains("nothing was imported"));
        assertTrue(run("list", "--data-dir", data.toString()).out().isEmpty(), "nothing was written");

        Path template = dir.resolve("bad-template.json");
        Files.writeString(
                template,
                "{\"id\": \"t\", \"version\": 1, \"title\": \"T\", \"sections\": [{\"id\": \"s\", "
                        + "\"title\": \"S\", \"questions\": [{\"id\": \"q\", \"type\": \"bogus\", \"text\": \"Q?\"}]}]}");
        Run validate = run("validate", "--data-dir", data.toString(), template.toString());
        assertEquals(1, validate.code());
        assertTrue(validate.err().contains("unknown question type 'bogus'"), validate.err());
        assertFalse(validate.err().contains("airisk-validate"), "no temporary paths in the message");

        Run missing = run(
                "export",
                "--data-dir",
                data.toString(),
                "--out",
                dir.resolve("x.json").toString(),
                "00000000-0000-0000-0000-000000000000");
        assertEquals(1, missing.code());
        assertTrue(missing.err().startsWith("ai-risk-workbench: No assessment"), missing.err());
        assertEquals(2, run("export").code(), "wrong usage");
    }

    @Test
    void validateTellsTheKindOfFileByContentAndRefusesWhatImportWouldRefuse() throws Exception {
        Path data = dir.resolve("data");
        Path text = dir.resolve("notes.json");
        Files.writeString(text, "Shopping list: milk, eggs.\n");
        Run plain = run("validate", "--data-dir", data.toString(), text.toString());
        assertEquals(1, plain.code());
        assertFalse(plain.out().contains("valid questionnaire template"), plain.out());
        assertTrue(plain.err().contains("is not a file the workbench imports"), plain.err());

        Path atlas = dir.resolve("atlas.yaml");
        Files.writeString(atlas, TemplateAndAtlasCorpus.ATLAS);
        Run valid = run("validate", "--data-dir", data.toString(), atlas.toString());
        assertEquals(0, valid.code(), valid.err());
        assertTrue(valid.out().contains("a valid Risk Atlas file"), valid.out());
        Run importing = run("import", "--data-dir", data.toString(), atlas.toString());
        assertEquals(1, importing.code());
        assertTrue(importing.err().contains("this is a Risk Atlas file, not an assessment package"), importing.err());

        Path builtIn = dir.resolve("mine.json");
        Files.writeString(
                builtIn,
                TemplateAndAtlasCorpus.TEMPLATE
                        .replace("corpus-mini", "quick-check")
                        .replace("\"version\": 1", "\"version\": 9"));
        Run claimed = run("validate", "--data-dir", data.toString(), builtIn.toString());
        assertEquals(1, claimed.code());
        assertTrue(claimed.err().contains("of a built-in questionnaire"), claimed.err());

        Run folder = run("validate", "--data-dir", data.toString(), dir.toString());
        assertEquals(1, folder.code());
        assertTrue(folder.err().contains("is a folder"), folder.err());
        assertTrue(run("list", "--data-dir", data.toString()).out().isEmpty(), "nothing was written");
    }

    @Test
    void onlyACommandKeepsTheWindowClosed() {
        assertTrue(CommandLine.wants(new String[] {"--data-dir", "x", "list"}));
        assertTrue(CommandLine.wants(new String[] {"import", "a.airisk.json"}));
        assertFalse(CommandLine.wants(new String[] {"--data-dir", "x"}));
        assertFalse(CommandLine.wants(new String[] {"a.airisk.json"}));
    }
}
