package org.airisk.workbench.questionnairedata.surveyjs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import org.airisk.workbench.questionnaire.ImportReport;
import org.airisk.workbench.questionnaire.Option;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.questionnairedata.TemplateReader;
import org.airisk.workbench.questionnairedata.TemplateSchema;
import org.junit.jupiter.api.Test;

/**
 * A survey the size of the public algorithmic impact assessments (generated here: their files are not ours to
 * ship): 60 pages of panels, 600 questions in two languages, scored choices, visibleIf nested three deep, and the
 * elements such surveys carry that have no counterpart.
 */
class LargeSurveyTest {
    static final int PAGES = 60;
    static final int PER_PAGE = 10;
    private static final ObjectMapper JSON = new ObjectMapper();

    static String survey() {
        ObjectNode root = JSON.createObjectNode();
        root.putObject("title").put("default", "Impact assessment").put("fr", "Évaluation de l'incidence");
        ArrayNode pages = root.putArray("pages");
        for (int p = 0; p < PAGES; p++) {
            ObjectNode page = pages.addObject().put("name", "page" + p);
            page.putObject("title").put("default", "Part " + p).put("fr", "Partie " + p);
            if (p > 0) {
                page.put("visibleIf", "{q" + (p - 1) + "_0} = 'item1-3' or {q" + (p - 1) + "_1} anyof ['a', 'b']");
            }
            ArrayNode elements = page.putArray("elements");
            elements.addObject().put("type", "html").put("name", "intro" + p).put("html", "<h4>Read me</h4>");
            ObjectNode panel = elements.addObject().put("type", "panel").put("name", "panel" + p);
            panel.putObject("title").put("default", "Panel " + p).put("fr", "Panneau " + p);
            ArrayNode inPanel = panel.putArray("elements");
            for (int q = 0; q < PER_PAGE; q++) {
                String name = "q" + p + "_" + q;
                ObjectNode question = inPanel.addObject().put("name", name);
                question.putObject("title").put("default", "Question " + name).put("fr", "Question fr " + name);
                switch (q % 5) {
                    case 0 -> {
                        question.put("type", "radiogroup");
                        ArrayNode choices = question.putArray("choices");
                        for (int c = 1; c <= 3; c++) {
                            ObjectNode choice = choices.addObject()
                                    .put("value", "item1-" + c)
                                    .put("score", c);
                            choice.putObject("text")
                                    .put("default", "Choice " + c)
                                    .put("fr", "Choix " + c);
                        }
                    }
                    case 1 -> {
                        question.put("type", "checkbox");
                        ArrayNode choices = question.putArray("choices");
                        for (String v : List.of("a", "b", "c", "d")) {
                            choices.addObject()
                                    .put("value", v)
                                    .put("text", v.toUpperCase())
                                    .put("score", 1);
                        }
                    }
                    case 2 ->
                        question.put("type", "boolean")
                                .put(
                                        "visibleIf",
                                        "({" + "q" + p + "_0} = 'item1-2' and !({q" + p + "_1} contains 'd'))"
                                                + " or ({q" + p + "_1} notempty and ({q" + p + "_0} != 'item1-1'))");
                    case 3 -> question.put("type", "comment").put("visibleIf", "{q" + p + "_2} = true");
                    default ->
                        question.put("type", "text")
                                .put("inputType", "number")
                                .put("visibleIf", "{q" + p + "_3} notempty"); // not expressible: a text answer
                }
            }
        }
        return root.toString();
    }

    @Test
    void aLargeBilingualSurveyMapsQuicklyWithEverythingAccountedFor() {
        String survey = survey();
        new SurveyJsImporter().read(survey, "warm-up", new SurveyJsImporter.Choice("aia", "fr"));
        long start = System.nanoTime();
        ImportReport report = new SurveyJsImporter().read(survey, "x", new SurveyJsImporter.Choice("aia", "fr"));
        long millis = (System.nanoTime() - start) / 1_000_000;

        QuestionnaireTemplate t = report.template().orElseThrow();
        assertEquals(PAGES, t.sections().size());
        assertEquals(PAGES * PER_PAGE, t.questions().count());
        // per page: two boolean and two comment conditions map, two "notempty" on a text do not; every page but
        // the first has its own condition
        assertEquals(PAGES * 4 + (PAGES - 1), report.conditionCount());
        long shownAlways = report.notMapped().stream()
                .filter(n -> n.reason().endsWith("it is shown always"))
                .count();
        assertEquals(PAGES * 2, shownAlways);
        long html = report.notMapped().stream()
                .filter(n -> n.element().startsWith("intro"))
                .count();
        assertEquals(PAGES, html);
        assertEquals("Évaluation de l'incidence", t.title());
        assertEquals("Partie 7", t.sections().get(7).title());
        assertEquals(
                new Option("item1-3", "Choix 3", new BigDecimal("3")),
                t.question("q5_0").orElseThrow().options().get(2));
        assertTrue(millis < 2_000, "mapped in " + millis + " ms");

        String written = new QuestionnaireFiles().text(t);
        assertEquals(List.of(), TemplateSchema.check(written));
        assertEquals(t, new TemplateReader().read(written, "written").template().orElseThrow());
        System.out.println("Large survey: " + t.questions().count() + " questions, " + report.conditionCount()
                + " conditions, " + report.notMapped().size() + " not mapped, mapped in " + millis + " ms, "
                + written.length() / 1024 + " KB written");
    }
}
