package org.airisk.workbench.charts;

import static org.airisk.workbench.scoring.Fixtures.answered;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.airisk.workbench.catalog.Pillar;
import org.airisk.workbench.questionnaire.AnsweredQuestionnaire;
import org.airisk.workbench.scoring.Fixtures;
import org.airisk.workbench.scoring.MitigationPlan;
import org.airisk.workbench.scoring.PlanItem;
import org.airisk.workbench.scoring.RiskRegister;
import org.airisk.workbench.scoring.RiskScorer;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Chart models from known scores. The fixture register: prompt injection L5 x I3 = 15 (residual 15), hallucination
 * L4 x I4 = 16 (residual 16), harmful code L2 x I4 = 8 (residual 8); the agent risk is not applicable.
 */
class ChartModelsTest {
    private static final AnsweredQuestionnaire ANSWERS = answered(
            "audience",
            "public",
            "screening",
            "no",
            "grounding",
            "no",
            "outputs_code",
            "yes",
            "stakes",
            "5",
            "uses_tools",
            "no");
    private static final RiskRegister REGISTER = Fixtures.score(ANSWERS);

    @Test
    void heatMapCountsEveryCell() {
        HeatMap map = HeatMap.of(REGISTER, false);
        assertEquals(25, map.cells().size());
        assertEquals(3, map.total());
        assertEquals(List.of(Fixtures.INJECTION), map.cell(5, 3).orElseThrow().riskIds());
        assertEquals(1, map.cell(4, 4).orElseThrow().count());
        assertEquals(1, map.cell(2, 4).orElseThrow().count());
        assertEquals(0, map.cell(1, 1).orElseThrow().count());
        assertEquals("Critical", map.cell(5, 5).orElseThrow().level());
        assertEquals("#D55E00", map.cell(5, 5).orElseThrow().colour());
        assertEquals(5, map.cells().get(0).likelihood(), "the top row is the most likely");
    }

    @Test
    void residualHeatMapFollowsThePlan() {
        RiskRegister planned = new RiskScorer(Fixtures.CATALOG)
                .score(
                        ANSWERS,
                        REGISTER.method(),
                        Map.of(),
                        new MitigationPlan(List.of(PlanItem.accept(Fixtures.SCREEN, List.of(Fixtures.INJECTION)))));
        HeatMap residual = HeatMap.of(planned, true);
        assertEquals(0, residual.cell(5, 3).orElseThrow().count());
        assertEquals(
                List.of(Fixtures.INJECTION), residual.cell(3, 3).orElseThrow().riskIds());
        assertEquals(1, HeatMap.of(planned, false).cell(5, 3).orElseThrow().count(), "inherent unchanged");
    }

    @Test
    void radarHasTheMeanScorePerPillar() {
        Radar radar = Radar.byPillar(REGISTER);
        assertEquals(Pillar.values().length, radar.axes().size());
        int robustness = radar.axes().indexOf("Robustness");
        int security = radar.axes().indexOf("Security");
        int governance = radar.axes().indexOf("Governance");
        // robustness: injection 15 and hallucination 16; security: injection 15 and code 8; governance: none applicable
        assertEquals(15.5 / 25, radar.series().get(0).values().get(robustness), 1e-9);
        assertEquals(11.5 / 25, radar.series().get(1).values().get(security), 1e-9);
        assertEquals(0.0, radar.series().get(0).values().get(governance));
        assertEquals(2, radar.risksPerAxis().get(robustness));
        assertEquals(
                "15.5 of 25", radar.scoreText(radar.series().get(0).values().get(robustness)));
    }

    @Test
    void barsCountRisksByCategoryAndLevel() {
        StackedBars bars = StackedBars.byCategory(REGISTER, true);
        int output = bars.labels().indexOf("Output");
        assertEquals(List.of("Low", "Medium", "High", "Critical"), bars.series());
        assertEquals(List.of(0, 1, 1, 0), bars.values().get(output));
        assertEquals(List.of(0, 0, 1, 0), bars.values().get(bars.labels().indexOf("Inference")));
        assertEquals(2, bars.max());
    }

