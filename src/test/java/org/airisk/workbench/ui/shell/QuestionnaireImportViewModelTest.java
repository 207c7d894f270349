package org.airisk.workbench.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.airisk.workbench.questionnairedata.TemplateLibrary;
import org.airisk.workbench.questionnairedata.surveyjs.QuestionnaireFiles;
import org.airisk.workbench.ui.ImmediateBackgroundWork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import dialog's model: what the file came to, what was not mapped, then saved and offered at once. */
class QuestionnaireImportViewModelTest {
    @TempDir
    Path dir;

    private static final String SURVEY = """
            {"title": {"default": "Vendor check", "fr": "Contrôle fournisseur"}, "pages": [{"name": "p1", "elements": [
              {"type": "boolean", "name": "hosted", "title": "Hosted?"},
              {"type": "comment", "name": "where", "visibleIf": "{hosted} = true"},
              {"type": "ranking", "name": "order", "choices": ["a", "b"]}
            ]}]}
            """;

    private QuestionnaireImportViewModel model(Path data, TemplateLibrary library) {
        return new QuestionnaireImportViewModel(new QuestionnaireFiles(), data, library, new ImmediateBackgroundWork());
    }

    @Test
    void aSurveyIsShownWithWhatWasNotMappedThenSavedAndOffered() throws Exception {
        Path data = dir.resolve("data");
        TemplateLibrary library = TemplateLibrary.load(data.resolve("templates"));
        Path survey = Files.writeString(dir.resolve("vendor.json"), SURVEY);
        QuestionnaireImportViewModel model = model(data, library);
        int[] shown = {0};

        model.open(survey, () -> shown[0]++);

        assertEquals(1, shown[0]);
        assertEquals(
                "\u201cVendor check\u201d (vendor v1): 1 sections, 2 questions, 1 conditions; 1 item(s) not "
                        + "mapped, listed below.",
                model.summary());
        assertEquals(
                List.of("order: putting answers in order (ranking) has no counterpart; left out"), model.notMapped());
        assertEquals(List.of(QuestionnaireImportViewModel.DEFAULT_LANGUAGE, "fr"), model.languages());
        assertTrue(model.canSaveProperty().get());

        model.chooseLanguage("fr", () -> shown[0]++);
        assertTrue(model.summary().startsWith("\u201cContrôle fournisseur\u201d"), model.summary());
        assertEquals(2, shown[0]);
        assertEquals("fr", model.language());

        List<Path> saved = new ArrayList<>();
        model.save(saved::add, failure -> {
            throw new AssertionError(failure);
        });
        assertEquals(List.of(data.resolve("templates").resolve("vendor-v1.json")), saved);
        assertTrue(library.offered().stream().anyMatch(t -> t.id().equals("vendor")), "offered at once");
        assertTrue(
                TemplateLibrary.load(data.resolve("templates"))
                        .find("vendor", 1)
                        .isPresent(),
                "and after restart");

        QuestionnaireImportViewModel again = model(data, library);
        again.open(survey, () -> {});
        assertFalse(again.canSaveProperty().get());
        assertTrue(again.problem().startsWith("A questionnaire vendor v1 is installed already"), again.problem());
    }

    @Test
    void aMalformedFileGetsOnePlainSentenceAndNothingToSave() throws Exception {
        Path data = dir.resolve("data");
        QuestionnaireImportViewModel model = model(data, TemplateLibrary.load(data.resolve("templates")));
        model.open(Files.writeString(dir.resolve("broken.json"), "{\"pages\": [ {\"name\": "), () -> {});
        assertTrue(model.problem().startsWith("The file is not a SurveyJS survey: "), model.problem());
        assertFalse(model.problem().contains("\n"));
        assertFalse(model.canSaveProperty().get());
        assertEquals("", model.summary());

        model.open(
                Files.writeString(
                        dir.resolve("own.json"),
                        "{\"id\": \"x\", \"version\": 1, \"title\": \"X\", " + "\"sections\": []}"),
                () -> {});
        assertTrue(
                model.problem()
                        .startsWith(
                                "own.json is not a valid questionnaire template: the template has no " + "sections"),
                model.problem());
        model.save(
                p -> {
                    throw new AssertionError("saved " + p);
                },
                f -> {
                    throw new AssertionError(f);
                });
        assertFalse(Files.exists(data.resolve("templates")));
    }
}
