package org.airisk.workbench.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.SimpleObjectProperty;
import org.airisk.workbench.charts.HeatMap;
import org.airisk.workbench.questionnaire.AnsweredQuestionnaire;
import org.airisk.workbench.scoring.Fixtures;
import org.airisk.workbench.scoring.MitigationPlan;
import org.airisk.workbench.scoring.PlanItem;
import org.airisk.workbench.scoring.RiskScore;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.testing.NoRegisterStore;
import org.airisk.workbench.ui.ImmediateBackgroundWork;
import org.airisk.workbench.ui.register.ScoringSession;
import org.junit.jupiter.api.Test;

/** The dashboard without a window: picking a heat-map cell lists its risks, and the charts follow the plan. */
class DashboardViewModelTest {
    private final SimpleObjectProperty<AnsweredQuestionnaire> answers = new SimpleObjectProperty<>(Fixtures.answered(
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
            "no"));
    private final ScoringSession session = new ScoringSession(
            UUID.randomUUID(),
            answers,
            new ScoringSession.Records(
                    ScoringMethod.standard().withVersion(ScoringMethod.ADDITIVE), Map.of(), MitigationPlan.EMPTY),
            Fixtures.CATALOG,
            new NoRegisterStore(),
            new ImmediateBackgroundWork(),
            new SimpleObjectProperty<>(ScoringMethod.standard().withVersion(ScoringMethod.ADDITIVE)),
            () -> LocalDate.of(2026, 11, 25));
    private final DashboardViewModel model = new DashboardViewModel(session);

    @Test
    void pickingACellListsItsRisks() {
        HeatMap.Cell cell = model.heatMapProperty().get().cell(5, 3).orElseThrow();
        model.selectedCellProperty().set(cell);
        assertEquals(
                List.of(Fixtures.INJECTION),
                model.cellRisks().stream().map(RiskScore::riskId).toList());
        model.selectedCellProperty()
                .set(model.heatMapProperty().get().cell(1, 1).orElseThrow());
        assertTrue(model.cellRisks().isEmpty());
    }

    @Test
    void theChartsFollowThePlanAndTheSwitch() {
        model.selectedCellProperty()
                .set(model.heatMapProperty().get().cell(5, 3).orElseThrow());
        session.savePlanItem(PlanItem.accept(Fixtures.SCREEN, List.of(Fixtures.INJECTION)));
        assertEquals(0, model.heatMapProperty().get().cell(5, 3).orElseThrow().count(), "residual moved");
        assertTrue(model.cellRisks().isEmpty(), "the picked cell is read again");
        assertEquals(1, model.planProperty().get().total(0), "one proposed item");
        model.residualProperty().set(false);
        assertEquals(1, model.heatMapProperty().get().cell(5, 3).orElseThrow().count(), "inherent stays");
        assertEquals(
                List.of(Fixtures.INJECTION),
                model.cellRisks().stream().map(RiskScore::riskId).toList());
    }

    @Test
    void keyFiguresCountLevelsFromTheTop() {
        assertEquals("Critical", model.figures().get(0).label());
        assertEquals(
                "2",
                model.figures().stream()
                        .filter(f -> f.label().equals("High"))
                        .findFirst()
                        .orElseThrow()
                        .value());
        assertEquals(
                "2",
                model.figures().stream()
                        .filter(f -> f.label().equals("Above appetite"))
                        .findFirst()
                        .orElseThrow()
                        .value());
        assertEquals(Fixtures.HALLUCINATION, model.highest().get(0).riskId());
    }
}