    @Test
    void completionAndPlanBars() {
        StackedBars completion = StackedBars.completion(ANSWERS);
        assertEquals(
                List.of("Main"),
                completion.labels().stream().filter(l -> l.equals("Main")).toList());
        assertEquals(List.of(4, 0), completion.values().get(completion.labels().indexOf("Main")));
        StackedBars plan = StackedBars.planByStatus(new MitigationPlan(List.of(
                PlanItem.accept(Fixtures.SCREEN, List.of(Fixtures.INJECTION)),
                PlanItem.accept(Fixtures.REVIEW, List.of(Fixtures.INJECTION)).withStatus(PlanItem.Status.VERIFIED),
                PlanItem.reject(Fixtures.GROUND, List.of(Fixtures.HALLUCINATION), "no"))));
        assertEquals(List.of(1, 0, 0), plan.values().get(plan.labels().indexOf("Proposed")));
        assertEquals(List.of(0, 0, 1), plan.values().get(plan.labels().indexOf("Verified")));
    }

    @Test
    void svgIsWellFormedWithTheCellsAndLabels() throws Exception {
        Document heat = parse(SvgCharts.heatMap(HeatMap.of(REGISTER, false)));
        NodeList cells = heat.getElementsByTagName("g");
        assertEquals(25, cells.getLength());
        Element top = find(cells, "5", "3");
        assertEquals("1", top.getElementsByTagName("text").item(0).getTextContent());
        assertTrue(top.getElementsByTagName("title").item(0).getTextContent().contains("prompt-injection"));
        String text = heat.getDocumentElement().getTextContent();
        assertTrue(text.contains("Likelihood") && text.contains("Impact") && text.contains("Inherent risk heat map"));

        Document radar = parse(SvgCharts.radar(Radar.byPillar(REGISTER)));
        assertEquals(2, count(radar, "polygon", "series"));
        assertTrue(radar.getDocumentElement().getTextContent().contains("Robustness (2)"));
        Document bars = parse(SvgCharts.bars(StackedBars.byCategory(REGISTER, true)));
        assertEquals(3, count(bars, "rect", "bar"));
        assertTrue(bars.getDocumentElement().getTextContent().contains("Critical"), "the legend names every level");
    }

    @Test
    void everyChartLabelFitsOnItsCanvas() throws Exception {
        for (String svg : List.of(
                SvgCharts.radar(Radar.byPillar(REGISTER)),
                SvgCharts.heatMap(HeatMap.of(REGISTER, false)),
                SvgCharts.bars(StackedBars.byCategory(REGISTER, true)))) {
            Document doc = parse(svg);
            double width = Double.parseDouble(doc.getDocumentElement().getAttribute("width"));
            NodeList texts = doc.getElementsByTagName("text");
            for (int i = 0; i < texts.getLength(); i++) {
                Element t = (Element) texts.item(i);
                if (t.getAttribute("x").isEmpty()) {
                    continue; // placed by a transform (the rotated axis title)
                }
                double x = Double.parseDouble(t.getAttribute("x"));
                // A generous width for a sans-serif glyph: 0.62 of the font size.
                double extent = 0.62
                        * Double.parseDouble(t.getAttribute("font-size"))
                        * t.getTextContent().length();
                double left = switch (t.getAttribute("text-anchor")) {
                    case "end" -> x - extent;
                    case "middle" -> x - extent / 2;
                    default -> x;
                };
                assertTrue(
                        left >= 0 && left + extent <= width,
                        "\"" + t.getTextContent() + "\" runs off the " + width + "-wide canvas: " + left + " to "
                                + (left + extent));
            }
        }
    }

    @Test
    void svgEscapesNames() {
        assertEquals("a &lt;b&gt; &amp; &quot;c&quot;", SvgCharts.escape("a <b> & \"c\""));
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element find(NodeList cells, String likelihood, String impact) {
        for (int i = 0; i < cells.getLength(); i++) {
            Element e = (Element) cells.item(i);
            if (e.getAttribute("data-likelihood").equals(likelihood)
                    && e.getAttribute("data-impact").equals(impact)) {
                return e;
            }
        }
        throw new AssertionError("no cell " + likelihood + "," + impact);
    }

    private static int count(Document doc, String tag, String cssClass) {
        NodeList nodes = doc.getElementsByTagName(tag);
        int n = 0;
        for (int i = 0; i < nodes.getLength(); i++) {
            if (cssClass.equals(((Element) nodes.item(i)).getAttribute("class"))) {
                n++;
            }
        }
        return n;
    }
}
