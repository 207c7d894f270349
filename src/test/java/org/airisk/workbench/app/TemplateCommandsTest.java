package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.airisk.workbench.questionnairedata.TemplateReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `template list` and `template import-surveyjs IN OUT`: a survey becomes a template the data folder offers. */
class TemplateCommandsTest {
    @TempDir
    Path dir;

    private static final String SURVEY = """
            {"title": {"default": "Vendor check", "fr": "Contrôle fournisseur"}, "pages": [{"name": "p1", "elements": [
              {"type": "radiogroup", "name": "hosted", "title": {"default": "Hosted?", "fr": "Hébergé ?"},
               "choices": [{"value": "yes", "text": "Yes", "score": 3}, {"value": "no", "text": "No", "score": 0}]},
              {"type": "comment", "name": "where", "visibleIf": "{hosted} = 'yes'"},
              {"type": "signaturepad", "name": "sign"}
            ]}]}
            """;

    @Test
    void aSurveyIsImportedAndThenListedWithTheBuiltInOnes() throws Exception {
        Path data = dir.resolve("data");
        Path in = Files.writeString(dir.resolve("vendor.json"), SURVEY);
        Path out = dir.resolve("vendor-check.json");

        CommandLineRun imported = CommandLineRun.in(
                data, "template", "import-surveyjs", in.toString(), out.toString(), "--language", "fr");

        assertEquals(0, imported.code(), imported.err());
        assertTrue(
                imported.out().contains("Not mapped: sign: a signature has no counterpart; left out"), imported.out());
        assertTrue(
                imported.out()
                        .contains("Wrote vendor-check.json: \u201cContrôle fournisseur\u201d (vendor v1), "
                                + "1 sections, 2 questions, 1 conditions; 1 item(s) not mapped."),
                imported.out());
        assertTrue(new TemplateReader()
                .read(Files.readString(out), "out")
                .template()
                .isPresent());

        CommandLineRun before = CommandLineRun.in(data, "template", "list");
        assertEquals(0, before.code(), before.err());
        assertTrue(before.out().contains("quick-check\tv"), before.out());
        assertFalse(before.out().contains("vendor"), before.out());
        Files.createDirectories(data.resolve("templates"));
        Files.copy(out, data.resolve("templates").resolve("vendor-check.json"));
        CommandLineRun after = CommandLineRun.in(data, "template", "list");
        assertTrue(after.out().contains("vendor\tv1\tContrôle fournisseur\t2 questions"), after.out());
    }

    @Test
    void nothingIsWrittenForABadFileAnExistingOutputOrAMissingLanguage() throws Exception {
        Path data = dir.resolve("data");
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"pages\": [");
        Path out = dir.resolve("out.json");
        CommandLineRun malformed =
                CommandLineRun.in(data, "template", "import-surveyjs", bad.toString(), out.toString());
        assertEquals(1, malformed.code());
        assertTrue(
                malformed.err().startsWith("ai-risk-workbench: The file is not a SurveyJS survey: "), malformed.err());
        assertEquals(1, malformed.err().strip().lines().count(), malformed.err());
        assertFalse(Files.exists(out));

        Path in = Files.writeString(dir.resolve("vendor.json"), SURVEY);
        CommandLineRun german = CommandLineRun.in(
                data, "template", "import-surveyjs", in.toString(), out.toString(), "--language", "de");
        assertEquals(
                "ai-risk-workbench: the survey has no texts in 'de'; it has: fr.",
                german.err().strip());
        assertFalse(Files.exists(out));

        Files.writeString(out, "keep me");
        CommandLineRun exists = CommandLineRun.in(data, "template", "import-surveyjs", in.toString(), out.toString());
        assertEquals(1, exists.code());
        assertTrue(exists.err().contains("There is a file out.json already"), exists.err());
        assertEquals("keep me", Files.readString(out));
    }
}
